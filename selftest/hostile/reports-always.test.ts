/**
 * Issue 10, class 7: reports are written whatever happens. A run whose trace cannot be drawn (a
 * value no JSON writer takes, a structure 200,000 levels deep) still ends with the four reports,
 * each readable, and one line printed, never a stack trace.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finish } from '../../runner/finish';
import { buildConfig } from '../../runner/options';
import { SUITE } from '../../runner/suite-info';
import type { TraceFile } from '../../src/model/trace';
import { fixtureResults } from '../reporters/fixture';
import { REPORTS } from './harness';

/** A trace that JSON.stringify cannot write: a BigInt, and an array nested 200,000 deep. */
function unwritableTrace(): TraceFile {
  let deep: unknown[] = [];
  for (let i = 0; i < 200_000; i++) deep = [deep];
  const note = { kind: 'note', seq: 1, t: 0, actor: 'A', level: 'info', text: 'x', weird: 10n, deep };
  return {
    format: 'gws-conformance-trace/1',
    suite: SUITE,
    target: 'http://127.0.0.1:1',
    startedAt: new Date().toISOString(),
    channels: {
      chat: {
        channel: 'chat',
        users: { A: 'a' },
        timeoutMs: 1000,
        quietMs: 200,
        scenarios: [],
        events: [note],
      },
    },
  } as unknown as TraceFile;
}

test('a trace no writer can draw still leaves four readable reports and one line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gws-always-'));
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  let code: number;
  try {
    code = await finish({
      config: { ...buildConfig([], {}, new Set()).config, reportDir: dir },
      trace: unwritableTrace(),
      results: fixtureResults(),
      unusedWaivers: [],
      started: Date.now(),
      secrets: [],
      options: {},
    });
  } finally {
    process.stdout.write = write;
  }
  expect([1, 2]).toContain(code);
  for (const file of REPORTS) expect(existsSync(join(dir, file))).toBe(true);
  const doc = JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8'));
  expect(doc.exitCode).toBe(code);
  expect(() => JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8'))).not.toThrow();
  expect(JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8')).channels).toEqual({});
  expect(out.join('')).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
});
