import { LIFECYCLE_FAULTS } from '../../reference/faults-lifecycle';
import { LIFECYCLE_VARIATIONS } from '../../reference/variations-lifecycle';
import { judgeReference, inBatches } from '../../selftest/validation/run-reference';
test('lifecycle faults', async () => {
  const only = process.env.ONLY?.split(',');
  const faults = LIFECYCLE_FAULTS.filter((f) => !only || only.includes(f.name));
  const out = await inBatches(faults, 4, async (f) => ({ f, r: await judgeReference({ faults: [f.name] }) }));
  for (const { f, r } of out) {
    const lines = r.filter((x) => x.verdict === 'fail' || x.verdict === 'error' || (x.verdict === 'warn')).map((x) => `   ${x.id} ${x.verdict} [${x.requirements}] ${x.message.slice(0, 160)}`);
    process.stdout.write(`${f.name} (${f.breaks})\n${lines.join('\n')}\n`);
  }
  if (process.env.VAR) {
    for (const v of [...LIFECYCLE_VARIATIONS.map((x) => [x.name]), LIFECYCLE_VARIATIONS.map((x) => x.name)]) {
      const r = await judgeReference({ variations: v });
      const lines = r.filter((x) => x.verdict === 'fail' || x.verdict === 'error' || x.verdict === 'warn').map((x) => `   ${x.id} ${x.verdict} ${x.message.slice(0, 160)}`);
      process.stdout.write(`VAR ${v}\n${lines.join('\n')}\n`);
    }
  }
}, 600000);
