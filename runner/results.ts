/** Gathers the channels' part files into one result list; a channel that left no part gets `error` results. */

import { checksFor } from '../src/judge/judge';
import type { Channel } from '../src/model/channels';
import { requirement } from '../src/model/requirements';
import type { CheckResult } from '../src/model/verdict';
import { readPart } from './handoff';

export function gatherParts(
  reportDir: string,
  channels: Channel[],
  whyMissing: string | undefined,
): CheckResult[] {
  return channels.flatMap(
    (channel) =>
      readPart(reportDir, channel) ??
      (whyMissing === undefined
        ? []
        : errorResults([channel], `the ${channel} suite left no results: ${whyMissing}`)),
  );
}

/** One `error` result per check of each channel, when the suite could not judge them. */
export function errorResults(channels: Channel[], message: string): CheckResult[] {
  return channels.flatMap((channel) =>
    checksFor(channel).map((check) => ({
      id: `${channel}/${check.id}`,
      requirements: check.requirements,
      channel,
      level: check.level ?? requirement(check.requirements[0]).level,
      title: check.title,
      durationMs: 0,
      verdict: 'error' as const,
      message,
    })),
  );
}
