/**
 * What the wrapper hands to the Jest suites (one environment variable: Jest workers inherit the
 * environment) and what each channel's suite hands back (one part file of results per channel).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../src/model/channels';
import type { CheckResult } from '../src/model/verdict';
import type { RunConfig } from './options';

export const HANDOFF_ENV = 'GWS_CONFORMANCE_RUN';

export interface Handoff {
  config: RunConfig;
  /** The trace.json the suites judge: just driven, or given with --replay. */
  trace: string;
  channels: Channel[];
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

export function writePart(reportDir: string, channel: Channel, results: CheckResult[]): void {
  mkdirSync(partsDir(reportDir), { recursive: true });
  writeFileSync(join(partsDir(reportDir), `${channel}.json`), JSON.stringify(results));
}

export function readPart(reportDir: string, channel: Channel): CheckResult[] | undefined {
  try {
    return JSON.parse(readFileSync(join(partsDir(reportDir), `${channel}.json`), 'utf8')) as CheckResult[];
  } catch {
    return undefined;
  }
}
