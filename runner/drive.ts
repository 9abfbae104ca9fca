/** Drives every channel at once against the target and gathers their traces into one trace file. */

import { driveChannel } from '../src/drive/engine';
import { channelAvailability } from '../src/model/availability';
import type { Channel } from '../src/model/channels';
import { SCENARIO } from '../src/model/scenarios';
import type { TraceFile } from '../src/model/trace';
import { PromptQueue } from '../src/target/drivers/manual';
import type { RunConfig } from './options';

/** Returns why nothing could be driven (discovery failed on every channel), or undefined. */
export async function driveAll(
  config: RunConfig,
  target: string,
  channels: Channel[],
  trace: TraceFile,
  secrets: string[],
): Promise<string | undefined> {
  const say = (line: string) => process.stderr.write(`  ${line}\n`);
  // One person plays the customer of every channel with the manual driver: one prompt at a time.
  const prompts = new PromptQueue();
  await Promise.all(
    channels.map(async (channel) => {
      say(`${channel}: driving the scenarios against ${target}`);
      const started = Date.now();
      let told = false;
      const part = await driveChannel({
        config,
        target,
        channel,
        secrets,
        say,
        prompts,
        onScenario: (done, total) => {
          // Skipped scenarios end together: several may see done === total.
          if (done === total && !told) {
            told = true;
            say(`${channel}: ${total} scenarios driven in ${Date.now() - started} ms`);
          }
        },
      });
      trace.channels[channel] = part;
    }),
  );
  return undrivable(trace, channels);
}

/** A control API that fails discovery on every channel leaves nothing tested: the run's reason, exit 2. */
function undrivable(trace: TraceFile, channels: Channel[]): string | undefined {
  const found = channels.map((c) => {
    const part = trace.channels[c];
    return channelAvailability(
      part?.scenarios.find((s) => s.id === SCENARIO.discovery),
      c,
    );
  });
  if (found.length === 0 || found.some((a) => a.status !== 'undrivable')) return undefined;
  const [first] = found as { reason: string }[];
  return `the customer side could not be driven, nothing was tested: ${first.reason}`;
}
