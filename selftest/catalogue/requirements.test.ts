/**
 * The requirement catalogue of src/model/requirements.ts agrees with both parts of the spec:
 * spec/REQUIREMENTS.md (part 1) and spec/LIFECYCLE.md (part 2): same IDs, same levels, same order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { groupOf, PART1_GROUPS, PART2_GROUPS, REQUIREMENTS } from '../../src/model/requirements';
import { readSpec, SPEC_DIR, specRequirements } from './markdown';

const part1 = specRequirements(readSpec());
const part2 = specRequirements(readSpec('LIFECYCLE.md'));
const spec = [...part1, ...part2];

test('the parser finds requirements in every group, SES-6 with its "(when CSRF is in use)" too', () => {
  expect([...new Set(part1.map((r) => r.section))]).toEqual([...PART1_GROUPS]);
  expect(part1.find((r) => r.id === 'SES-6')).toEqual({ id: 'SES-6', level: 'MUST', section: 'SES' });
});

test('the parser finds the 25 lifecycle requirements in their six groups, UD with two letters', () => {
  expect([...new Set(part2.map((r) => r.section))]).toEqual([...PART2_GROUPS]);
  expect(part2).toHaveLength(25);
  expect(part2.find((r) => r.id === 'UD-5')).toEqual({ id: 'UD-5', level: 'MUST', section: 'UD' });
});

test('every requirement of the spec is in the catalogue with the same level, and nothing else is', () => {
  const catalogue = REQUIREMENTS.map((r) => ({ id: r.id, level: r.level }));
  expect(catalogue).toEqual(spec.map((r) => ({ id: r.id, level: r.level })));
});

test('each requirement is marked with the part of the spec file that lists it', () => {
  const inPart2 = new Set(part2.map((r) => r.id));
  expect(REQUIREMENTS.filter((r) => r.part !== (inPart2.has(r.id) ? 2 : 1)).map((r) => r.id)).toEqual([]);
});

test('no ID is listed twice, in the spec or in the catalogue', () => {
  expect(new Set(spec.map((r) => r.id)).size).toBe(spec.length);
  expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(REQUIREMENTS.length);
});

test('each requirement sits in the spec section of its group', () => {
  const prefix = (id: string) => id.slice(0, id.indexOf('-'));
  expect(spec.filter((r) => r.section !== prefix(r.id))).toEqual([]);
  expect(REQUIREMENTS.filter((r) => groupOf(r.id) !== prefix(r.id))).toEqual([]);
});

test('each requirement has a one-line text and a source that exists', () => {
  const FACT_SHEETS = ['research/gws-protocol.md', 'research/gws-lifecycle.md'];
  const missing = REQUIREMENTS.filter((r) => {
    const file = r.source.file;
    const known = FACT_SHEETS.includes(file) || existsSync(join(SPEC_DIR, 'seed-docs', file));
    return !known || r.text.length === 0 || r.text.includes('\n') || r.source.section.length === 0;
  });
  expect(missing.map((r) => r.id)).toEqual([]);
});
