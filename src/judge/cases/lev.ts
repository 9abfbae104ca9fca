/** Leave (LEV-1..3): LeftChat and its capabilities, the customer's session ending, Complete afterwards, ParticipantLeft. */
import { SCENARIO } from '../../model/scenarios';
import { customerEventRefused, customerViewEnded } from '../lib/customer';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import {
  deliveredSince,
  fromAgent,
  requireOperationStep,
  requireSuccess,
  succeededOp,
} from '../lib/lifecycle';
import { endedIn, statusChangeAfter } from '../lib/lifecycle-flow';
import { senderOf } from '../lib/notifications';
import { breach, detail, pass, quote, record, skip } from '../lib/outcome';
import { answerText, requireInteraction, requireStep } from '../lib/query';

const S = SCENARIO.leave;
/** The capabilities ChatLeave shows in LeftChat. */
const LEFT_CHAT = ['Transfer', 'Complete', 'Leave', 'InFocus'];

const leftChat = defineCheck({
  id: 'leave/left-chat',
  requirements: ['LEV-1'],
  title:
    'Leave answers statusCode 0, then a StatusChange with state LeftChat arrives whose capabilities contain Complete (SHOULD: Transfer, Complete, Leave, InFocus).',
  scenarios: [S],
  judge(ctx) {
    const ev = requireOperationStep(ctx, S, 'Leave');
    requireSuccess('LEV-1', ev);
    const r = statusChangeAfter(ctx, 'LEV-1', S, ev, 'LeftChat');
    const caps = Array.isArray(r.sc.resource.capabilities) ? (r.sc.resource.capabilities as unknown[]) : [];
    const extra = {
      actual: quote(r.sc.resource.capabilities),
      evidence: [ev.seq, r.ev.seq],
      pointer: `/${r.sc.key}/capabilities`,
    };
    if (!caps.includes('Complete'))
      return breach('LEV-1', 'The LeftChat capabilities do not contain Complete.', {
        expected: 'capabilities containing "Complete"',
        ...extra,
      });
    const missing = LEFT_CHAT.filter((c) => !caps.includes(c));
    if (missing.length > 0)
      return detail(
        'LEV-1',
        `The LeftChat capabilities lack ${missing.join(', ')} (ChatLeave shows ${LEFT_CHAT.join(', ')}).`,
        {
          expected: quote(LEFT_CHAT),
          ...extra,
        },
      );
    return pass(`Leave answered statusCode 0 and LeftChat followed with capabilities ${quote(caps)}.`, {
      evidence: extra.evidence,
    });
  },
});

const secondLeave = defineCheck({
  id: 'leave/second-leave',
  requirements: ['LEV-1'],
  level: 'INFO',
  title: 'What a second Leave of the same interaction answers (recorded).',
  scenarios: [S],
  judge(ctx) {
    requireOperationStep(ctx, S, 'Leave');
    const ev = requireStep(ctx, S, 'leave-again');
    return record(`A second Leave answered ${answerText(ev)}.`, { evidence: [ev.seq] });
  },
});

/** LEV-2's checks judge what follows a Leave that succeeded. */
function left(ctx: CheckContext): string | undefined {
  const ev = requireOperationStep(ctx, S, 'Leave');
  return succeededOp(ev) ? undefined : `Leave did not succeed (${answerText(ev)}); see leave/left-chat.`;
}

const customerEvent = defineCheck({
  id: 'leave/customer-event-refused',
  requirements: ['LEV-2'],
  title: "Leave ends the customer's session: the control API then answers 409 to a customer event.",
  scenarios: [S],
  judge(ctx) {
    const not = left(ctx);
    return not ? skip(not) : customerEventRefused(ctx, 'LEV-2', S, 'Leave');
  },
});

const customerView = defineCheck({
  id: 'leave/customer-view-ended',
  requirements: ['LEV-2'],
  title: 'After Leave the optional customer view answers state ended.',
  scenarios: [S],
  judge(ctx) {
    const not = left(ctx);
    return not ? skip(not) : customerViewEnded(ctx, 'LEV-2', S, 'Leave');
  },
});

const completeAfter = defineCheck({
  id: 'leave/complete-after-leave',
  requirements: ['LEV-2'],
  title: 'After Leave a Complete still answers statusCode 0 and a StatusChange with state Completed follows.',
  scenarios: [S],
  judge(ctx) {
    const not = left(ctx);
    if (not) return skip(not);
    const ev = requireOperationStep(ctx, S, 'Complete');
    requireSuccess('LEV-2', ev);
    return endedIn(ctx, 'LEV-2', S, ev, 'Completed');
  },
});

const participantLeft = defineCheck({
  id: 'leave/participant-left',
  requirements: ['LEV-3'],
  title:
    "After Leave the agent's ParticipantLeft is added to the history (from.type Agent, the Accept nickname).",
  scenarios: [S],
  judge(ctx) {
    const not = left(ctx);
    if (not) return skip(not);
    const ev = requireOperationStep(ctx, S, 'Leave');
    const { nickname } = requireInteraction(ctx, S);
    const msgs = deliveredSince(ctx, S, ev.t).filter(
      (d) => (d.message as { type?: unknown }).type === 'ParticipantLeft',
    );
    const mine = msgs.find((d) => fromAgent(d.message) && senderOf(d.message)?.nickname === nickname);
    if (mine)
      return pass(`The agent's ParticipantLeft (${quote(nickname)}) was notified.`, {
        evidence: [ev.seq, mine.ev.seq],
      });
    return breach('LEV-3', "No NewMessages with the agent's ParticipantLeft followed the Leave.", {
      expected: `a ParticipantLeft with from {"type":"Agent","nickname":${quote(nickname)}}`,
      actual: msgs.length > 0 ? quote(msgs[0].message) : 'no ParticipantLeft notified after the Leave',
      evidence: [ev.seq, ...msgs.map((d) => d.ev.seq)],
      pointer: msgs.length > 0 ? '/from' : undefined,
    });
  },
});

export const LEV_CHECKS: Check[] = [
  leftChat,
  secondLeave,
  customerEvent,
  customerView,
  completeAfter,
  participantLeft,
];
