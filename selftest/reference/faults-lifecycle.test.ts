/**
 * Every lifecycle fault makes the server deviate, observably, on every channel where the
 * requirement it breaks applies; and the same observation fails on the correct server.
 */
import { FAULTS } from '../../reference/faults';
import { CHANNEL_TABLE, CHANNELS, lifecycleApplies } from '../../src/model/channels';
import { requirement } from '../../src/model/requirements';
import { LIFECYCLE_CASES } from './fault-cases-lifecycle';
import { startWorld } from './scenario';

const LIFECYCLE = FAULTS.filter((f) => f.name in LIFECYCLE_CASES);
const where = (name: string) => {
  const fault = FAULTS.find((f) => f.name === name)!;
  return CHANNELS.filter(
    (c) =>
      (fault.channels?.includes(c) ?? true) &&
      fault.breaks.every((id) => lifecycleApplies(id, CHANNEL_TABLE[c].lifecycle)),
  );
};

async function run(name: string, channel: (typeof CHANNELS)[number], faulty: boolean): Promise<void> {
  const world = await startWorld({ faults: faulty ? [name] : [] }, channel);
  try {
    await LIFECYCLE_CASES[name]!(world, channel);
  } finally {
    await world.close();
  }
}

test.each(LIFECYCLE.flatMap((f) => where(f.name).map((c) => [f.name, c] as const)))(
  '%s on %s',
  (name, channel) => run(name, channel, true),
);

// A case that also passed on the correct server would prove nothing.
test.each(LIFECYCLE.map((f) => [f.name, where(f.name)[0]!] as const))(
  '%s: the same observation fails on the correct server (%s)',
  async (name, channel) => {
    await expect(run(name, channel, false)).rejects.toThrow();
  },
);

test('every lifecycle fault has a case and applies somewhere', () => {
  const lifecycle = FAULTS.filter((f) => f.breaks.every((id) => requirement(id).part === 2)).map(
    (f) => f.name,
  );
  expect(Object.keys(LIFECYCLE_CASES).sort()).toEqual(lifecycle.sort());
  for (const name of lifecycle) expect(where(name).length).toBeGreaterThan(0);
});
