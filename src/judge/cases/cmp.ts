/**
 * Complete (CMP-1..4): its answer and Completed, the customer's session ending, what GET and the
 * list answer afterwards (and never Chatting: RES-1), Complete with text on chat.
 */
import { isObject } from '../../model/protocol';
import { LIFECYCLE_VALUES, SCENARIO } from '../../model/scenarios';
import { customerEventRefused, customerViewEnded } from '../lib/customer';
import { defineCheck } from '../lib/define';
import type { Check } from '../lib/framework';
import { fromAgent, requireOperationStep, requireSuccess, requireView, succeededOp } from '../lib/lifecycle';
import { endedIn } from '../lib/lifecycle-flow';
import { breach, pass, quote, record, skip } from '../lib/outcome';
import { answerText, bodyOf, label, requireInteraction, requireStep } from '../lib/query';
import { servedCollection } from '../lib/spelling';

const S = SCENARIO.complete;

const success = defineCheck({
  id: 'complete/success',
  requirements: ['CMP-1'],
  title:
    'Complete of a Chatting interaction answers statusCode 0 and a StatusChange with state Completed follows.',
  scenarios: [S],
  judge(ctx) {
    const ev = requireOperationStep(ctx, S, 'Complete');
    requireSuccess('CMP-1', ev);
    return endedIn(ctx, 'CMP-1', S, ev, 'Completed');
  },
});

/** CMP-2's checks judge the customer side only after a Complete that succeeded. */
function completed(ctx: Parameters<Check['judge']>[0]): string | undefined {
  const ev = requireOperationStep(ctx, S, 'Complete');
  return succeededOp(ev) ? undefined : `Complete did not succeed (${answerText(ev)}); see complete/success.`;
}

const customerEvent = defineCheck({
  id: 'complete/customer-event-refused',
  requirements: ['CMP-2'],
  title: "Complete ends the customer's session: the control API then answers 409 to a customer event.",
  scenarios: [S],
  judge(ctx) {
    const not = completed(ctx);
    return not ? skip(not) : customerEventRefused(ctx, 'CMP-2', S, 'Complete');
  },
});

const customerView = defineCheck({
  id: 'complete/customer-view-ended',
  requirements: ['CMP-2'],
  title: 'After Complete the optional customer view answers state ended.',
  scenarios: [S],
  judge(ctx) {
    const not = completed(ctx);
    return not ? skip(not) : customerViewEnded(ctx, 'CMP-2', S, 'Complete');
  },
});

/** The interaction's entry in a list answer, if listed. */
function listed(
  body: Record<string, unknown>,
  collection: string,
  id: string,
): Record<string, unknown> | undefined {
  const items = Array.isArray(body[collection]) ? (body[collection] as unknown[]) : [];
  return items.find((x): x is Record<string, unknown> => isObject(x) && x.id === id);
}

const afterwards = defineCheck({
  id: 'complete/afterwards',
  requirements: ['CMP-3'],
  title: 'What GET of a completed interaction answers, and whether the list still shows it (recorded).',
  scenarios: [S],
  judge(ctx) {
    const { id } = requireInteraction(ctx, S);
    const get = requireStep(ctx, S, 'get');
    const list = requireStep(ctx, S, 'list');
    const body = list.response?.json;
    const item = isObject(body) ? listed(body, servedCollection(ctx).collection, id) : undefined;
    const inList = item ? `still listed with state ${quote(item.state)}` : 'no longer listed';
    return record(`After Complete, GET answered ${answerText(get)}; the interaction is ${inList}.`, {
      evidence: [get.seq, list.seq],
    });
  },
});

const notChatting = defineCheck({
  id: 'complete/not-listed-chatting',
  requirements: ['RES-1'],
  title: 'A completed interaction is never listed as Chatting.',
  scenarios: [S],
  judge(ctx) {
    const { id } = requireInteraction(ctx, S);
    const not = completed(ctx);
    if (not) return skip(not);
    const list = requireStep(ctx, S, 'list');
    const coll = servedCollection(ctx).collection;
    const item = listed(bodyOf(list, 'RES-1'), coll, id);
    if (item?.state === 'Chatting') {
      return breach('RES-1', `${label(list)} lists ${id} as Chatting after its Complete.`, {
        expected: 'not listed, or listed with another state',
        actual: quote(item),
        evidence: [list.seq],
        pointer: `/${coll}`,
      });
    }
    return pass(
      `After Complete the list ${item ? `shows ${id} as ${quote(item.state)}` : `no longer shows ${id}`}.`,
      {
        evidence: [list.seq],
      },
    );
  },
});

const withText = defineCheck({
  id: 'complete/text',
  requirements: ['CMP-4'],
  title:
    'Complete with text is accepted and the text reaches the customer (optional customer view) before the session ends.',
  scenarios: [SCENARIO.completeText],
  judge(ctx) {
    const spec = ctx.channel.lifecycle.operations.Complete;
    if (!spec?.params.some((p) => p.name === 'text'))
      return skip(
        `Complete with text is not documented on ${ctx.channel.name} (LIFECYCLE.md's operation table has no ✓)`,
      );
    const ev = requireStep(ctx, SCENARIO.completeText, 'Complete');
    requireSuccess('CMP-4', ev);
    const view = requireView(ctx, SCENARIO.completeText);
    const text = LIFECYCLE_VALUES.completeText;
    const shown = view.transcript.some((m) => m.type === 'Text' && m.text === text && fromAgent(m));
    if (shown)
      return pass(`Complete with text was accepted and the customer saw ${quote(text)}.`, {
        evidence: [ev.seq],
      });
    return breach('CMP-4', "Complete's text never reached the customer.", {
      expected: `a Text ${quote(text)} from the agent in the customer view's transcript`,
      actual: quote(view.transcript),
      evidence: [ev.seq],
      pointer: '/transcript',
    });
  },
});

export const CMP_CHECKS: Check[] = [success, customerEvent, customerView, afterwards, notChatting, withText];
