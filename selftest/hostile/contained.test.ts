/**
 * Issue 10: whatever the target does, no secret in an artifact, no escape on the terminal, no
 * crash, bounded memory. The real runner against each contained case (two at a time); every run
 * must keep all the promises at once, and each case's own property is asserted on top.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, findLeaks } from '../secrets/leaks';
import {
  AGENT,
  CONTAINED,
  type ContainedCase,
  deepJson,
  dotIds,
  floodsTheLog,
  gzipBombs,
  hugeIds,
} from './contained-cases';
import { type CaseRun, describeRun, REPORTS, reportsWritten, runCase, TIMEOUT_MS } from './harness';
import { inBatches, type RunOutcome, runRunner } from './run-runner';

/** The issue's bound: every run ends within the timeout plus 10 s. */
const END_MS = TIMEOUT_MS + 10_000;
const RSS_MB = 500;
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

let runs: CaseRun[] = [];
const runOf = (c: ContainedCase) => runs.find((r) => r.c === c)!.run;
const printed = (run: RunOutcome) => `${run.stdout}\n${run.stderr}`;
const report = (run: RunOutcome, file: string) => readFileSync(join(run.reportDir, file), 'utf8');

beforeAll(async () => {
  // One at a time: each run is a tsx + Jest process plus a proxy and a reference server, and the
  // bound asserted below is the issue's own (timeout + 10 s) on a shared 2-core machine.
  runs = await inBatches(CONTAINED, 1, runCase);
  process.stderr.write(`${runs.map((r) => `  hostile: ${describeRun(r)}`).join('\n')}\n`);
}, 600_000);

describe.each(CONTAINED.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('ends in time with exit 1 or 2, four reports, no .parts, one-line errors, memory under 500 MB', () => {
    const run = runOf(c);
    expect(run.killed).toBe(false);
    expect(run.ms).toBeLessThan(END_MS);
    expect([1, 2]).toContain(run.code);
    for (const file of REPORTS) expect(existsSync(join(run.reportDir, file))).toBe(true);
    expect(existsSync(join(run.reportDir, '.parts'))).toBe(false);
    expect(JSON.parse(report(run, 'conformance.json')).exitCode).toBe(run.code);
    expect(() => JSON.parse(report(run, 'trace.json'))).not.toThrow();
    expect(printed(run)).not.toMatch(STACK_FRAME);
    expect(printed(run)).not.toMatch(/Unhandled|RangeError|Maximum call stack/);
    expect(run.maxRssMb).toBeDefined();
    expect(run.maxRssMb!).toBeLessThan(RSS_MB);
  });

  test('no secret it saw pass by is in any file written or any line printed', () => {
    const run = runOf(c);
    const texts: Record<string, string> = { stdout: run.stdout, stderr: run.stderr };
    for (const file of filesUnder(run.reportDir)) texts[file] = readFileSync(file, 'utf8');
    expect(c.seen.secrets.size).toBeGreaterThan(6);
    expect(findLeaks(texts, Object.fromEntries(c.seen.secrets))).toEqual([]);
  });

  test('no escape byte and no carriage return reach the terminal', () => {
    const text = printed(runOf(c));
    for (const byte of ['\x1b', '\r', '\x07']) expect(text.includes(byte)).toBe(false);
  });
});

test('the echoed secrets were really echoed: the property is not vacuous', () => {
  const trace = report(runOf(CONTAINED[0]!), 'trace.json');
  expect(trace).toContain('echo');
  expect(trace).toContain('[redacted]');
});

test('library logging is counted and summarised once, not flooded; no TimeoutOverflowWarning', () => {
  const run = runOf(floodsTheLog);
  expect(printed(run).length).toBeLessThan(64 * 1024);
  expect(printed(run)).not.toMatch(/TimeoutOverflowWarning/);
  expect(printed(run)).toMatch(/the CometD client logged \d+ warning/);
});

test('a gzip bomb is named as such in the verdict, not reported as "not JSON"', () => {
  const doc = report(runOf(gzipBombs), 'conformance.json');
  expect(doc).toMatch(/gzip body inflates to more than the read limit/);
});

test('100 kB ids are refused with the reason and do not swell the trace', () => {
  const run = runOf(hugeIds);
  expect(report(run, 'conformance.json')).toMatch(/100\d{3} characters long/);
  expect(statSync(join(run.reportDir, 'trace.json')).size).toBeLessThan(20 * 1024 * 1024);
});

test('deep JSON is kept as text and never becomes "got no answer" or an overflow', () => {
  const run = runOf(deepJson);
  expect(report(run, 'trace.json')).toMatch(/nested deeper than 64 levels, kept as text/);
  expect(report(run, 'trace.json')).toMatch(/JSON nested deeper than 64 levels: kept as text/);
  // The target answered every request: a timeout or overflow of the suite's own must not say otherwise.
  for (const file of REPORTS)
    expect(report(run, file)).not.toMatch(/got no answer|no complete answer|Maximum call stack/);
});

test('no id from the target changes which resource a request addresses', () => {
  const lines = dotIds.seen.requests;
  expect(lines.length).toBeGreaterThan(20);
  for (const line of lines) {
    const path = line
      .split(' ')[1]!
      .split('?')[0]!
      .replace(/^\/api\/v2\/notifications\/?/, '/api/v2/notifications');
    const segments = path.split('/').slice(1);
    // No empty segment (`/api/v2/me/`, `/conformance/v1/`) and no dot segment in any spelling.
    expect({ line, empty: segments.some((s) => s === '') }).toEqual({ line, empty: false });
    expect(segments.filter((s) => /^(\.|%2e){1,2}$/i.test(s))).toEqual([]);
    if (line.startsWith('DELETE ')) expect(line).toMatch(/^DELETE \/conformance\/v1\/interactions\/[^/]+$/);
  }
  expect(report(runOf(dotIds), 'conformance.json')).toMatch(/dot segment/);
});

describe('class 2: option values that may hold a secret are never echoed', () => {
  const bad = [
    `--target=http://${AGENT.user}:${AGENT.password}@[not-a-host`,
    `--control=http://${AGENT.user}:${AGENT.password}@[not-a-host`,
    `--target=http//${AGENT.user}:${AGENT.password}@host`,
  ];
  test.each(bad)('%s', async (arg) => {
    const run = await runRunner({ args: [arg, `--user=${AGENT.user}`, `--password=${AGENT.password}`] });
    process.stderr.write(
      `  hostile: option ${arg.split('=')[0]} with userinfo -> exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s, max RSS ${run.maxRssMb} MB, reports ${reportsWritten(run)}/${REPORTS.length} (an option error: nothing run)\n`,
    );
    expect(run.code).toBe(2);
    expect(reportsWritten(run)).toBe(REPORTS.length);
    for (const file of REPORTS) expect(report(run, file)).not.toContain(AGENT.password);
    expect(run.stderr).toMatch(/must be an http\(s\) URL|must not carry credentials/);
    expect(printed(run)).not.toContain(AGENT.password);
    expect(printed(run)).not.toContain(encodeURIComponent(AGENT.password));
    expect(printed(run).trim().split('\n')).toHaveLength(1);
  });
});
