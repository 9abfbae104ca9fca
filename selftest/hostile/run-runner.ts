/**
 * Runs the real conformance runner (`tsx runner/cli.ts`) as a child process against a target and
 * gathers what a user would see: exit code, wall time, everything printed, the report directory.
 * A hard limit kills the child's whole process group, so a hanging runner fails a test, not CI.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** GNU time: the peak RSS of the runner and its children (tsx runs node as a child). */
const TIME = '/usr/bin/time';

export interface RunOutcome {
  /** Exit code, or null when the hard limit killed it. */
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  reportDir: string;
  killed: boolean;
  /** Peak resident memory of the runner's processes (GNU time), in MB; undefined when not measured. */
  maxRssMb?: number;
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
  const rssFile = join(mkdtempSync(join(tmpdir(), 'gws-rss-')), 'rss');
  const command = [TSX, 'runner/cli.ts', ...o.args, `--report-dir=${reportDir}`];
  const timed = existsSync(TIME) ? [TIME, '-f', '%M', '-o', rssFile, ...command] : command;
  const child = spawn(timed[0]!, timed.slice(1), {
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
      const kb = existsSync(rssFile)
        ? Number.parseInt(readFileSync(rssFile, 'utf8').trim().split('\n').pop()!, 10)
        : NaN;
      const maxRssMb = Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
      done({ code, ms: Date.now() - started, stdout, stderr, reportDir, killed, maxRssMb });
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
