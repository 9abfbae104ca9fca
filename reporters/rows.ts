/** What the terminal summary and summary.md both draw: counts per channel, and the results that gate. */
import { CHANNELS } from '../src/model/channels';
import type { RunReport } from '../src/model/report';
import { isRequirementId, PART1_GROUPS, PART2_GROUPS, type Part, partOf } from '../src/model/requirements';
import { type CheckResult, type Summary, summarize } from '../src/model/verdict';

/**
 * Verdict counts per channel that has results (`general` for channel-less checks), then per part
 * of the catalogue when the run covers both, then `total`.
 */
export function countRows(report: RunReport): [string, Summary][] {
  const rows: [string, Summary][] = [];
  for (const channel of [...CHANNELS, null]) {
    const results = report.results.filter((r) => r.channel === channel);
    if (results.length > 0) rows.push([channel ?? 'general', summarize(results)]);
  }
  rows.push(...partRows(report), ['total', report.summary]);
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

/** The catalogue's two parts, as the reports name them. */
export const PARTS = {
  1: { title: 'the Accept flow', short: 'Accept flow', groups: PART1_GROUPS },
  2: { title: "the interaction's life after the offer", short: 'lifecycle', groups: PART2_GROUPS },
} as const;

/** The part a result belongs to: its first catalogue requirement's (undefined when it names none). */
export function resultPart(r: CheckResult): Part | undefined {
  const id = r.requirements.find(isRequirementId);
  return id ? partOf(id) : undefined;
}

/** Verdict counts per part (`part 1 (Accept flow)`), when the results span both parts. */
function partRows(report: RunReport): [string, Summary][] {
  const rows = ([1, 2] as const).map((part): [string, Summary, number] => {
    const results = report.results.filter((r) => resultPart(r) === part);
    return [`part ${part} (${PARTS[part].short})`, summarize(results), results.length];
  });
  return rows.every(([, , n]) => n > 0) ? rows.map(([name, counts]) => [name, counts]) : [];
}
