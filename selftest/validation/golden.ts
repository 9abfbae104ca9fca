/**
 * The golden verdict lists: `npm test` against the embedded reference with no fault and with three
 * faults that break different groups, reduced to what must not change by accident (result id,
 * verdict, requirements; no times, no interaction or message ids). golden.test.ts compares a fresh
 * run with the stored lists; `npm run golden:update` rewrites them (see golden.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
export const GOLDEN_DIR = join(__dirname, 'golden');

/** The runs: no fault, then one fault each of NTF (flow), SES (access) and ACC (response shape). */
export const GOLDEN_RUNS: { name: string; fault?: string }[] = [
  { name: 'no-fault' },
  { name: 'history-before-participants', fault: 'history-before-participants' },
  { name: 'no-auth-rest', fault: 'no-auth-rest' },
  { name: 'accept-extra-member', fault: 'accept-extra-member' },
];

export interface GoldenEntry {
  id: string;
  verdict: string;
  requirements: string[];
}

export const goldenFile = (name: string) => join(GOLDEN_DIR, `${name}.json`);

/** Runs `npm test` (the real runner, Jest and reports) and returns the run's sorted verdict list. */
export async function runGolden(run: { fault?: string }): Promise<GoldenEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gws-golden-'));
  try {
    const env = { ...process.env, FORCE_COLOR: '0', GWS_REFERENCE_FAULTS: run.fault ?? '' };
    const child = spawn(TSX, ['runner/cli.ts', `--report-dir=${dir}`], { cwd: ROOT, env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    await new Promise((done) => child.on('close', done));
    clearTimeout(timer);
    const report = JSON.parse(readFileSync(join(dir, 'conformance.json'), 'utf8')) as {
      results: GoldenEntry[];
    };
    return report.results
      .map((r) => ({ id: r.id, verdict: r.verdict, requirements: r.requirements }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function readGolden(name: string): GoldenEntry[] {
  return JSON.parse(readFileSync(goldenFile(name), 'utf8')) as GoldenEntry[];
}

/** The entries that differ between the stored and the fresh list, one line each. */
export function differences(stored: GoldenEntry[], fresh: GoldenEntry[]): string[] {
  const key = (e: GoldenEntry) => `${e.id} ${e.verdict} [${e.requirements.join(', ')}]`;
  const was = new Set(stored.map(key));
  const now = new Set(fresh.map(key));
  return [
    ...[...was].filter((k) => !now.has(k)).map((k) => `- ${k}`),
    ...[...now].filter((k) => !was.has(k)).map((k) => `+ ${k}`),
  ];
}
