/** Start-up is measured (logged, not asserted), `npm run reference` serves, and bad options exit 2. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startReference } from '../../reference/server';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs reference/main.ts; resolves with its output once `until` matches it or it exits. */
function runMain(
  args: string[],
  until?: RegExp,
): Promise<{ out: string; code: number | null; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['reference/main.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`reference/main.ts did not get ready in 10 s: ${out}`));
    }, 10_000);
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (until?.test(out)) {
        clearTimeout(timer);
        resolve({ out, code: null, child });
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, code, child });
    });
  });
}

test('startReference to ready, in process', async () => {
  const t0 = performance.now();
  const server = await startReference();
  const readyMs = performance.now() - t0;
  const me = await fetch(`${server.url}/api/v2/me`, {
    headers: { Authorization: 'Basic YWdlbnQxOmFnZW50MS1wdw==' },
  });
  const firstAnswerMs = performance.now() - t0;
  console.log(
    `startReference: ready in ${readyMs.toFixed(1)} ms, first answer after ${firstAnswerMs.toFixed(1)} ms`,
  );
  expect((await me.json()).statusCode).toBe(0);
  await server.close();
});

test('npm run reference (reference/main.ts) starts, prints its URL and credentials, and serves', async () => {
  const t0 = performance.now();
  const { out, child } = await runMain(['--port', '0', '--csrf', '--fault', 'me-no-user@sms'], /ready .* ms/);
  try {
    const spawnToReadyMs = performance.now() - t0;
    console.log(`reference/main.ts: ready ${spawnToReadyMs.toFixed(0)} ms after spawn; it says:\n${out}`);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    expect(out).toContain('agent1:agent1-pw');
    expect(out).toContain('fault me-no-user@sms');
    const discovery = await fetch(`${url}/conformance/v1`);
    expect(await discovery.json()).toEqual({ channels: ['chat', 'sms', 'facebook'] });
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
});

test.each([
  [['--bogus']],
  [['--port', 'eighty']],
  [['--agents', 'nopassword']],
  [['--fault', 'no-such-fault']],
  [['--variation', 'setinfocus@voice']],
])('a bad option %j prints one line and exits 2', async (args) => {
  const { out, code } = await runMain(args);
  expect(code).toBe(2);
  expect(
    out
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('npm warn')),
  ).toHaveLength(1);
});
