/**
 * conformance.json: the verdict document CI reads (spec/RUNNER.md "Results file"), described by
 * schemas/report/conformance.schema.json. Fields are picked one by one so the file's shape is the
 * schema's, whatever else a result object carries.
 */

import type { RunReport } from '../src/model/report';
import type { CheckResult } from '../src/model/verdict';

export const CONFORMANCE_FORMAT = 'gws-conformance-report/1';

export function conformanceDocument(report: RunReport): Record<string, unknown> {
  return {
    format: CONFORMANCE_FORMAT,
    suite: report.suite,
    target: report.target,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    exitCode: report.exitCode,
    ...(report.fatal !== undefined ? { fatal: report.fatal } : {}),
    summary: report.summary,
    options: report.options,
    unusedWaivers: report.unusedWaivers,
    ...(report.baseline !== undefined ? { baseline: report.baseline } : {}),
    results: report.results.map(resultLine),
  };
}

function resultLine(r: CheckResult): Record<string, unknown> {
  const line: Record<string, unknown> = {
    id: r.id,
    check: r.check,
    scenarios: r.scenarios,
    requirements: r.requirements,
    channel: r.channel,
    level: r.level,
    verdict: r.verdict,
    title: r.title,
    message: r.message,
    durationMs: r.durationMs,
  };
  const optional = ['expected', 'actual', 'variant', 'evidence', 'pointer', 'waived', 'baseline'] as const;
  for (const key of optional) if (r[key] !== undefined) line[key] = r[key];
  return line;
}

export function renderJson(report: RunReport): string {
  return `${JSON.stringify(conformanceDocument(report), null, 2)}\n`;
}
