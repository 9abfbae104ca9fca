/**
 * No check fails a correct server: with every variation the requirements allow switched on at once
 * (another offered state name, HTTP 400 beside error bodies, no referenceId, extra notifications,
 * extra members, participants reversed, gaps in indexes, SetInFocus), nothing is `fail` or `error`,
 * and a `warn` comes only on a requirement that allows the variation (a seed page's spelling).
 */
import { VARIATIONS } from '../../reference/faults';
import { judgeReference } from './run-reference';

test.each([
  ['all variations at once', VARIATIONS.map((v) => v.name)],
  ...VARIATIONS.map((v) => [v.name, [v.name]]),
])(
  'the reference server with %s passes',
  async (_name, variations) => {
    const results = await judgeReference({ variations: variations as string[] });
    const bad = results
      .filter((r) => r.verdict === 'fail' || r.verdict === 'error')
      .map((r) => `${r.id}: ${r.message}`);
    expect(bad).toEqual([]);
    // A warn only where the variation's own requirements allow it (the variants tables' warns).
    const allowed = new Set(
      VARIATIONS.filter((v) => variations.includes(v.name)).flatMap((v) => v.allowedBy),
    );
    const stray = results
      .filter((r) => r.verdict === 'warn' && !r.requirements.some((q) => allowed.has(q)))
      .map((r) => `${r.id}: ${r.message}`);
    expect(stray).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  },
  60_000,
);
