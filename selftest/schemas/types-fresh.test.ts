/** types/ is generated from schemas/; it must match a fresh generation and be Biome-clean as generated. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const bin = (name: string): string => join(ROOT, 'node_modules', '.bin', name);

/** Generates in a child process: json-schema-to-typescript formats with prettier, which Jest cannot load. */
function generateFresh(): string {
  const run = spawnSync(bin('tsx'), ['scripts/generate-types.ts', '--stdout'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`generation failed: ${run.stderr}`);
  return run.stdout;
}

let fresh: string;
beforeAll(() => {
  fresh = generateFresh();
});

test('types/gws.ts is what npm run generate produces from schemas/ now', () => {
  const committed = readFileSync(join(ROOT, 'types', 'gws.ts'), 'utf8');
  // A mismatch means a schema changed without `npm run generate`, or the file was edited by hand.
  expect(committed).toBe(fresh);
});

test('the generated message type: the ten documented types, or any other type on the common members', () => {
  expect(fresh).toContain('export type Message = DocumentedMessage | OtherMessage;');
  const union = /export type DocumentedMessage =([^;]*);/.exec(fresh)?.[1] ?? '';
  expect(
    union
      .split('|')
      .map((s) => s.trim())
      .filter(Boolean),
  ).toHaveLength(10);
  expect(fresh).toContain("type: 'TranscriptSaveDone';");
  expect(fresh).toContain('index: -1;');
});

test('the generated types are Biome-clean as generated', () => {
  // types/ is excluded from Biome in biome.json, so check a copy in a scratch folder under the repo's
  // rules (minus its VCS and file filters, which only make sense inside the repo).
  const dir = mkdtempSync(join(tmpdir(), 'gws-types-'));
  try {
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
    const rules = Object.fromEntries(
      Object.entries(config).filter(([k]) => !['$schema', 'vcs', 'files'].includes(k)),
    );
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(rules));
    writeFileSync(join(dir, 'gws.ts'), fresh);
    const run = spawnSync(bin('biome'), ['check', 'gws.ts'], { cwd: dir, encoding: 'utf8' });
    expect({ status: run.status, output: run.status === 0 ? '' : run.stdout + run.stderr }).toEqual({
      status: 0,
      output: '',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
