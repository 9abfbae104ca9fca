/**
 * `--help` and `--list`: the usage text names every option of spec/RUNNER.md with its environment
 * variable (it is drawn from the parser's own table), and `--list --json` has one entry per check
 * and validates against schemas/report/check-list.schema.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { jestOptionNames } from '../../runner/judge';
import { listChecks, listRequested, renderList } from '../../runner/list';
import { OPTION_NAMES, specOf } from '../../runner/option-table';
import { buildConfig } from '../../runner/options';
import { renderUsage, wantsHelp } from '../../runner/usage';
import { CHECKS } from '../../src/judge/judge';
import { readSpec, section, tableRows } from '../catalogue/markdown';

const ROOT = resolve(__dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['runner/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

/** `--target=URL` / `--user=NAME` and the environment variables of each RUNNER.md option row. */
const specRows = tableRows(section(readSpec('RUNNER.md'), 'Command line')).map(([option, env]) => ({
  options: [...option!.matchAll(/--([a-z0-9-]+)/g)].map((m) => m[1]!),
  envs: [...env!.matchAll(/GWS_[A-Z0-9_]+/g)].map((m) => m[0]),
}));

test('the usage text names every RUNNER.md option and its environment variable, and the exit codes', () => {
  const text = renderUsage();
  expect(specRows.length).toBeGreaterThanOrEqual(15);
  for (const row of specRows) {
    for (const o of row.options) expect(text).toMatch(new RegExp(`--${o}\\b`));
    for (const e of row.envs) expect(text).toContain(`env ${e}`);
  }
  for (const name of OPTION_NAMES) expect(text).toContain(`--${name}`);
  expect(text).toMatch(/^ {2}0 {2}no fail and no error/m);
  expect(text).toMatch(/^ {2}2 {2}the run could not do its job/m);
  expect(text).toContain('https://jestjs.io/docs/cli');
});

test('every option the usage text shows is one the parser takes, with the same environment variable', () => {
  for (const name of OPTION_NAMES) {
    const spec = specOf(name);
    if (spec.flag || name === 'fail-on') continue;
    const env = spec.env ? { [spec.env]: '/dev/null' } : {};
    const viaOption = () => buildConfig([`--${name}=x`], {}, jestOptionNames());
    const viaEnv = () => buildConfig([], env, jestOptionNames());
    // Either form is accepted or refused with an OptionError about the value: never "unknown option".
    for (const attempt of [viaOption, ...(spec.env ? [viaEnv] : [])]) {
      try {
        attempt();
      } catch (e) {
        expect((e as Error).message).not.toMatch(/unknown option/);
      }
    }
  }
  expect(
    buildConfig([], { GWS_FAIL_ON: 'new', GWS_BASELINE: __filename }, jestOptionNames()).config,
  ).toMatchObject({
    failOn: 'new',
    baseline: __filename,
  });
});

test('--help and -h print the usage and exit 0, whatever else is on the line; after -- they go to Jest', () => {
  expect(wantsHelp(['--target=x', '-h'])).toBe(true);
  expect(wantsHelp(['--', '--help'])).toBe(false);
  const child = run(['--help', '--no-such-option']);
  expect(child.status).toBe(0);
  expect(child.stdout).toBe(renderUsage());
});

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report', 'check-list.schema.json'), 'utf8'));

test('--list --json validates against its schema and has one entry per check', () => {
  const child = run(['--list', '--json']);
  expect(child.status).toBe(0);
  const doc = JSON.parse(child.stdout);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);
  expect(ajv.errorsText(validate(doc) ? null : validate.errors)).toBe('No errors');
  expect(doc.checks).toHaveLength(CHECKS.length);
  expect(doc.checks.map((c: { id: string }) => c.id)).toEqual(CHECKS.map((c) => c.id));
  const savelar = doc.checks.filter((c: { id: string }) => c.id === 'accept/savelar');
  expect(savelar.map((c: { level: string; channels: string[] }) => [c.level, c.channels])).toEqual([
    ['MUST', ['chat', 'sms']],
    ['INFO', ['facebook']],
  ]);
});

test('--list takes --only with the same patterns as a run, and prints a table without contacting a target', () => {
  expect(listRequested(['--list', '--only=NTF-*'], jestOptionNames())).toEqual({
    only: 'NTF-*',
    json: false,
  });
  const ntf = listChecks('NTF-*');
  expect(ntf.length).toBeGreaterThan(3);
  for (const c of ntf) expect(c.requirements.some((r) => r.startsWith('NTF-'))).toBe(true);
  expect(listChecks('sms/accept/savelar')).toEqual([
    expect.objectContaining({ level: 'MUST', channels: ['sms'] }),
  ]);
  expect(listChecks('accept/notification-order')).toHaveLength(1);
  const text = renderList(listChecks(), false);
  expect(text).toMatch(/^id\s+requirements\s+level\s+channels\s+title$/m);
  expect(text).toMatch(/^accept\/notification-order\s+NTF-6\s+MUST\s+chat,sms,facebook\s+\S/m);
  expect(text).toContain(`${CHECKS.length} checks`);
  // An unreachable --target is never contacted: the list comes back at once, exit 0.
  const child = run(['--list', '--target=http://127.0.0.1:1', '--user=a', '--password=b']);
  expect(child.status).toBe(0);
  expect(child.stdout).toContain('accept/notification-order');
});
