/**
 * The verdicts of `npm test` do not change by accident: against the embedded reference with no
 * fault and with three faults (history-before-participants, no-auth-rest, accept-extra-member), the
 * sorted list of (result id, verdict, requirements) equals the stored one in golden/.
 *
 * A change that alters verdicts on purpose (a new check, a fixed check, a new requirement) updates
 * the goldens deliberately: run `npm run golden:update`, read the diff of selftest/validation/golden/
 * and commit it with the change that explains it.
 */
import { differences, GOLDEN_RUNS, readGolden, runGolden } from './golden';

describe('golden verdict lists', () => {
  test.each(GOLDEN_RUNS)(
    '$name: the verdict list equals the stored one',
    async (run) => {
      const stored = readGolden(run.name);
      const fresh = await runGolden(run);
      const diff = differences(stored, fresh);
      if (diff.length > 0) {
        throw new Error(
          `${run.name}: ${diff.length} entries differ from golden/${run.name}.json (- stored, + now):\n${diff.join('\n')}\nIf the change is deliberate: npm run golden:update`,
        );
      }
      expect(fresh).toEqual(stored);
    },
    120_000,
  );
});
