/**
 * The package as a vendor gets it: `npm pack` (which builds dist/), `npm install <tarball>` in an
 * empty folder, then `gws-conformance --help` and a full run against the embedded reference from
 * there: plain Node, no tsx, no swc, no clone. Chromium-free.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedScratch } from './scratch';

const ROOT = resolve(__dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'gws-package-'));
const sh = (cmd: string, args: string[], cwd: string) =>
  spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, FORCE_COLOR: '0' },
  });

let tarball: string;

beforeAll(() => {
  const pack = sh('npm', ['pack', '--pack-destination', scratch], ROOT);
  expect(pack.stderr).not.toMatch(/npm error/);
  tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith('.tgz'))!);
  seedScratch(scratch, ROOT, tarball);
  const install = sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], scratch);
  expect(install.stderr).not.toMatch(/npm error/);
  expect(install.status).toBe(0);
}, 240_000);

test('the installed package carries the built JavaScript and none of the TypeScript tool chain', () => {
  const installed = join(scratch, 'node_modules', 'gws-conformance');
  for (const file of [
    'dist/cli.js',
    'dist/suites/conformance.test.js',
    'dist/jest.config.js',
    'schemas/report/conformance.schema.json',
  ])
    expect(existsSync(join(installed, file))).toBe(true);
  expect(existsSync(join(installed, 'runner'))).toBe(false);
  for (const dev of ['tsx', '@swc/core', '@swc/jest', 'typescript', 'esbuild']) {
    expect(existsSync(join(scratch, 'node_modules', dev))).toBe(false);
  }
});

test('npx gws-conformance --help exits 0 with the usage text', () => {
  const help = sh('npx', ['--offline', 'gws-conformance', '--help'], scratch);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: gws-conformance/);
  expect(help.stdout).toContain('--baseline=FILE');
});

test('npx gws-conformance runs the full conformance against the embedded reference and exits 0', () => {
  const reports = join(scratch, 'reports');
  const run = sh('npx', ['--offline', 'gws-conformance', `--report-dir=${reports}`], scratch);
  expect(run.stdout).toMatch(/PASS \(exit code 0\): \d+ pass/);
  expect(run.status).toBe(0);
  const report = JSON.parse(readFileSync(join(reports, 'conformance.json'), 'utf8'));
  expect(report.results.length).toBeGreaterThan(100);
  expect(report.results.filter((r: { verdict: string }) => r.verdict === 'error')).toEqual([]);
  for (const file of ['conformance.html', 'junit.xml', 'trace.json', 'summary.md'])
    expect(existsSync(join(reports, file))).toBe(true);
});
