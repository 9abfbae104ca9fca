/** Notifications after Accept, the history (NTF-5, NTF-8): complete up to the agent joining, linked by URI. */
import { isObject } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import { acceptFlow } from '../lib/flow';
import type { Check, CheckContext } from '../lib/framework';
import { neverArrived, senderOf, uriForm } from '../lib/notifications';
import { breach, pass, quote } from '../lib/outcome';

/** `ParticipantJoined(Customer PersonP)`, `Text "Hello"`: a message in a few words. */
export function brief(m: unknown): string {
  if (!isObject(m)) return quote(m, 40);
  const from = senderOf(m);
  const who = from ? `(${String(from.type)} ${String(from.nickname)})` : '';
  const text = typeof m.text === 'string' ? ` ${quote(m.text, 30)}` : '';
  return `${String(m.index)}:${String(m.type)}${who}${text}`;
}

/** The history notification never came: a breach of `req`, quoting the drive side's timeout note. */
function historyMissing(ctx: CheckContext, f: ReturnType<typeof acceptFlow>, req: RequirementId): Outcome {
  return neverArrived(ctx, req, f.scenario, `The history NewMessages for ${f.id}`, f.accept, 'history');
}

const complete = defineCheck({
  id: 'history/complete',
  requirements: ['NTF-5'],
  title:
    "A MessageLogUpdated/NewMessages carries the complete history up to the agent joining: the customer's ParticipantJoined, the earlier messages in order, the agent's ParticipantJoined.",
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const h = f.history;
    if (h === undefined) return historyMissing(ctx, f, 'NTF-5');
    const msgs = h.h.messages.filter(isObject);
    const before = (f.rec.facts.before ?? []).filter((p) => p.status === 'produced');
    const expected = [
      `ParticipantJoined(Customer ${f.customer ?? '…'})`,
      ...before.map((p) => `${p.type}${p.text !== undefined ? ` ${quote(p.text)}` : ''}`),
      `ParticipantJoined(Agent ${f.nickname ?? '…'})`,
    ].join(', ');
    const fail = (message: string, pointer?: string) =>
      breach('NTF-5', message, {
        expected,
        actual: msgs.map(brief).join(', ') || '[]',
        evidence: [f.accept.seq, h.ev.seq],
        pointer,
      });
    // Extra messages the suite did not cause may come anywhere (General rule): the documented
    // ones must appear in this order, each after the previous one.
    const joined = (type: string, nickname: string | undefined) => (m: Record<string, unknown>) =>
      m.type === 'ParticipantJoined' &&
      senderOf(m)?.type === type &&
      (nickname === undefined || senderOf(m)?.nickname === nickname);
    const steps = [
      { what: "the customer's ParticipantJoined", ok: joined('Customer', f.customer) },
      ...before.map((p) => ({
        what: `the customer's ${p.type}${p.text ? ` ${quote(p.text)}` : ''}`,
        ok: (m: Record<string, unknown>) => m.type === p.type && (p.text === undefined || m.text === p.text),
      })),
      {
        what: `the agent's ParticipantJoined${f.nickname ? ` with nickname ${quote(f.nickname)}` : ''}`,
        ok: joined('Agent', f.nickname),
      },
    ];
    let at = 0;
    for (const step of steps) {
      const found = msgs.findIndex((m, i) => i >= at && step.ok(m));
      if (found < 0) return fail(`The history lacks ${step.what} (or has it out of order).`);
      at = found + 1;
    }
    return pass(`History of ${msgs.length} messages: ${msgs.map(brief).join(', ')}.`, {
      evidence: [h.ev.seq],
    });
  },
});

const uriKey = defineCheck({
  id: 'history/uri-key',
  requirements: ['NTF-8'],
  title: "The history notification carries the channel's history key, whose value is the interaction's URI.",
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const h = f.history;
    if (h === undefined) return historyMissing(ctx, f, 'NTF-8');
    const key = ctx.channel.historyKey;
    const evidence = [h.ev.seq];
    const value = h.data[key];
    if (typeof value !== 'string') {
      const other = h.h.key !== undefined ? ` (only ${h.h.key})` : ' (matched by the customer nickname)';
      return breach('NTF-8', `The history notification has no ${key}${other}.`, {
        expected: `"${key}":"…/${ctx.channel.collection}/${f.id}"`,
        actual: quote(h.data),
        evidence,
        pointer: `/${key}`,
      });
    }
    const form = uriForm(ctx, value, f.id);
    if (form === 'bad') {
      return breach('NTF-8', `${key} does not end with /${ctx.channel.collection}/${f.id}.`, {
        expected: `"${key}":"…/${ctx.channel.collection}/${f.id}"`,
        actual: quote(value),
        evidence,
        pointer: `/${key}`,
      });
    }
    // A URI variant is reported once, under the requirement the variants table names (NTF-1).
    const noted =
      form === 'ok' ? '' : ` (the documented variant ${form.value}, reported under ${form.requirement})`;
    return pass(`${key}: ${quote(value)}${noted}.`, { evidence });
  },
});

export const NTF_HISTORY_CHECKS: Check[] = [complete, uriKey];
