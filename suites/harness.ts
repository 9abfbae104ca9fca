/**
 * One channel's conformance suite: drive (or replay) in beforeAll, then one Jest test per check,
 * named by check id and requirements. `fail` and `error` fail the test with Requirement / Expected /
 * Actual; every verdict reaches the reports through the channel's part file.
 */
import picomatch from 'picomatch';
import { explain } from '../reporters/explain';
import type { Channel } from '../src/channels';
import { checksFor, judgeChannel } from '../src/checks/index';
import { secretsOf } from '../src/config';
import { driveChannel } from '../src/engine';
import { readHandoff, writePart } from '../src/run/handoff';
import { loadTrace } from '../src/run/replay';
import type { ChannelTrace } from '../src/trace/types';
import type { CheckResult } from '../src/verdict';

export function conformanceSuite(channel: Channel): void {
  const handoff = readHandoff();
  const { config } = handoff;
  const only = config.only ? picomatch(config.only) : undefined;
  const checks = checksFor(channel).filter(
    (c) => !only || only(c.id) || only(`${channel}/${c.id}`) || c.requirements.some((r) => only(r)),
  );
  const judged = new Map<string, CheckResult>();
  const reported: CheckResult[] = [];
  let trace: ChannelTrace | undefined;

  beforeAll(
    async () => {
      trace = handoff.replay
        ? loadTrace(handoff.replay).channels[channel]
        : await driveChannel({ config, target: handoff.target, channel, secrets: secretsOf(config) });
      if (!trace) throw new Error(`the trace has no ${channel} part`);
      for (const r of judgeChannel(trace)) judged.set(r.id, r);
    },
    config.timeoutMs * 10 + 30_000,
  );

  afterAll(() => {
    if (trace) writePart(config.reportDir, { channel, trace, results: reported });
  });

  for (const check of checks) {
    test(`${check.id} [${check.requirements.join(', ')}] ${check.title}`, () => {
      const result = judged.get(`${channel}/${check.id}`);
      if (!result) throw new Error(`no verdict for ${channel}/${check.id}: the channel was not driven`);
      reported.push(result);
      if (result.verdict === 'fail' || result.verdict === 'error')
        throw new Error(
          [`${result.verdict.toUpperCase()}: ${result.message}`, ...explain(result)].join('\n'),
        );
    });
  }
}
