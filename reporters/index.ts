/**
 * Writes every report of a run (spec/RUNNER.md "Results file"): conformance.json, conformance.html,
 * junit.xml and trace.json. Each file is rendered and written on its own, so one that fails does not
 * stop the others; every file's text gets a last redaction pass with the run's secrets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../src/model/report';
import { renderHtml, staticParts } from './html';
import { renderJson } from './json';
import { renderJunit } from './junit';
import { sanitizeReport, scrubText } from './redact';
import { renderSummaryMarkdown } from './summary';

export { overallWord, type RunReport, stripCredentials } from '../src/model/report';
export { renderSummary } from './terminal';

export const REPORT_FILES = {
  json: 'conformance.json',
  html: 'conformance.html',
  junit: 'junit.xml',
  trace: 'trace.json',
  summary: 'summary.md',
} as const;

// Not `instanceof Error`: errors from Node's core may come from another realm (Jest's sandbox).
const messageOf = (e: unknown) =>
  typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : String(e);

/** Thrown after every file was attempted, when at least one could not be written. */
export class ReportWriteError extends Error {
  constructor(
    readonly written: string[],
    readonly failures: { file: string; error: unknown }[],
  ) {
    super(`could not write ${failures.map((f) => `${f.file} (${messageOf(f.error)})`).join(', ')}`);
    this.name = 'ReportWriteError';
  }
}

/** Writes the four reports into `dir` (created if missing) and returns the paths written. */
export async function writeReports(
  report: RunReport,
  dir: string,
  opts: { secrets: string[] },
): Promise<string[]> {
  const safe = sanitizeReport(report, opts.secrets);
  // Each job renders its text and names the writer's own static text the redaction pass leaves alone.
  const jobs: [string, () => [string, string[]]][] = [
    [REPORT_FILES.json, () => [renderJson(safe), []]],
    [REPORT_FILES.html, () => [renderHtml(safe), staticParts()]],
    [REPORT_FILES.junit, () => [renderJunit(safe), []]],
    [REPORT_FILES.trace, () => [`${JSON.stringify(safe.trace, null, 2)}\n`, []]],
    [REPORT_FILES.summary, () => [renderSummaryMarkdown(safe), []]],
  ];
  await mkdir(dir, { recursive: true });
  const outcomes = await Promise.allSettled(
    jobs.map(async ([file, render]) => {
      const path = join(dir, file);
      const [text, keep] = render();
      await writeFile(path, scrubText(text, opts.secrets, keep));
      return path;
    }),
  );
  const written: string[] = [];
  const failures: { file: string; error: unknown }[] = [];
  outcomes.forEach((o, i) => {
    if (o.status === 'fulfilled') written.push(o.value);
    else failures.push({ file: jobs[i]![0], error: o.reason });
  });
  if (failures.length > 0) throw new ReportWriteError(written, failures);
  return written;
}
