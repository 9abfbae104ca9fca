/** Drives every channel at once against the target and gathers their traces into one trace file. */
import type { Channel } from '../channels';
import type { RunConfig } from '../config';
import { driveChannel } from '../engine';
import type { TraceFile } from '../trace/types';

export async function driveAll(
  config: RunConfig,
  target: string,
  channels: Channel[],
  trace: TraceFile,
  secrets: string[],
): Promise<void> {
  const say = (line: string) => process.stderr.write(`  ${line}\n`);
  await Promise.all(
    channels.map(async (channel) => {
      say(`${channel}: driving the scenarios against ${target}`);
      const started = Date.now();
      const part = await driveChannel({
        config,
        target,
        channel,
        secrets,
        say,
        onScenario: (done, total) => {
          if (done === total) say(`${channel}: ${total} scenarios driven in ${Date.now() - started} ms`);
        },
      });
      trace.channels[channel] = part;
    }),
  );
}
