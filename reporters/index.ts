/**
 * Writes every report of a run (spec/RUNNER.md "Results file"): conformance.json, conformance.html,
 * junit.xml and trace.json. Each file is rendered and written on its own, so one that fails does not
 * stop the others, and one too large to draw whole is drawn without the trace; trace.json is
 * streamed, one event at a time. Every file's text gets a last redaction pass with the run's secrets.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../src/model/report';
import type { TraceFile } from '../src/model/trace';
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

/** The trace.json text in pieces (header, then one event per piece): written as a stream, never one huge string. */
function* traceChunks(trace: TraceFile): Generator<string> {
  const { channels, ...head } = trace;
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "channels": {`;
  let firstChannel = true;
  for (const [name, part] of Object.entries(channels)) {
    if (!part) continue;
    const { events, ...rest } = part;
    const open = JSON.stringify(rest).slice(0, -1);
    yield `${firstChannel ? '' : ','}\n    ${JSON.stringify(name)}: ${open}${open === '{' ? '' : ','}"events": [`;
    firstChannel = false;
    for (let i = 0; i < events.length; i++) yield `${i === 0 ? '' : ','}\n      ${JSON.stringify(events[i])}`;
    yield '\n    ]}';
  }
  yield '\n  }\n}\n';
}

/** Writes pieces of text to a file with back-pressure, each piece scrubbed on its way out. */
async function writeChunks(path: string, chunks: Iterable<string>, scrubPiece = (s: string) => s) {
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  let failure: unknown;
  try {
    for (const chunk of chunks) {
      if (!out.write(scrubPiece(chunk))) await once(out, 'drain');
    }
  } catch (e) {
    failure = e;
  }
  // Closed before anything else may write the same path (a fallback after a failure).
  out.end();
  await done;
  if (failure !== undefined) throw failure;
}

/** The report without its trace, with a line saying why: what a file shows when the full one cannot be drawn. */
function withoutTrace(report: RunReport, file: string, error: unknown): RunReport {
  const why = `${file} could not be drawn in full (${messageOf(error).split('\n')[0]}); the trace is left out`;
  return {
    ...report,
    fatal: report.fatal ? `${report.fatal}; ${why}` : why,
    trace: { ...report.trace, channels: {} },
  };
}

type Render = (report: RunReport) => string;

/** Writes the four reports into `dir` (created if missing) and returns the paths written. */
export async function writeReports(
  report: RunReport,
  dir: string,
  opts: { secrets: string[] },
): Promise<string[]> {
  let safe: RunReport;
  try {
    safe = sanitizeReport(report, opts.secrets);
  } catch (e) {
    safe = sanitizeReport(withoutTrace(report, 'the report', e), opts.secrets);
  }
  const scrub = (keep: string[]) => (text: string) => scrubText(text, opts.secrets, keep);
  // Each file: its renderer and the writer's own static text the redaction pass leaves alone.
  const jobs: [string, Render, string[]][] = [
    [REPORT_FILES.json, renderJson, []],
    [REPORT_FILES.html, renderHtml, staticParts()],
    [REPORT_FILES.junit, renderJunit, []],
    [REPORT_FILES.summary, renderSummaryMarkdown, []],
  ];
  await mkdir(dir, { recursive: true });
  const drawn = async ([file, render, keep]: [string, Render, string[]]) => {
    const path = join(dir, file);
    let text: string;
    try {
      text = render(safe);
    } catch (e) {
      // Too large or too strange to draw whole: the same file without the trace, rather than none.
      text = render(withoutTrace(safe, file, e));
    }
    await writeFile(path, scrub(keep)(text));
    return path;
  };
  const traceFile = async () => {
    const path = join(dir, REPORT_FILES.trace);
    try {
      await writeChunks(path, traceChunks(safe.trace), scrub([]));
    } catch (e) {
      await writeChunks(path, traceChunks(withoutTrace(safe, REPORT_FILES.trace, e).trace), scrub([]));
    }
    return path;
  };
  const names = [...jobs.map((j) => j[0]), REPORT_FILES.trace];
  const outcomes = await Promise.allSettled([...jobs.map(drawn), traceFile()]);
  const written: string[] = [];
  const failures: { file: string; error: unknown }[] = [];
  outcomes.forEach((o, i) => {
    if (o.status === 'fulfilled') written.push(o.value);
    else failures.push({ file: names[i]!, error: o.reason });
  });
  if (failures.length > 0) throw new ReportWriteError(written, failures);
  return written;
}
