/**
 * No check fails a correct server: with every variation the requirements allow switched on at once
 * (another offered state name, HTTP 400 beside error bodies, no referenceId, extra notifications,
 * extra members, participants reversed, gaps in indexes, SetInFocus), nothing is `fail` or `error`.
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
    expect(results.length).toBeGreaterThan(100);
  },
  60_000,
);
