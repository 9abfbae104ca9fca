/**
 * RUNNER.md: passwords and tokens never appear in any report, log line or error message. Two full
 * runs against a reference server with distinctive credentials (secrets given through the
 * environment, and on the command line), behind a pass-through proxy that notes every cookie value
 * and CSRF token the server hands out: none of them may be in any file written or anything printed.
 */
import { readFileSync } from 'node:fs';
import { inBatches, type RunOutcome, runRunner } from '../hostile/run-runner';
import { hostileProxy } from '../hostile/servers';
import { filesUnder, findLeaks, unredactedCookies } from './leaks';

const AGENTS = [
  { user: 'agent1', password: 'pw-Zq81-distinctive' },
  { user: 'agent2', password: 'pw-Kv27-distinctive' },
];
const TOKEN = 'tok-Xr55-distinctive';
const basic = (a: { user: string; password: string }) =>
  Buffer.from(`${a.user}:${a.password}`).toString('base64');

interface SecretRun {
  how: string;
  run: RunOutcome;
  /** Cookie values and CSRF tokens the reference handed out during this run. */
  issued: Set<string>;
}

const WAYS: { how: string; args: string[]; env: Record<string, string> }[] = [
  {
    how: 'environment',
    args: [`--user=${AGENTS[0]!.user}`, `--user2=${AGENTS[1]!.user}`],
    env: { GWS_PASSWORD: AGENTS[0]!.password, GWS_PASSWORD2: AGENTS[1]!.password, GWS_CONTROL_TOKEN: TOKEN },
  },
  {
    how: 'command line',
    args: [
      `--user=${AGENTS[0]!.user}`,
      `--password=${AGENTS[0]!.password}`,
      `--user2=${AGENTS[1]!.user}`,
      `--password2=${AGENTS[1]!.password}`,
      `--control-token=${TOKEN}`,
    ],
    env: {},
  },
];

async function secretRun(way: (typeof WAYS)[number]): Promise<SecretRun> {
  const issued = new Set<string>();
  const target = await hostileProxy(
    {
      rewrite: (_req, answer) => {
        for (const line of [answer.headers['set-cookie'] ?? []].flat()) {
          const value = line.split(';', 1)[0]!.split('=').slice(1).join('=');
          if (value.length >= 6) issued.add(value);
        }
        const csrf = answer.headers['x-csrf-token'];
        if (typeof csrf === 'string' && csrf.length >= 6) issued.add(csrf);
        return answer;
      },
    },
    { reference: { agents: AGENTS, controlToken: TOKEN, csrf: true } },
  );
  try {
    const run = await runRunner({
      args: [`--target=${target.url}`, '--timeout=2000', ...way.args],
      env: way.env,
    });
    return { how: way.how, run, issued };
  } finally {
    await target.close();
  }
}

let runs: SecretRun[] = [];
beforeAll(async () => {
  runs = await inBatches(WAYS, 2, secretRun);
}, 120_000);

describe.each(WAYS.map((w, i) => [w.how, i] as const))('secrets given through the %s', (_how, i) => {
  const secretsOf = (r: SecretRun): Record<string, string> => ({
    password: AGENTS[0]!.password,
    password2: AGENTS[1]!.password,
    'control token': TOKEN,
    'Basic credentials': basic(AGENTS[0]!),
    'Basic credentials 2': basic(AGENTS[1]!),
    ...Object.fromEntries([...r.issued].map((v, n) => [`issued cookie or CSRF token #${n + 1}`, v])),
  });

  test('the run drove the target for real: sessions and tokens were handed out', () => {
    const r = runs[i]!;
    expect(r.run.killed).toBe(false);
    expect(r.run.code).toBe(0);
    expect(r.issued.size).toBeGreaterThanOrEqual(3);
  });

  test('no file it wrote holds a password, token, Basic credentials, cookie value or CSRF token', () => {
    const r = runs[i]!;
    const files = filesUnder(r.run.reportDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const texts = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
    expect(findLeaks(texts, secretsOf(r))).toEqual([]);
  });

  test('nothing it printed holds one either', () => {
    const r = runs[i]!;
    expect(findLeaks({ stdout: r.run.stdout, stderr: r.run.stderr }, secretsOf(r))).toEqual([]);
  });

  test('every JSESSIONID in the reports is followed by [redacted], and there are some', () => {
    const r = runs[i]!;
    const trace = readFileSync(`${r.run.reportDir}/trace.json`, 'utf8');
    expect(trace).toMatch(/JSESSIONID=\[redacted\]/);
    const bad = filesUnder(r.run.reportDir).flatMap((f) =>
      unredactedCookies(readFileSync(f, 'utf8'), 'JSESSIONID'),
    );
    expect(bad).toEqual([]);
  });
});

test('the detectors themselves find a planted secret and an unredacted cookie', () => {
  const text =
    'Cookie: JSESSIONID=[redacted]; x\nSet-Cookie: JSESSIONID=ABC123DEF; Path=/\nauth pw-Zq81-distinctive';
  expect(findLeaks({ text }, { password: AGENTS[0]!.password })).toHaveLength(1);
  expect(unredactedCookies(text, 'JSESSIONID')).toEqual(['JSESSIONID=ABC123DEF']);
});
