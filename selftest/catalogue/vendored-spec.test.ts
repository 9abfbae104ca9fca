/**
 * spec/ holds copies of ../shared/spec/*.md and ../shared/seed-docs/*.txt so that tests do not depend
 * on that path. Where ../shared is present (CI clones the repo beside it), the copies must be
 * byte-identical to it; where it is absent, the comparison is left out with a note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const SHARED = join(ROOT, '..', 'shared');
const sharedPresent = existsSync(join(SHARED, 'spec'));

/** [vendored path under the repo, path under ../shared] */
const COPIES: [string, string][] = [
  ...['REQUIREMENTS.md', 'LIFECYCLE.md', 'CONTROL-API.md', 'RUNNER.md'].map((f): [string, string] => [
    `spec/${f}`,
    `spec/${f}`,
  ]),
  ...readdirSync(join(ROOT, 'spec', 'seed-docs'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): [string, string] => [`spec/seed-docs/${f}`, `seed-docs/${f}`]),
];

let noted = false;
function noteAbsent(): void {
  if (noted) return;
  noted = true;
  console.info(
    `../shared/spec is absent (${SHARED}): the vendored copies in spec/ are not compared with it.`,
  );
}

test('the five seed pages and the four spec documents are vendored', () => {
  expect(COPIES).toHaveLength(9);
});

test.each(COPIES)('%s is a byte-identical copy of ../shared/%s', (vendored, original) => {
  const copy = readFileSync(join(ROOT, vendored));
  expect(copy.length).toBeGreaterThan(0);
  if (!sharedPresent) {
    noteAbsent();
    return;
  }
  expect(copy.equals(readFileSync(join(SHARED, original)))).toBe(true);
});

test('every spec document and seed page of ../shared is vendored', () => {
  expect(existsSync(join(ROOT, 'spec', 'seed-docs'))).toBe(true);
  if (!sharedPresent) {
    noteAbsent();
    return;
  }
  const list = (dir: string, ext: string) =>
    readdirSync(join(SHARED, dir))
      .filter((f) => f.endsWith(ext))
      .map((f) => `${dir}/${f}`);
  const originals = [...list('spec', '.md'), ...list('seed-docs', '.txt')].sort();
  expect(originals).toEqual(COPIES.map(([, original]) => original).sort());
});
