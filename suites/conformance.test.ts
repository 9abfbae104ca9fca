/**
 * The conformance run: one describe per channel the run covers (chat, sms, facebook), one test per
 * check. One file, so the checks and schemas load once for all channels, and every result judged
 * goes back to the runner in one results file (runner/handoff.ts).
 */
import { readHandoff, writeResults } from '../runner/handoff';
import type { CheckResult } from '../src/model/verdict';
import { conformanceSuite } from './harness';

const handoff = readHandoff();
const reported: CheckResult[] = [];

for (const channel of handoff.channels) {
  describe(channel, () => conformanceSuite(channel, handoff, reported));
}

afterAll(() => writeResults(handoff, reported));
