/** The Accept flow on the facebook channel: every requirement of REQUIREMENTS.md, one test per check. */
import { conformanceSuite } from './harness';

conformanceSuite('facebook');
