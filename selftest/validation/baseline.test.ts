/**
 * Baselines end to end (`npm test` as a child process, the real reference server): a fault against
 * a clean baseline shows its failures as `new` and exits 1; the same fault against a baseline that
 * already had it exits 0 under --fail-on=new, and summary.md tells the story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Run, runSuite } from './run-suite';

const FAULT = { GWS_REFERENCE_FAULTS: 'history-before-participants' };
const ntf6 = (r: Run) =>
  r.report.results.filter((x) => x.requirements.includes('NTF-6') && x.verdict === 'fail');

let clean: Run;
let regressed: Run;

beforeAll(() => {
  clean = runSuite(['--timeout=2000']);
  regressed = runSuite(['--timeout=2000', `--baseline=${join(clean.dir, 'conformance.json')}`], FAULT);
});

test('a fault against a clean baseline: its failures are new, the rest same, and the run exits 1', () => {
  expect(clean.status).toBe(0);
  expect(regressed.status).toBe(1);
  const failing = ntf6(regressed);
  expect(failing.length).toBeGreaterThanOrEqual(3);
  for (const r of failing) expect(r.baseline).toEqual({ change: 'new', was: 'pass' });
  const others = regressed.report.results.filter((r) => !failing.includes(r));
  expect(new Set(others.map((r) => r.baseline?.change))).toEqual(new Set(['same']));
  expect(regressed.report.baseline?.counts).toMatchObject({ new: failing.length, fixed: 0, added: 0 });
  expect(regressed.out).toMatch(/✗ FAIL \(new\) chat\/accept\/notification-order/);
  expect(regressed.out).toMatch(new RegExp(`Against baseline .*: ${failing.length} new`));
  const summary = readFileSync(join(regressed.dir, 'summary.md'), 'utf8');
  expect(summary).toContain('### Against the baseline');
  expect(summary).toContain('`chat/accept/notification-order` (pass → fail)');
  expect(summary).toMatch(/- \*\*FAIL\*\* \(new\) `sms\/accept\/notification-order`/);
  expect(readFileSync(join(regressed.dir, 'junit.xml'), 'utf8')).toContain(
    '<property name="baseline" value="new"/>',
  );
});

test('the same fault against a baseline that had it exits 0 under --fail-on=new, 1 without it', () => {
  const again = runSuite(
    ['--timeout=2000', `--baseline=${join(regressed.dir, 'conformance.json')}`, '--fail-on=new'],
    FAULT,
  );
  expect(again.status).toBe(0);
  expect(ntf6(again).length).toBe(ntf6(regressed).length);
  for (const r of ntf6(again)) expect(r.baseline).toEqual({ change: 'same', was: 'fail' });
  // The same comparison without --fail-on=new still gates on every failure.
  expect(again.report.exitCode).toBe(0);
  const gated = runSuite([
    '--replay',
    join(again.dir, 'trace.json'),
    `--baseline=${join(regressed.dir, 'conformance.json')}`,
  ]);
  expect(gated.status).toBe(1);
});

test('a check the baseline did not have is `added`, and one that passes again is `fixed`', () => {
  const base = JSON.parse(readFileSync(join(regressed.dir, 'conformance.json'), 'utf8')) as Run['report'];
  const dropped = base.results.find((r) => r.verdict === 'pass')!;
  base.results = base.results.filter((r) => r !== dropped);
  const file = join(regressed.dir, 'edited-baseline.json');
  writeFileSync(file, JSON.stringify(base));
  const fixedRun = runSuite(['--replay', join(clean.dir, 'trace.json'), `--baseline=${file}`]);
  expect(fixedRun.status).toBe(0);
  const byId = new Map(fixedRun.report.results.map((r) => [r.id, r.baseline]));
  expect(byId.get(dropped.id)).toEqual({ change: 'added' });
  for (const r of ntf6(regressed)) expect(byId.get(r.id)).toEqual({ change: 'fixed', was: 'fail' });
});

test('a baseline that is not a conformance.json, or --fail-on=new without one, is a one-line exit 2', () => {
  const file = join(clean.dir, 'not-a-report.json');
  writeFileSync(file, '{"hello": 1}');
  const bad = runSuite([`--baseline=${file}`]);
  expect(bad.status).toBe(2);
  expect(bad.out.trim()).toMatch(
    /^gws-conformance: --baseline .*not a conformance\.json \(no "results" array\)$/,
  );
  const alone = runSuite(['--fail-on=new']);
  expect(alone.status).toBe(2);
  expect(alone.out.trim()).toBe('gws-conformance: --fail-on=new needs --baseline');
});
