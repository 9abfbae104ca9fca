/** What the terminal summary and summary.md both draw: counts per channel, and the results that gate. */
import { CHANNELS } from '../src/model/channels';
import type { RunReport } from '../src/model/report';
import { type CheckResult, type Summary, summarize } from '../src/model/verdict';

/** Verdict counts per channel that has results (`general` for channel-less checks), then `total`. */
export function countRows(report: RunReport): [string, Summary][] {
  const rows: [string, Summary][] = [];
  for (const channel of [...CHANNELS, null]) {
    const results = report.results.filter((r) => r.channel === channel);
    if (results.length > 0) rows.push([channel ?? 'general', summarize(results)]);
  }
  rows.push(['total', report.summary]);
  return rows;
}

/** Results that make (or, waived, would make) the run fail: fail and error, and warn under strict. */
export function gates(r: CheckResult, strict: boolean): boolean {
  return r.verdict === 'fail' || r.verdict === 'error' || (strict && r.verdict === 'warn');
}

/** The unwaived gating results, without the ones that only repeat the fatal reason (said once). */
export function gatingResults(report: RunReport): CheckResult[] {
  const strict = report.options.strict === true;
  const fatalEcho = (r: CheckResult) =>
    report.fatal !== undefined && r.verdict === 'error' && r.message.includes(report.fatal);
  return report.results.filter((r) => gates(r, strict) && !r.waived && !fatalEcho(r));
}
