/**
 * What the wrapper hands to the Jest workers (through one environment variable, as workers inherit
 * the environment) and what each channel's suite hands back (one part file per channel).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../channels';
import type { RunConfig } from '../config';
import type { ChannelTrace } from '../trace/types';
import type { CheckResult } from '../verdict';

export const HANDOFF_ENV = 'GWS_CONFORMANCE_RUN';

export interface Handoff {
  config: RunConfig;
  /** The resolved target (embedded server URL when no --target). */
  target: string;
  /** A trace.json to judge instead of driving. */
  replay?: string;
}

export interface ChannelPart {
  channel: Channel;
  trace: ChannelTrace;
  results: CheckResult[];
}

export function readHandoff(env: NodeJS.ProcessEnv = process.env): Handoff {
  const raw = env[HANDOFF_ENV];
  if (!raw)
    throw new Error(`${HANDOFF_ENV} is not set: run the conformance suites with \`npm test\`, not bare jest`);
  return JSON.parse(raw) as Handoff;
}

export function partsDir(reportDir: string): string {
  return join(reportDir, '.parts');
}

export function writePart(reportDir: string, part: ChannelPart): void {
  mkdirSync(partsDir(reportDir), { recursive: true });
  writeFileSync(join(partsDir(reportDir), `${part.channel}.json`), JSON.stringify(part));
}

export function readPart(reportDir: string, channel: Channel): ChannelPart | undefined {
  try {
    return JSON.parse(readFileSync(join(partsDir(reportDir), `${channel}.json`), 'utf8')) as ChannelPart;
  } catch {
    return undefined;
  }
}
