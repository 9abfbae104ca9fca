/**
 * One channel's conformance suite: judge the channel's trace in beforeAll (just driven by `npm test`,
 * or stored and given with --replay: the same code path, so a replay gives the same verdicts), then
 * one Jest test per check, named by check id and requirements. `fail` and `error` fail the test
 * with Requirement / Expected / Actual; every verdict reaches the reports through a part file.
 */
import picomatch from 'picomatch';
import { readHandoff, writePart } from '../runner/handoff';
import { loadTrace } from '../runner/replay';
import { checksFor, judgeChannel } from '../src/judge/judge';
import type { Channel } from '../src/model/channels';
import { explain } from '../src/model/explain';
import type { TraceFile } from '../src/model/trace';
import type { CheckResult } from '../src/model/verdict';

let loaded: { file: string; trace: TraceFile } | undefined;

/** The trace file is read once for all channels. */
function traceOnce(file: string): TraceFile {
  if (loaded?.file !== file) loaded = { file, trace: loadTrace(file) };
  return loaded.trace;
}

export function conformanceSuite(channel: Channel): void {
  const { config, trace: traceFile } = readHandoff();
  const only = config.only ? picomatch(config.only) : undefined;
  const checks = checksFor(channel).filter(
    (c) => !only || only(c.id) || only(`${channel}/${c.id}`) || c.requirements.some((r) => only(r)),
  );
  const judged = new Map<string, CheckResult>();
  const reported: CheckResult[] = [];

  beforeAll(() => {
    const trace = traceOnce(traceFile).channels[channel];
    if (!trace) throw new Error(`the trace has no ${channel} part`);
    for (const r of judgeChannel(trace)) judged.set(r.id, r);
  });

  afterAll(() => writePart(config.reportDir, channel, reported));

  for (const check of checks) {
    test(`${check.id} [${check.requirements.join(', ')}] ${check.title}`, () => {
      const result = judged.get(`${channel}/${check.id}`);
      if (!result) throw new Error(`no verdict for ${channel}/${check.id}: the channel was not judged`);
      reported.push(result);
      if (result.verdict === 'fail' || result.verdict === 'error') {
        throw new Error(
          [`${result.verdict.toUpperCase()}: ${result.message}`, ...explain(result)].join('\n'),
        );
      }
    });
  }
}
