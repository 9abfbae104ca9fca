/**
 * summary.md: the run in a few lines of Markdown, short enough for a GitHub job summary
 * ($GITHUB_STEP_SUMMARY) or a pull-request comment: the counts per channel and part, the baseline changes,
 * and the failing checks with Requirement / Expected / Actual (the first MAX_LISTED of them).
 */
import { explain } from '../src/model/explain';
import { overallWord, type RunReport, stripCredentials } from '../src/model/report';
import { CHANGES, type CheckResult, VERDICTS } from '../src/model/verdict';
import { countRows, gatingResults } from './rows';

export const MAX_LISTED = 20;
const MAX_LINE = 400;

/** Target text reaches a page that renders Markdown and HTML: it must stay plain text on one line. */
export function mdText(s: string): string {
  const line = s.replace(/\p{Cc}+/gu, ' ');
  const short = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
  return short
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~!])/g, '\\$1');
}

export function renderSummaryMarkdown(report: RunReport): string {
  const word = overallWord(report.exitCode);
  const icon = word === 'PASS' ? '✅' : word === 'FAIL' ? '❌' : '⚠️';
  const out = [
    `## ${icon} GWS conformance: ${word} (exit code ${report.exitCode})`,
    '',
    `Target ${mdText(stripCredentials(report.target))}, ${mdText(`${report.suite.name} ${report.suite.version}`)}, started ${report.startedAt}, ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
  ];
  if (report.fatal) out.push(`**Could not complete the run:** ${mdText(report.fatal)}`, '');
  out.push(`| channel | ${VERDICTS.join(' | ')} |`, `| --- |${VERDICTS.map(() => ' ---: |').join('')}`);
  for (const [name, counts] of countRows(report)) {
    const label = name === 'total' ? '**total**' : name;
    out.push(`| ${label} | ${VERDICTS.map((v) => counts[v]).join(' | ')} |`);
  }
  out.push('', ...baselineSection(report), ...failures(report));
  return `${out.join('\n').trimEnd()}\n`;
}

function baselineSection(report: RunReport): string[] {
  const b = report.baseline;
  if (!b) return [];
  const counts = CHANGES.map((c) => `${b.counts[c]} ${c}`).join(', ');
  const out = [
    `### Against the baseline`,
    '',
    `${mdText(b.file)} (${mdText(b.target)}, ${mdText(b.startedAt)}): ${counts}.`,
  ];
  for (const change of ['new', 'fixed'] as const) {
    const ids = report.results.filter((r) => r.baseline?.change === change);
    if (ids.length === 0) continue;
    const shown = ids
      .slice(0, MAX_LISTED)
      .map((r) => `\`${r.id}\` (${r.baseline?.was ?? '?'} → ${r.verdict})`);
    const more = ids.length > MAX_LISTED ? `, and ${ids.length - MAX_LISTED} more` : '';
    out.push(`- **${change}:** ${shown.join(', ')}${more}`);
  }
  if (b.missing.length > 0) out.push(`- not run this time: ${b.missing.length} result(s) of the baseline`);
  return [...out, ''];
}

function failures(report: RunReport): string[] {
  const gating = gatingResults(report);
  if (gating.length === 0) return [];
  const out = [`### Failing checks (${gating.length})`, ''];
  for (const r of gating.slice(0, MAX_LISTED)) out.push(...failure(r));
  if (gating.length > MAX_LISTED) {
    out.push(`… and ${gating.length - MAX_LISTED} more: see conformance.html.`, '');
  }
  return out;
}

function failure(r: CheckResult): string[] {
  const mark = r.baseline ? ` (${r.baseline.change})` : '';
  const head = `- **${r.verdict.toUpperCase()}**${mark} \`${r.id}\`: ${mdText(r.message)}`;
  // explain() gives `Requirement: ...`, `Expected: ...`, `Actual: ...`: bold the label, escape the text.
  const lines = explain(r).map((line) => {
    const m = /^([A-Za-z ]+): ([\s\S]*)$/.exec(line);
    return m ? `  - ${m[1]}: ${mdText(m[2]!)}` : `  - ${mdText(line)}`;
  });
  return [head, ...lines];
}
