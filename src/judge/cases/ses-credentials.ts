/**
 * Session, Bayeux credential paths (SES-3 SHOULD, SES-4): the handshake with the session cookie
 * alone succeeds; one without credentials, and one with a wrong password, is refused and such a
 * client never receives a notification.
 */
import { SCENARIO } from '../../model/scenarios';
import type { Actor, BayeuxEvent } from '../../model/trace';
import { faults, isMessageIn, meta } from '../lib/bayeux';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { timeoutNotes } from '../lib/notifications';
import { breach, detail, error, Halt, pass, quote, skip } from '../lib/outcome';
import { requireScenario } from '../lib/query';

/** SES-4 for one client: `what` names its credentials ("without credentials"). */
function judgeRefusedHandshake(ctx: CheckContext, actor: Actor, what: string) {
  const rec = requireScenario(ctx, SCENARIO.unauthenticated);
  const leaked = ctx.trace.events.find((e) => isMessageIn(e, actor));
  if (leaked !== undefined) {
    return breach('SES-4', `A client ${what} received a notification.`, {
      expected: `no message outside /meta/* for the client ${what}`,
      actual: quote((leaked as BayeuxEvent).message),
      evidence: [leaked.seq],
    });
  }
  const replies = meta(ctx, actor, '/meta/handshake', 'in');
  const accepted = replies.find((e) => e.message.successful === true);
  if (accepted !== undefined) {
    return breach('SES-4', `The Bayeux handshake ${what} was accepted.`, {
      expected: '{"successful":false} or an HTTP error',
      actual: quote(accepted.message),
      evidence: [accepted.seq],
      pointer: '/successful',
    });
  }
  const refused = replies.find((e) => e.message.successful === false) ?? faults(ctx, actor)[0];
  if (refused !== undefined) {
    const shown = refused.kind === 'bayeux' ? quote(refused.message) : `Bayeux fault: ${refused.message}`;
    return pass(`The handshake ${what} was refused (${shown}).`, { evidence: [refused.seq] });
  }
  const sent = meta(ctx, actor, '/meta/handshake', 'out')[0];
  if (sent === undefined) {
    throw new Halt(error(rec.reason ?? `scenario ${rec.id} recorded no handshake ${what}`));
  }
  const note = timeoutNotes(ctx, SCENARIO.unauthenticated)[0];
  return breach('SES-4', `The handshake ${what} got no answer: neither refused nor accepted.`, {
    expected: '{"successful":false} or an HTTP error',
    actual: note ? `timeout note: ${JSON.stringify(note.text)}` : 'no reply in the trace',
    evidence: [sent.seq, ...(note ? [note.seq] : [])],
  });
}

const anonymous = defineCheck({
  id: 'session/anonymous-handshake-refused',
  requirements: ['SES-4'],
  title:
    'A Bayeux handshake without credentials (no Authorization, no cookie) is refused, and such a client never receives a notification.',
  scenarios: [SCENARIO.unauthenticated],
  judge: (ctx) => judgeRefusedHandshake(ctx, 'anon', 'without credentials'),
});

const wrongPassword = defineCheck({
  id: 'session/wrong-password-handshake-refused',
  requirements: ['SES-4'],
  title:
    "A Bayeux handshake with a known user's name and a wrong password is refused, and such a client never receives a notification.",
  scenarios: [SCENARIO.unauthenticated],
  judge: (ctx) => judgeRefusedHandshake(ctx, 'intruder', 'with a wrong password'),
});

const cookieOnly = defineCheck({
  id: 'session/cookie-handshake',
  requirements: ['SES-3'],
  title:
    'A Bayeux handshake with the session cookie alone (no Authorization), as browser desktops send it, succeeds, and so does the subscription to /v2/me/*.',
  scenarios: [SCENARIO.loginA],
  level: 'SHOULD',
  judge(ctx) {
    const rec = requireScenario(ctx, SCENARIO.loginA);
    const sent = meta(ctx, 'cookie', '/meta/handshake', 'out')[0];
    if (sent === undefined) {
      // The agent's own handshake did not get that far: SES-3's main check says why.
      throw new Halt(
        rec.status === 'error'
          ? error(`${rec.id}: ${rec.reason ?? 'the scenario could not finish'}`)
          : skip('No cookie-only handshake was tried; see session/bayeux-handshake.'),
      );
    }
    const hs = meta(ctx, 'cookie', '/meta/handshake', 'in')[0];
    const fault = faults(ctx, 'cookie')[0];
    if (hs?.message.successful !== true) {
      return detail('SES-3', 'The Bayeux handshake with the session cookie alone did not succeed.', {
        expected: '{"channel":"/meta/handshake","successful":true,...}',
        actual: hs ? quote(hs.message) : fault ? `Bayeux fault: ${fault.message}` : 'no reply in the trace',
        evidence: [sent.seq, ...(hs ? [hs.seq] : [])],
        pointer: hs ? '/successful' : undefined,
      });
    }
    const sub = meta(ctx, 'cookie', '/meta/subscribe', 'in')[0];
    if (sub?.message.successful !== true) {
      return detail('SES-3', 'After a cookie-only handshake the subscription to /v2/me/* did not succeed.', {
        expected: '{"channel":"/meta/subscribe","subscription":"/v2/me/*","successful":true}',
        actual: sub ? quote(sub.message) : 'no reply in the trace',
        evidence: [hs.seq, ...(sub ? [sub.seq] : [])],
      });
    }
    return pass('Handshake and subscription with the session cookie alone succeeded.', {
      evidence: [hs.seq, sub.seq],
    });
  },
});

export const SES_CREDENTIAL_CHECKS: Check[] = [anonymous, wrongPassword, cookieOnly];
