/** Gathers the channels' part files into one result list and trace; a channel that left no part gets `error` results. */
import type { Channel } from '../channels';
import { checksFor } from '../checks/index';
import { requirement } from '../requirements';
import type { TraceFile } from '../trace/types';
import type { CheckResult } from '../verdict';
import { readPart } from './handoff';

export function gatherParts(
  reportDir: string,
  channels: Channel[],
  trace: TraceFile,
  whyMissing: string,
): CheckResult[] {
  const results: CheckResult[] = [];
  for (const channel of channels) {
    const part = readPart(reportDir, channel);
    if (part) {
      trace.channels[channel] = part.trace;
      results.push(...part.results);
      continue;
    }
    for (const check of checksFor(channel)) {
      results.push({
        id: `${channel}/${check.id}`,
        requirements: check.requirements,
        channel,
        level: requirement(check.requirements[0]).level,
        title: check.title,
        durationMs: 0,
        verdict: 'error',
        message: `the ${channel} suite left no results: ${whyMissing}`,
      });
    }
  }
  return results;
}
