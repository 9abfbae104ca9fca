/** The Accept flow on the sms channel: every requirement of REQUIREMENTS.md, one test per check. */
import { conformanceSuite } from './harness';

conformanceSuite('sms');
