/** `npm test` as a user runs it: a child process (tsx runner/cli.ts) with its own report dir. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface Run {
  status: number | null;
  out: string;
  seconds: number;
  dir: string;
  report: {
    results: {
      id: string;
      channel: string;
      requirements: string[];
      verdict: string;
      message: string;
      baseline?: { change: string; was?: string };
    }[];
    baseline?: { counts: Record<string, number> };
    exitCode?: number;
  };
}

export function runSuite(args: string[], env: Record<string, string> = {}): Run {
  const dir = mkdtempSync(join(tmpdir(), 'gws-run-'));
  const started = Date.now();
  const child = spawnSync(TSX, ['runner/cli.ts', `--report-dir=${dir}`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const report = existsSync(join(dir, 'conformance.json'))
    ? JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8'))
    : { results: [] };
  return {
    status: child.status,
    out: `${child.stdout}${child.stderr}`,
    seconds: (Date.now() - started) / 1000,
    dir,
    report,
  };
}
