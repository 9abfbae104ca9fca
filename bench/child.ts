/**
 * Times a command as a whole process: wall time from spawn to exit, and its peak memory (max RSS
 * of the largest process in its tree, from /usr/bin/time when the machine has it).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const TIME = '/usr/bin/time';

export interface Timed {
  ms: number;
  /** Peak resident memory in MB, or undefined when it cannot be measured here. */
  maxRssMb: number | undefined;
  code: number | null;
  output: string;
}

export function timeChild(
  command: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; limitMs?: number } = {},
): Promise<Timed> {
  const scratch = mkdtempSync(join(tmpdir(), 'gws-bench-time-'));
  const rssFile = join(scratch, 'rss');
  const withTime = existsSync(TIME);
  const [cmd, argv] = withTime ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (c: Buffer) => {
    output = (output + c.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const limit = setTimeout(() => child.kill('SIGKILL'), opts.limitMs ?? 120_000);
  return new Promise((done) => {
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearTimeout(limit);
      let maxRssMb: number | undefined;
      if (withTime && existsSync(rssFile)) {
        const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb) && kb > 0) maxRssMb = kb / 1024;
      }
      rmSync(scratch, { recursive: true, force: true });
      done({ ms, maxRssMb, code, output });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
