/**
 * The end-of-run summary on the terminal: verdict counts per channel, then each result that gates
 * the run with its Requirement / Expected / Actual (h2spec style), then one overall line.
 */
import pc from 'picocolors';
import { explain } from '../src/model/explain';
import { overallWord, type RunReport, stripCredentials } from '../src/model/report';
import { VERDICTS, type Verdict } from '../src/model/verdict';
import { scrubText } from './redact';
import { countRows, gatingResults } from './rows';

type Paint = (s: string) => string;

function palette(color: boolean): Record<Verdict | 'bold' | 'dim', Paint> {
  const c = pc.createColors(color);
  return {
    pass: c.green,
    fail: c.red,
    error: c.magenta,
    warn: c.yellow,
    info: c.cyan,
    skip: c.gray,
    bold: c.bold,
    dim: c.dim,
  };
}

/**
 * Text from the target reaches the terminal: control characters (ANSI escapes included) are shown
 * as U+FFFD so a hostile message cannot rewrite the screen; `secrets` are scrubbed.
 */
export function renderSummary(report: RunReport, opts: { color: boolean; secrets?: string[] }): string {
  const text = renderPlain(report, opts.color);
  return scrubText(text, opts.secrets ?? []);
}

const clean = (s: string) => s.replace(/(?![\t\n])\p{Cc}/gu, '\uFFFD');

function renderPlain(report: RunReport, color: boolean): string {
  const paint = palette(color);
  const out: string[] = [...countTable(report, paint), ''];

  for (const r of gatingResults(report)) {
    out.push(
      `${paint[r.verdict](`✗ ${r.verdict.toUpperCase()}`)}${r.baseline ? ` (${r.baseline.change})` : ''} ${paint.bold(clean(r.id))}  ${clean(r.message)}`,
    );
    for (const line of explain(r)) out.push(`    ${clean(line)}`);
    out.push('');
  }
  const waived = report.results.filter((r) => r.waived);
  if (waived.length > 0) {
    out.push(
      paint.dim(clean(`${waived.length} waived: ${waived.map((r) => `${r.id} (${r.verdict})`).join(', ')}`)),
    );
  }
  for (const w of report.unusedWaivers) {
    const what = w.problem === 'expired' ? `expired on ${w.expires}` : 'matched no failing result';
    out.push(
      paint.warn(`waiver ${w.id}${w.channel ? ` (${w.channel})` : ''} ${what}: ${w.reason} (${w.owner})`),
    );
  }
  if (report.baseline) out.push(baselineLine(report, paint));
  if (report.fatal) out.push(paint.error(clean(`Could not complete the run: ${report.fatal}`)));

  const word = overallWord(report.exitCode);
  const tone = word === 'PASS' ? paint.pass : word === 'FAIL' ? paint.fail : paint.error;
  const counts = VERDICTS.filter((v) => report.summary[v] > 0)
    .map((v) => `${report.summary[v]} ${v}`)
    .join(', ');
  out.push(
    `${tone(paint.bold(word))} (exit code ${report.exitCode}): ${counts || 'no results'} against ${clean(stripCredentials(report.target))}`,
  );
  return `${out.join('\n')}\n`;
}

/** `Against baseline FILE: 2 new (chat/x, sms/x), 1 fixed, 40 same, 0 added`. */
function baselineLine(report: RunReport, paint: Record<Verdict | 'bold' | 'dim', Paint>): string {
  const b = report.baseline!;
  const ids = (change: string) =>
    report.results.filter((r) => r.baseline?.change === change).map((r) => r.id);
  const part = (change: 'new' | 'fixed' | 'same' | 'added') => {
    const list = change === 'new' || change === 'fixed' ? ids(change) : [];
    const shown = list.length > 0 && list.length <= 5 ? ` (${list.join(', ')})` : '';
    return `${b.counts[change]} ${change}${shown}`;
  };
  const text = `Against baseline ${b.file} (${b.startedAt}): ${(['new', 'fixed', 'same', 'added'] as const).map(part).join(', ')}`;
  return clean(b.counts.new > 0 ? paint.fail(text) : text);
}

/** Per channel, then (when the run covers both) per part, then the total: one line each. */
function countTable(report: RunReport, paint: Record<Verdict | 'bold' | 'dim', Paint>): string[] {
  const rows = countRows(report);
  const width = Math.max(9, ...rows.map(([name]) => name.length));
  const header = ['channel'.padEnd(width), ...VERDICTS.map((v) => v.padStart(6))].join(' ');
  const lines = [paint.bold(header)];
  for (const [name, counts] of rows) {
    const cells = VERDICTS.map((v) => {
      const text = String(counts[v]).padStart(6);
      return counts[v] > 0 ? paint[v](text) : paint.dim(text);
    });
    const label = name.padEnd(width);
    lines.push([name === 'total' ? paint.bold(label) : label, ...cells].join(' '));
  }
  return lines;
}
