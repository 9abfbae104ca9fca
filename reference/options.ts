/** The reference server's options, their defaults and their validation. */
import type { Agent } from './auth';
import { type Enabled, FAULTS, parseSpecs, VARIATIONS } from './faults';
import { NOTIFICATIONS_PATH } from './notifier';

export interface ReferenceOptions {
  /** 0 = a free port (default); the server listens on 127.0.0.1. */
  port?: number;
  /** Default: agent1 / agent1-pw and agent2 / agent2-pw. */
  agents?: { user: string; password: string }[];
  /** CSRF protection (default false). */
  csrf?: boolean;
  /** When set, the control API needs `Authorization: Bearer <token>` (401 without). */
  controlToken?: string;
  /** Named faults, each `name` (all channels) or `name@channel`. */
  faults?: string[];
  /** Allowed variations, same syntax. */
  variations?: string[];
  /**
   * Path of the Bayeux BAYEUX_BROWSER cookie (default /api/v2/notifications, so RFC 6265 clients
   * send it to every Bayeux request); null sets it without a Path, as cometd-nodejs-server does by
   * default: the self-tests use that to show such clients then lose their session.
   */
  bayeuxCookiePath?: string | null;
  limits?: { maxBodyBytes?: number; maxLiveInteractions?: number; finishedTtlMs?: number };
}

export const DEFAULT_AGENTS: readonly Agent[] = [
  { user: 'agent1', password: 'agent1-pw' },
  { user: 'agent2', password: 'agent2-pw' },
];

export interface Config {
  port: number;
  agents: Agent[];
  csrf: boolean;
  controlToken?: string;
  enabled: Enabled[];
  maxBodyBytes: number;
  maxLiveInteractions: number;
  finishedTtlMs: number;
  maxMessagesPerInteraction: number;
  bayeuxCookiePath?: string;
}

function positiveInt(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
  return value;
}

function cookiePath(path: string | null | undefined): string | undefined {
  if (path === null) return undefined;
  if (path === undefined) return NOTIFICATIONS_PATH;
  if (!/^\/[\x21-\x3a\x3c-\x7e]*$/.test(path))
    throw new Error(`bayeuxCookiePath must be a path, got ${path}`);
  return path;
}

/** Options with defaults applied; throws a one-line error for anything invalid. */
export function resolveOptions(options: ReferenceOptions = {}): Config {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`port must be 0..65535, got ${port}`);
  const agents = (options.agents ?? DEFAULT_AGENTS).map((a) => ({ user: a.user, password: a.password }));
  if (agents.length === 0) throw new Error('at least one agent is needed');
  for (const a of agents) {
    if (typeof a.user !== 'string' || a.user === '' || a.user.includes(':')) {
      throw new Error(
        `agent user names must be non-empty and contain no ':' (got ${JSON.stringify(a.user)})`,
      );
    }
    if (typeof a.password !== 'string' || a.password === '')
      throw new Error(`agent ${a.user} needs a password`);
  }
  if (new Set(agents.map((a) => a.user)).size !== agents.length)
    throw new Error('agent user names must be unique');
  if (options.controlToken !== undefined && options.controlToken.trim() === '') {
    throw new Error('controlToken must not be empty');
  }
  const limits = options.limits ?? {};
  return {
    port,
    agents,
    csrf: options.csrf ?? false,
    controlToken: options.controlToken,
    enabled: [
      ...parseSpecs(options.faults ?? [], FAULTS, 'fault'),
      ...parseSpecs(options.variations ?? [], VARIATIONS, 'variation'),
    ],
    maxBodyBytes: positiveInt('limits.maxBodyBytes', limits.maxBodyBytes, 64 * 1024),
    maxLiveInteractions: positiveInt('limits.maxLiveInteractions', limits.maxLiveInteractions, 1000),
    finishedTtlMs: positiveInt('limits.finishedTtlMs', limits.finishedTtlMs, 60_000),
    maxMessagesPerInteraction: 1000,
    bayeuxCookiePath: cookiePath(options.bayeuxCookiePath),
  };
}
