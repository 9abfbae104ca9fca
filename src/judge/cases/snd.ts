/**
 * Agent messages (SND-1..6): each operation gives its message from the agent, after every earlier
 * index; the messages are listed afterwards and (optional customer view) reach the customer.
 */
import { canonical, isObject } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import { type AgentMessageOp, SCENARIO, LIFECYCLE_VALUES as V } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import {
  fromAgent,
  operationSteps,
  requireOperationStep,
  requireSucceeded,
  requireSuccess,
  requireView,
  succeededOp,
} from '../lib/lifecycle';
import { delivered, neverArrived, senderOf } from '../lib/notifications';
import { breach, combine, detail, Halt, pass, quote, skip } from '../lib/outcome';
import { bodyOf, httpSteps, label, requireInteraction, requireStep } from '../lib/query';
import { operationVariants } from '../lib/spelling';

const S = SCENARIO.agentMessages;

/** What each agent-message operation must give: its type, and the member carrying the content. */
const GIVES: Record<AgentMessageOp, { type: string; member?: string; value?: string }> = {
  SendMessage: { type: 'Text', member: 'text', value: V.text },
  SendUrl: { type: 'PushUrl', member: 'url', value: V.url },
  SendStartTypingNotification: { type: 'TypingStarted' },
  SendStopTypingNotification: { type: 'TypingStopped' },
  SendCustomNotice: { type: 'CustomNotice', member: 'noticeText', value: V.noticeText },
};

/** The operation answered as its requirement says, then its message came from the agent, as SND-1 says. */
function judgeSent(ctx: CheckContext, req: RequirementId, op: AgentMessageOp): Outcome {
  const ev = requireOperationStep(ctx, S, op);
  if (ctx.channel.lifecycle.operations[op]?.namesStatusCode) requireSuccess(req, ev);
  else requireSucceeded(ev);
  const { type, member, value } = GIVES[op];
  const { id, customer, nickname } = requireInteraction(ctx, S);
  const all = delivered(ctx, id, customer);
  const same = all.filter(
    (d) =>
      d.ev.t >= ev.t &&
      isObject(d.message) &&
      d.message.type === type &&
      (member === undefined || d.message[member] === value),
  );
  const what = `a ${type}${member ? ` whose ${member} is ${quote(value)}` : ''}`;
  const found = same.find((d) => fromAgent(d.message));
  if (!found) {
    if (same.length > 0)
      return breach(req, `${op} gave ${what}, but not from the agent.`, {
        expected: 'from.type "Agent"',
        actual: quote(same[0].message),
        evidence: [ev.seq, same[0].ev.seq],
        pointer: '/from/type',
      });
    return neverArrived(ctx, req, S, `A NewMessages with ${what} from the agent after ${op}`, ev, type);
  }
  const m = found.message as Record<string, unknown>;
  const evidence = [ev.seq, found.ev.seq];
  const earlier = all.slice(0, all.indexOf(found)).map((d) => (d.message as { index?: unknown }).index);
  const top = Math.max(-1, ...earlier.filter((i): i is number => typeof i === 'number'));
  if (typeof m.index !== 'number' || m.index <= top)
    return breach(
      req,
      `The agent's ${type} has index ${quote(m.index)}, not above every earlier one (${top}).`,
      {
        expected: `an index above ${top}`,
        actual: quote(m),
        evidence,
        pointer: '/index',
      },
    );
  // The page's collection or history key, where the rest of the run used the reconciled one.
  const findings: Outcome[] = operationVariants(ctx, op, ev, {
    field: 'historyKey',
    key: found.key,
    usualKey: all[0]?.key,
    seq: found.ev.seq,
  });
  if (senderOf(m)?.nickname !== nickname)
    findings.push(
      detail(
        req,
        `The agent's ${type} is from ${quote(senderOf(m)?.nickname)}; it SHOULD be the Accept nickname.`,
        {
          expected: `from.nickname ${quote(nickname)}`,
          actual: quote(m),
          evidence,
          pointer: '/from/nickname',
        },
      ),
    );
  if (m.visibility !== 'All')
    findings.push(
      detail(req, `The agent's ${type} has visibility ${quote(m.visibility)}; it SHOULD be "All".`, {
        expected: 'visibility "All"',
        actual: quote(m),
        evidence,
        pointer: '/visibility',
      }),
    );
  return combine(findings, pass(`${op} gave ${what} from the agent, index ${m.index}.`, { evidence }));
}

/** judgeSent, its Halt as an outcome (for a check over two operations). */
function attempt(judge: () => Outcome): Outcome {
  try {
    return judge();
  } catch (e) {
    if (e instanceof Halt) return e.outcome;
    throw e;
  }
}

const sentCheck = (id: string, req: RequirementId, op: AgentMessageOp, title: string) =>
  defineCheck({ id, requirements: [req], title, scenarios: [S], judge: (ctx) => judgeSent(ctx, req, op) });

const text = sentCheck(
  'send/text',
  'SND-1',
  'SendMessage',
  'SendMessage {"text": T} answers statusCode 0 and a NewMessages follows with a Text T from the agent, index above every earlier one (SHOULD: the Accept nickname, visibility All).',
);
const url = sentCheck(
  'send/url',
  'SND-2',
  'SendUrl',
  'SendUrl {"url": U} gives a PushUrl whose url is U, from the agent, as SND-1.',
);
const notice = sentCheck(
  'send/custom-notice',
  'SND-4',
  'SendCustomNotice',
  'SendCustomNotice {"noticeText": N} gives a CustomNotice whose noticeText is N, from the agent.',
);

const typing = defineCheck({
  id: 'send/typing',
  requirements: ['SND-3'],
  title:
    'SendStartTypingNotification and SendStopTypingNotification give TypingStarted and TypingStopped from the agent, as SND-1.',
  scenarios: [S],
  judge(ctx) {
    const outcomes = (['SendStartTypingNotification', 'SendStopTypingNotification'] as const).map((op) =>
      attempt(() => judgeSent(ctx, 'SND-3', op)),
    );
    const skipped = outcomes.find((o) => o.verdict === 'skip');
    if (skipped && outcomes.every((o) => o.verdict === 'skip' || o.verdict === 'pass')) return skipped;
    return combine(
      outcomes.filter((o) => o.verdict !== 'pass'),
      pass(outcomes.map((o) => o.message).join(' ')),
    );
  },
});

/** The content that identifies a message: its type and text, url or noticeText. */
const content = (m: unknown) =>
  isObject(m) ? canonical({ type: m.type, text: m.text, url: m.url, noticeText: m.noticeText }) : 'none';

const listed = defineCheck({
  id: 'send/listed',
  requirements: ['SND-5'],
  title: 'The messages the agent sent are in GET …/messages afterwards.',
  scenarios: [S],
  judge(ctx) {
    const first = operationSteps(ctx).find((s) => s.ev.scenario === S);
    if (!first) return skip('no agent message was sent on this channel');
    const get = requireStep(ctx, S, 'messages');
    const body = bodyOf(get, 'SND-5');
    const list = Array.isArray(body.messages) ? body.messages : [];
    const { id, customer } = requireInteraction(ctx, S);
    const sent = delivered(ctx, id, customer).filter(
      (d) => d.ev.t >= first.ev.t && d.ev.t < get.t && fromAgent(d.message),
    );
    if (sent.length === 0)
      return skip('no agent message was notified to compare with the list (see send/text)');
    const have = new Set(list.map(content));
    const missing = sent.filter((d) => !have.has(content(d.message)));
    if (missing.length > 0)
      return breach(
        'SND-5',
        `${label(get)} does not list ${missing.length} of the ${sent.length} agent message(s) notified.`,
        {
          expected: `the agent's ${missing.map((d) => (d.message as { type?: unknown }).type).join(', ')} in messages`,
          actual: quote(list),
          evidence: [get.seq, ...missing.map((d) => d.ev.seq)],
          pointer: '/messages',
        },
      );
    return pass(`${label(get)} lists all ${sent.length} agent message(s) notified.`, { evidence: [get.seq] });
  },
});

const customerSees = defineCheck({
  id: 'send/customer-view',
  requirements: ['SND-6'],
  title:
    'With the optional customer view, the customer sees each agent Text and PushUrl with the same content and in the same order.',
  scenarios: [S],
  judge(ctx) {
    const sent = (['SendMessage', 'SendUrl'] as const)
      .flatMap((op) =>
        httpSteps(ctx, S, op)
          .filter(succeededOp)
          .map(() => GIVES[op]),
      )
      .map((g) => canonical({ type: g.type, [g.member!]: g.value }));
    if (sent.length === 0) return skip('no agent Text or PushUrl was sent successfully (see send/text)');
    const view = requireView(ctx, S);
    const seen = view.transcript
      .filter((m) => fromAgent(m) && (m.type === 'Text' || m.type === 'PushUrl'))
      .map((m) =>
        canonical(m.type === 'Text' ? { type: m.type, text: m.text } : { type: m.type, url: m.url }),
      );
    if (canonical(seen) === canonical(sent))
      return pass(`The customer saw the agent's ${sent.length} message(s) in order.`);
    return breach('SND-6', "The customer view does not show the agent's Text and PushUrl as sent.", {
      expected: `[${sent.join(',')}]`,
      actual: `[${seen.join(',')}]`,
      pointer: '/transcript',
    });
  },
});

export const SND_CHECKS: Check[] = [text, url, typing, notice, listed, customerSees];
