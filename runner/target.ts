/**
 * Resolves what a run works against: a stored trace (--replay), the embedded reference server (no
 * --target), or the user's URL, which is checked first so an unreachable target costs one timeout.
 */
import { randomBytes } from 'node:crypto';
import { CHANNELS, type Channel, isChannel } from '../src/model/channels';
import type { TraceFile } from '../src/model/trace';
import type { RunConfig } from './options';
import { preflight } from './preflight';
import { loadTrace, SetupError } from './replay';

export interface Prepared {
  channels: Channel[];
  /** Set for --replay: the stored trace to judge. */
  stored?: TraceFile;
  /** The resolved target URL (the embedded server's when no --target). */
  target: string;
  fatal?: string;
  stop?: () => Promise<void>;
}

export async function prepareTarget(config: RunConfig): Promise<Prepared> {
  const asked = (c: Channel) => !config.channels || config.channels.includes(c);
  if (config.replay) {
    const stored = loadTrace(config.replay);
    const channels = (Object.keys(stored.channels) as Channel[]).filter((c) => isChannel(c) && asked(c));
    const fatal = channels.length ? undefined : 'the replayed trace holds none of the channels asked for';
    return { channels, stored, target: stored.target, fatal };
  }
  const channels = CHANNELS.filter(asked);
  if (config.target) {
    return {
      channels,
      target: config.target,
      fatal: await preflight(config.target, config.timeoutMs, config.insecure),
    };
  }
  const { startReference } = await import('../reference/server');
  const controlToken = config.controlToken ?? randomBytes(12).toString('hex');
  // Self-validation hooks: the whole suite against a deliberately broken (or varied) reference.
  const list = (name: string) =>
    process.env[name]
      ?.split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const server = await startReference({
    csrf: true,
    controlToken,
    faults: list('GWS_REFERENCE_FAULTS'),
    variations: list('GWS_REFERENCE_VARIATIONS'),
  }).catch((e: Error) => {
    throw new SetupError(`the embedded reference server could not start: ${e.message}`);
  });
  const [first, second] = server.agents;
  Object.assign(config, {
    user: first.user,
    password: first.password,
    user2: second?.user,
    password2: second?.password,
    controlToken,
  });
  return { channels, target: server.url, stop: () => server.close() };
}
