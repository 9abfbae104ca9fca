/**
 * The conformance run: one Jest suite per channel the run covers (chat, sms, facebook), one test per
 * check. One file, so the checks and schemas load once for all channels.
 */
import { readHandoff } from '../runner/handoff';
import { conformanceSuite } from './harness';

for (const channel of readHandoff().channels) {
  describe(channel, () => conformanceSuite(channel));
}
