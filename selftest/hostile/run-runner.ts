/**
 * Runs the real conformance runner (`tsx runner/cli.ts`) as a child process against a target and
 * gathers what a user would see: exit code, wall time, everything printed, the report directory.
 * A hard limit kills the child's whole process group, so a hanging runner fails a test, not CI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface RunOutcome {
  /** Exit code, or null when the hard limit killed it. */
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  reportDir: string;
  killed: boolean;
}

export interface RunOptions {
  args: string[];
  /** Extra environment (GWS_* of the parent are dropped first, so the run sees only these). */
  env?: Record<string, string>;
  /** Kill the run after this long (a hang is then a failed assertion, not a stuck test). */
  hardLimitMs?: number;
  reportDir?: string;
}

/** Output kept per stream: enough for any reason the runner prints, bounded if it floods. */
const KEEP = 1024 * 1024;

export function runRunner(o: RunOptions): Promise<RunOutcome> {
  const reportDir = o.reportDir ?? mkdtempSync(join(tmpdir(), 'gws-hostile-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GWS_')) env[k] = v;
  Object.assign(env, { NO_COLOR: '1', FORCE_COLOR: '0' }, o.env);
  const started = Date.now();
  const child = spawn(TSX, ['runner/cli.ts', ...o.args, `--report-dir=${reportDir}`], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    if (stdout.length < KEEP) stdout += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    if (stderr.length < KEEP) stderr += c.toString('utf8');
  });
  let killed = false;
  const limit = setTimeout(() => {
    killed = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, o.hardLimitMs ?? 90_000);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearTimeout(limit);
      done({ code, ms: Date.now() - started, stdout, stderr, reportDir, killed });
    });
  });
}

/** Runs jobs at most `width` at a time, results in input order (the machine has 2 cores). */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await job(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
}
