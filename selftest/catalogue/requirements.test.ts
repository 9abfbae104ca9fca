/** The requirement catalogue of src/requirements.ts and spec/REQUIREMENTS.md agree: same IDs, same levels. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { groupOf, REQUIREMENTS } from '../../src/model/requirements';
import { readSpec, SPEC_DIR, specRequirements } from './markdown';

const spec = specRequirements(readSpec());

test('the parser finds requirements in every group, SES-6 with its "(when CSRF is in use)" too', () => {
  expect([...new Set(spec.map((r) => r.section))]).toEqual(['SES', 'OFF', 'ACC', 'NTF', 'RES', 'MSG']);
  expect(spec.find((r) => r.id === 'SES-6')).toEqual({ id: 'SES-6', level: 'MUST', section: 'SES' });
});

test('every requirement of the spec is in the catalogue with the same level, and nothing else is', () => {
  const catalogue = REQUIREMENTS.map((r) => ({ id: r.id, level: r.level }));
  expect(catalogue).toEqual(spec.map((r) => ({ id: r.id, level: r.level })));
});

test('no ID is listed twice, in the spec or in the catalogue', () => {
  expect(new Set(spec.map((r) => r.id)).size).toBe(spec.length);
  expect(new Set(REQUIREMENTS.map((r) => r.id)).size).toBe(REQUIREMENTS.length);
});

test('each requirement sits in the spec section of its group', () => {
  expect(spec.filter((r) => r.section !== r.id.slice(0, 3))).toEqual([]);
  expect(REQUIREMENTS.filter((r) => groupOf(r.id) !== r.id.slice(0, 3))).toEqual([]);
});

test('each requirement has a one-line text and a source that exists', () => {
  const missing = REQUIREMENTS.filter((r) => {
    const file = r.source.file;
    const known = file === 'research/gws-protocol.md' || existsSync(join(SPEC_DIR, 'seed-docs', file));
    return !known || r.text.length === 0 || r.text.includes('\n') || r.source.section.length === 0;
  });
  expect(missing.map((r) => r.id)).toEqual([]);
});
