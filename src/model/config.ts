/** What one run is asked to do (spec/RUNNER.md), as the runner parsed it from options and environment. */
import type { Channel } from './channels';

export type DriverKind = 'control' | 'command' | 'manual';

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
}

/** The strings that must never be written anywhere. */
export function secretsOf(c: RunConfig): string[] {
  return [c.password, c.password2, c.controlToken].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
}
