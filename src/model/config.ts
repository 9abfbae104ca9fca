/** What one run is asked to do (spec/RUNNER.md), as the runner parsed it from options and environment. */
import type { Channel } from './channels';

export type DriverKind = 'control' | 'command' | 'manual';

/** What gates the exit code: every fail and error, or only those a baseline did not have. */
export type FailOn = 'any' | 'new';

export interface RunConfig {
  /** Base URL of the server under test; undefined = the embedded reference server. */
  target?: string;
  user?: string;
  password?: string;
  user2?: string;
  password2?: string;
  /** Channels asked for; undefined = all that the control API offers. */
  channels?: Channel[];
  driver: DriverKind;
  control?: string;
  controlToken?: string;
  driverCommand?: string;
  timeoutMs: number;
  only?: string;
  strict: boolean;
  reportDir: string;
  insecure: boolean;
  replay?: string;
  waivers?: string;
  /** A previous conformance.json to compare the results with. */
  baseline?: string;
  /** `any` when absent. */
  failOn?: FailOn;
}

/** The quiet window of negative checks: long enough for a late notification, short enough to keep runs fast. */
export function quietMs(timeoutMs: number): number {
  return Math.min(1000, Math.max(200, Math.round(timeoutMs / 10)));
}

/** The strings that must never be written anywhere. */
export function secretsOf(c: RunConfig): string[] {
  return [c.password, c.password2, c.controlToken].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
}
