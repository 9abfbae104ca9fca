/** The Accept flow on the chat channel: every requirement of REQUIREMENTS.md, one test per check. */
import { conformanceSuite } from './harness';

conformanceSuite('chat');
