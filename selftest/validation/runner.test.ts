/**
 * `npm test` end to end, as a user runs it (a child process, real reference server, real reports):
 * a faulted reference exits 1 with the faulted requirement failing on every channel; its replay
 * gives the same verdicts; allowed variations exit 0; an unreachable target exits 2 within 5 s;
 * the runner talks to Jest through one handoff file named in Jest's globals, never the environment.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VARIATIONS } from '../../reference/faults';
import { type Run, runSuite } from './run-suite';

const verdicts = (r: Run) => Object.fromEntries(r.report.results.map((x) => [x.id, x.verdict]));

describe('npm test', () => {
  let faulted: Run;

  beforeAll(() => {
    faulted = runSuite(['--timeout=2000'], { GWS_REFERENCE_FAULTS: 'history-before-participants' });
  });

  test('against a faulted reference exits 1 and the faulted requirement fails on every channel', () => {
    expect(faulted.status).toBe(1);
    for (const channel of ['chat', 'sms', 'facebook']) {
      const ntf6 = faulted.report.results.filter(
        (r) => r.channel === channel && r.requirements.includes('NTF-6'),
      );
      expect(ntf6.map((r) => r.verdict)).toContain('fail');
    }
    for (const file of ['conformance.json', 'conformance.html', 'junit.xml', 'trace.json', 'summary.md']) {
      expect(existsSync(join(faulted.dir, file))).toBe(true);
    }
    expect(faulted.out).toMatch(/Requirement: NTF-6/);
    expect(readdirSync(faulted.dir).sort()).toEqual([
      'conformance.html',
      'conformance.json',
      'junit.xml',
      'summary.md',
      'trace.json',
    ]);
  });

  test('--replay of that run gives the same verdicts without a target', () => {
    const replay = runSuite([`--replay=${join(faulted.dir, 'trace.json')}`]);
    expect(replay.status).toBe(1);
    expect(verdicts(replay)).toEqual(verdicts(faulted));
  });

  test('against a reference with every allowed variation exits 0', () => {
    const run = runSuite(['--timeout=2000'], {
      GWS_REFERENCE_VARIATIONS: VARIATIONS.map((v) => v.name).join(','),
    });
    expect(run.report.results.filter((r) => r.verdict === 'fail' || r.verdict === 'error')).toEqual([]);
    expect(run.status).toBe(0);
  });

  test("Jest's own options pass through: -t judges one channel and reports only it", () => {
    const run = runSuite(['-t', 'facebook', '--timeout=2000']);
    expect(run.status).toBe(0);
    expect(new Set(run.report.results.map((r) => r.channel))).toEqual(new Set(['facebook']));
  });

  test('Jest gets the trace and --only through a handoff file in its globals: no secret in it or in the environment', () => {
    const spyDir = mkdtempSync(join(tmpdir(), 'gws-spy-'));
    const spy = join(spyDir, 'spy.js');
    writeFileSync(
      spy,
      `const fs = require('fs');
      const file = globalThis.__GWS_CONFORMANCE_HANDOFF__;
      fs.writeFileSync(${JSON.stringify(join(spyDir, 'seen.json'))}, JSON.stringify({ env: process.env, handoff: fs.readFileSync(file, 'utf8') }));`,
    );
    const token = 'tok-never-handed-to-jest';
    const run = runSuite([`--control-token=${token}`, '--only=NTF-6', `--setupFilesAfterEnv=${spy}`]);
    expect(run.status).toBe(0);
    const seen = JSON.parse(readFileSync(join(spyDir, 'seen.json'), 'utf8'));
    const handoff = JSON.parse(seen.handoff);
    expect(handoff).toMatchObject({ only: 'NTF-6', channels: ['chat', 'sms', 'facebook'] });
    expect(Object.keys(handoff.trace.channels).sort()).toEqual(['chat', 'facebook', 'sms']);
    expect(seen.handoff).not.toContain(token);
    expect(JSON.stringify(seen.env)).not.toContain(token);
    expect(run.report.results.map((r) => r.requirements)).toEqual([['NTF-6'], ['NTF-6'], ['NTF-6']]);
  });

  test('a suite that crashes gives every check error with the reason', () => {
    const boom = join(mkdtempSync(join(tmpdir(), 'gws-boom-')), 'boom.js');
    writeFileSync(boom, "throw new Error('the suite blew up on load');");
    const run = runSuite(['--channels=chat', `--setupFilesAfterEnv=${boom}`]);
    expect(run.status).toBe(2);
    expect(run.report.results.length).toBeGreaterThan(40);
    for (const r of run.report.results) {
      expect(r.verdict).toBe('error');
      expect(r.message).toMatch(/the conformance suite crashed: .*the suite blew up on load/s);
    }
  });

  test('an unreachable target exits 2 within 5 s and says why', () => {
    const run = runSuite(['--target=http://127.0.0.1:1', '--user=agent1'], { GWS_PASSWORD: 'x-password' });
    expect(run.status).toBe(2);
    expect(run.seconds).toBeLessThan(5);
    expect(run.out).toMatch(/target unreachable: connection refused by 127\.0\.0\.1:1/);
    expect(existsSync(join(run.dir, 'conformance.html'))).toBe(true);
  });

  test.each([
    [['--channels=chat,voice'], /--channels takes a comma list/],
    [['--timeout=-1'], /--timeout must be a positive number/],
    [['--target=ftp://x'], /--target must be an http\(s\) URL/],
    [['--no-such-option'], /unknown option --no-such-option/],
    [['--only=NOPE-*'], /--only=NOPE-\* matches no check id or requirement id/],
  ])('bad option %j prints one line and exits 2', (args, message) => {
    const run = runSuite(args);
    expect(run.status).toBe(2);
    expect(run.out.trim()).toMatch(message);
    expect(run.out.trim().split('\n')).toHaveLength(1);
  });
});
