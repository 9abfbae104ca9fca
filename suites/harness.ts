/**
 * One channel's conformance suite: one Jest test per check, named by check id and requirements,
 * that judges the check on the channel's trace (just driven by `npm test`, or stored and given with
 * --replay: the same code path, so a replay gives the same verdicts). `fail` and `error` fail the
 * test with Requirement / Expected / Actual; every verdict judged is pushed to `reported`.
 */
import type { Handoff } from '../runner/handoff';
import { checkResult, judgeCheck, selectedChecks } from '../src/judge/judge';
import type { Channel } from '../src/model/channels';
import { explain } from '../src/model/explain';
import type { CheckResult } from '../src/model/verdict';

export function conformanceSuite(channel: Channel, handoff: Handoff, reported: CheckResult[]): void {
  const checks = selectedChecks(channel, handoff.only);
  const trace = handoff.trace.channels[channel];

  for (const check of checks) {
    test(`${check.id} [${check.requirements.join(', ')}] ${check.title}`, () => {
      const result = trace
        ? judgeCheck(check, trace)
        : checkResult(check, channel, { verdict: 'error', message: `the trace has no ${channel} part` });
      reported.push(result);
      if (result.verdict === 'fail' || result.verdict === 'error') {
        throw new Error(
          [`${result.verdict.toUpperCase()}: ${result.message}`, ...explain(result)].join('\n'),
        );
      }
    });
  }
}
