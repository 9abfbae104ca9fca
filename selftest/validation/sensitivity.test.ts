/**
 * Every check can fail: for each MUST and SHOULD requirement, on every channel where it applies,
 * a named fault of the reference server breaks it, and the suite reports it `fail` (MUST) or
 * `warn` (SHOULD) there. A requirement with no fault, or a fault nobody catches, fails.
 *
 * Faults marked `awaitingChecks` (the lifecycle's, until its checks exist) are listed in the table
 * as "awaiting checks" and not run; remove the mark once their checks land.
 */
import { FAULTS } from '../../reference/faults';
import { CHANNEL_TABLE, CHANNELS, type Channel, lifecycleApplies } from '../../src/model/channels';
import { REQUIREMENTS, type RequirementId, requirement } from '../../src/model/requirements';
import { BREACH_VERDICT, type CheckResult } from '../../src/model/verdict';
import { inBatches, judgeReference } from './run-reference';

/**
 * Where a requirement is judged at its own level (ACC-3 on facebook is INFO by the spec; a
 * lifecycle requirement applies where LIFECYCLE.md's table documents its operation).
 */
function applies(id: RequirementId, channel: Channel): boolean {
  if (id === 'ACC-3' && channel === 'facebook') return false;
  return requirement(id).part === 1 || lifecycleApplies(id, CHANNEL_TABLE[channel].lifecycle);
}

const RUNNABLE = FAULTS.filter((f) => !f.awaitingChecks);
const AWAITING = FAULTS.filter((f) => f.awaitingChecks);

const GATED = REQUIREMENTS.filter((r) => r.level !== 'INFO').map((r) => r.id as RequirementId);

function caught(results: CheckResult[], id: RequirementId, channel: Channel): boolean {
  const want = BREACH_VERDICT[requirement(id).level];
  return results.some((r) => r.channel === channel && r.requirements.includes(id) && r.verdict === want);
}

describe('sensitivity: every MUST and SHOULD requirement has a fault the suite catches', () => {
  const outcome = new Map<string, Map<Channel, boolean>>();

  beforeAll(async () => {
    const runs = await inBatches(RUNNABLE, 4, async (fault) => ({
      fault,
      results: await judgeReference({ faults: [fault.name] }),
    }));
    for (const { fault, results } of runs) {
      outcome.set(
        fault.name,
        new Map(
          CHANNELS.map((c) => [
            c,
            fault.breaks.filter((id) => applies(id, c)).every((id) => caught(results, id, c)),
          ]),
        ),
      );
    }
    const rows = GATED.map((id) => {
      const faults = FAULTS.filter((f) => (f.breaks as string[]).includes(id));
      const cell = (c: Channel) => {
        if (!applies(id, c)) return 'n/a';
        if (faults.some((f) => outcome.get(f.name)?.get(c))) return 'caught';
        return faults.some((f) => f.awaitingChecks) ? 'awaiting checks' : 'MISSED';
      };
      const cells = CHANNELS.map((c) => `${c}:${cell(c)}`);
      return `${id.padEnd(7)} ${faults
        .map((f) => f.name)
        .join(', ')
        .padEnd(62)} ${cells.join(' ')}`;
    });
    process.stdout.write(`requirement -> faults -> caught\n${rows.join('\n')}\n`);
  }, 300_000);

  test.each(GATED)('%s is broken by at least one named fault', (id) => {
    expect(FAULTS.filter((f) => (f.breaks as string[]).includes(id)).map((f) => f.name)).not.toEqual([]);
  });

  test.each(RUNNABLE.map((f) => [f.name, f.breaks.join(', ')]))(
    'fault %s is caught as %s on every channel',
    (name) => {
      const byChannel = outcome.get(name)!;
      expect(Object.fromEntries(byChannel)).toEqual(Object.fromEntries(CHANNELS.map((c) => [c, true])));
    },
  );

  test('the faults awaiting checks break only lifecycle requirements, and are listed', () => {
    const parts = AWAITING.flatMap((f) => f.breaks.map((id) => requirement(id).part));
    expect(new Set(parts)).toEqual(new Set([2]));
    process.stdout.write(
      `faults awaiting checks (not run): ${AWAITING.map((f) => `${f.name} (${f.breaks.join(', ')})`).join(', ')}\n`,
    );
  });
});
