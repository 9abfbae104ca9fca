/** What one run is asked to do (spec/RUNNER.md), as the runner parsed it from options and environment. */
import type { Channel } from './channels';
import { basicCredential } from './redact';

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

/** The strings that must never be written anywhere: passwords, the control token, the Basic credentials. */
export function secretsOf(c: RunConfig): string[] {
  const basic = (user?: string, password?: string) =>
    user !== undefined && password ? basicCredential(user, password) : undefined;
  return [
    c.password,
    c.password2,
    c.controlToken,
    basic(c.user, c.password),
    basic(c.user2, c.password2),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}
