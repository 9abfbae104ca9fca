/**
 * Drives the three channels against the reference server with some faults or variations on, and
 * judges the traces: the suite end to end (real HTTP, real CometD), minus Jest and the report files.
 */
import { startReference } from '../../reference/server';
import { driveChannel } from '../../src/drive/engine';
import { judgeChannel } from '../../src/judge/judge';
import { CHANNELS, type Channel } from '../../src/model/channels';
import type { RunConfig } from '../../src/model/config';
import type { CheckResult } from '../../src/model/verdict';

/** Short enough to keep ~40 fault runs quick, long enough for a loaded 2-core machine. */
export const TIMEOUT_MS = 1500;

export async function judgeReference(opts: {
  faults?: string[];
  variations?: string[];
  channels?: Channel[];
}): Promise<CheckResult[]> {
  const server = await startReference({
    csrf: true,
    controlToken: 'selftest-token',
    faults: opts.faults,
    variations: opts.variations,
  });
  try {
    const [a, b] = server.agents;
    const config: RunConfig = {
      user: a.user,
      password: a.password,
      user2: b.user,
      password2: b.password,
      driver: 'control',
      controlToken: 'selftest-token',
      timeoutMs: TIMEOUT_MS,
      strict: false,
      reportDir: 'unused',
      insecure: false,
    };
    const channels = opts.channels ?? [...CHANNELS];
    const traces = await Promise.all(
      channels.map((channel) =>
        driveChannel({ config, target: server.url, channel, secrets: [a.password, b.password] }),
      ),
    );
    return traces.flatMap((t) => judgeChannel(t));
  } finally {
    await server.close();
  }
}

/** Runs `tasks` with at most `limit` at a time. */
export async function inBatches<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
