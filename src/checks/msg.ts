/** Messages (MSG-1..4): the GET list, message schemas, events after the Accept, indexes. */
import { historyOf, isObject } from '../protocol';
import { SCENARIO } from '../scenarios/names';
import type { HttpEvent } from '../trace/types';
import { validate } from '../validate';
import type { Outcome } from '../verdict';
import { defineCheck } from './define';
import type { Check } from './framework';
import { brief } from './ntf-history';
import { breach, combine, error, issuesText, pass, quote, skip } from './outcome';
import {
  answerText,
  bodyOf,
  delivered,
  httpSteps,
  label,
  neverArrived,
  received,
  requireInteraction,
  requireScenario,
  requireStep,
  senderOf,
} from './query';

const FLOW = SCENARIO.acceptFlow;
const indexOf = (m: unknown): unknown => (isObject(m) ? m.index : undefined);

/** Whether `got` (from the list) agrees with `sent` (delivered): same index, type, sender and text/url. */
function differs(sent: Record<string, unknown>, got: unknown): string | undefined {
  if (!isObject(got)) return 'missing';
  for (const k of ['type', 'text', 'url'] as const) {
    if (sent[k] !== got[k]) return `${k} ${quote(got[k])} instead of ${quote(sent[k])}`;
  }
  const a = senderOf(sent);
  const b = senderOf(got);
  if (a?.type !== b?.type || a?.nickname !== b?.nickname)
    return `sender ${quote(got.from)} instead of ${quote(sent.from)}`;
  return undefined;
}

const list = defineCheck({
  id: 'messages/list',
  requirements: ['MSG-1'],
  title:
    'GET /api/v2/me/{collection}/{id}/messages answers statusCode 0 with every message delivered so far (same index, type, sender, text).',
  scenarios: [FLOW],
  judge(ctx) {
    const it = requireInteraction(ctx, FLOW);
    const steps = ['messages', 'messages-after'].map((s) => requireStep(ctx, FLOW, s));
    const all = delivered(ctx, it.id, it.customer);
    const findings: Outcome[] = [];
    for (const ev of steps) {
      const body = bodyOf(ev, 'MSG-1');
      // Message-level issues are MSG-2's; this check judges the list itself.
      const issues = validate('responses/messages', body).filter((i) => !i.pointer.startsWith('/messages/'));
      if (issues.length > 0 || body.statusCode !== 0 || !Array.isArray(body.messages)) {
        findings.push(
          breach('MSG-1', `${label(ev)} did not answer a message list: ${issuesText(issues)}`, {
            expected: '{"statusCode":0,"messages":[...]}',
            actual: answerText(ev),
            evidence: [ev.seq],
            pointer: issues[0]?.pointer,
          }),
        );
        continue;
      }
      const listed = body.messages as unknown[];
      for (const d of all.filter((x) => x.ev.t < ev.t && isObject(x.message) && indexOf(x.message) !== -1)) {
        const sent = d.message as Record<string, unknown>;
        const got = listed.find((m) => indexOf(m) === sent.index);
        const why = differs(sent, got);
        if (why !== undefined) {
          findings.push(
            breach('MSG-1', `${label(ev)}: delivered message ${brief(sent)} is ${why} in the list.`, {
              expected: quote(sent),
              actual: got === undefined ? `indexes ${quote(listed.map(indexOf))}` : quote(got),
              evidence: [d.ev.seq, ev.seq],
              pointer: '/messages',
            }),
          );
          break;
        }
      }
    }
    return combine(findings, pass(`Both lists agree with the ${all.length} delivered message(s).`));
  },
});

const schema = defineCheck({
  id: 'messages/schema',
  requirements: ['MSG-2'],
  title:
    'Every message validates against the schema of its type (index, type, from, visibility, timestamp; text, url).',
  scenarios: [FLOW],
  judge(ctx) {
    requireScenario(ctx, FLOW);
    const items: { m: unknown; seq: number; pointer: string }[] = [];
    for (const r of received(ctx, 'A')) {
      const h = historyOf(r.data, ctx.channel);
      for (const [i, m] of (h?.messages ?? []).entries())
        items.push({ m, seq: r.ev.seq, pointer: `/messages/${i}` });
    }
    for (const ev of httpSteps(ctx, FLOW, (s) => s.startsWith('messages') || s.startsWith('page:'))) {
      const json = ev.response?.json;
      if (isObject(json) && Array.isArray(json.messages)) {
        for (const [i, m] of json.messages.entries())
          items.push({ m, seq: ev.seq, pointer: `/messages/${i}` });
      }
    }
    if (items.length === 0) {
      return breach('MSG-2', 'No message was delivered or listed.', { expected: 'messages', actual: 'none' });
    }
    const findings: Outcome[] = [];
    for (const { m, seq, pointer } of items) {
      const issues = validate('messages/message', m);
      if (issues.length > 0) {
        findings.push(
          breach('MSG-2', `Message ${brief(m)} does not validate: ${issuesText(issues)}`, {
            expected: `a valid ${isObject(m) ? String(m.type) : ''} message`,
            actual: quote(m),
            evidence: [seq],
            pointer: `${pointer}${issues[0].pointer}`,
          }),
        );
      }
    }
    return combine(findings, pass(`${items.length} message(s) validate.`));
  },
});

const CUSTOMER_SENT = new Set([
  'Text',
  'TypingStarted',
  'TypingStopped',
  'PushUrl',
  'ParticipantLeft',
  'ParticipantRejoined',
]);

const afterAccept = defineCheck({
  id: 'messages/after-accept',
  requirements: ['MSG-3'],
  title:
    'Each customer-side event after the Accept is delivered as NewMessages with the right type, content and sender, in the order produced.',
  scenarios: [FLOW],
  judge(ctx) {
    const it = requireInteraction(ctx, FLOW);
    const after = it.rec.facts.after ?? [];
    if (after.length === 0)
      return error(`${FLOW}: ${it.rec.reason ?? 'no customer event was produced after the Accept'}`);
    const unsupported = after.filter((p) => p.status === 'unsupported').map((p) => p.type);
    const refused = after.filter((p) => p.status === 'refused').map((p) => p.type);
    if (refused.length > 0)
      return error(`The driver could not produce ${refused.join(', ')} (control API refused).`);
    if (unsupported.length === after.length) {
      return skip(`The target's control API cannot produce any of: ${unsupported.join(', ')}.`);
    }
    const msgs = delivered(ctx, it.id, it.customer);
    const causeOf = (seq: number | undefined) =>
      ctx.trace.events.find((e): e is HttpEvent => e.kind === 'http' && e.seq === seq);
    const findings: Outcome[] = [];
    const senders: string[] = [];
    let cursor = -1;
    for (const p of after.filter((x) => x.status === 'produced')) {
      const pos = msgs.findIndex(
        (d, i) => i > cursor && d.ev.t >= p.t && isObject(d.message) && d.message.type === p.type,
      );
      if (pos < 0) {
        const late = msgs.some((d) => d.ev.t >= p.t && isObject(d.message) && d.message.type === p.type);
        findings.push(
          late
            ? breach('MSG-3', `${p.type} was delivered out of the order produced.`, {
                expected: after.map((x) => x.type).join(', '),
                actual: msgs
                  .filter((d) => d.ev.t >= p.t)
                  .map((d) => brief(d.message))
                  .join(', '),
              })
            : neverArrived(ctx, 'MSG-3', FLOW, `A NewMessages with the customer's ${p.type}`, causeOf(p.seq)),
        );
        continue;
      }
      cursor = pos;
      const m = msgs[pos].message as Record<string, unknown>;
      const from = senderOf(m);
      const evidence = [...(p.seq !== undefined ? [p.seq] : []), msgs[pos].ev.seq];
      const optionalText = p.type === 'TypingStarted' || p.type === 'Notice';
      const wrong =
        (p.text !== undefined && m.text !== p.text && !(optionalText && m.text === undefined) && 'text') ||
        (p.url !== undefined && m.url !== p.url && 'url') ||
        undefined;
      if (wrong) {
        findings.push(
          breach('MSG-3', `The delivered ${p.type} carries the wrong ${wrong}.`, {
            expected: quote(p[wrong]),
            actual: quote(m),
            evidence,
            pointer: `/${wrong}`,
          }),
        );
      }
      if (CUSTOMER_SENT.has(p.type) && (from?.type !== 'Customer' || from.nickname !== it.customer)) {
        findings.push(
          breach('MSG-3', `The delivered ${p.type} is not from the customer.`, {
            expected: `"from":{"type":"Customer","nickname":${quote(it.customer)}}`,
            actual: quote(m.from),
            evidence,
            pointer: '/from',
          }),
        );
      } else if (!CUSTOMER_SENT.has(p.type))
        senders.push(`${p.type} from ${String(from?.type)} ${quote(from?.nickname)}`);
    }
    const tail = [
      unsupported.length > 0 ? `not producible (skipped): ${unsupported.join(', ')}` : '',
      senders.length > 0 ? `sender chosen: ${senders.join(', ')}` : '',
    ].filter(Boolean);
    const done = after.length - unsupported.length;
    return combine(
      findings,
      pass(`${done} event(s) delivered in order${tail.length ? `; ${tail.join('; ')}` : ''}.`),
    );
  },
});

const indexes = defineCheck({
  id: 'messages/index-order',
  requirements: ['MSG-4'],
  title:
    'Message indexes are integers that strictly increase in delivery order; only TranscriptSaveDone uses -1.',
  scenarios: [FLOW],
  judge(ctx) {
    const it = requireInteraction(ctx, FLOW);
    const msgs = delivered(ctx, it.id, it.customer);
    if (msgs.length === 0) return neverArrived(ctx, 'MSG-4', FLOW, `A NewMessages for ${it.id}`);
    let last = Number.NEGATIVE_INFINITY;
    for (const d of msgs) {
      const m = isObject(d.message) ? d.message : {};
      const extra = { actual: brief(d.message), evidence: [d.ev.seq] };
      if (!Number.isInteger(m.index)) {
        return breach('MSG-4', `A delivered message has index ${quote(m.index)}.`, {
          expected: 'an integer index',
          ...extra,
        });
      }
      const index = m.index as number;
      if (m.type === 'TranscriptSaveDone' && index === -1) continue;
      if (index === -1) {
        return breach('MSG-4', `A ${String(m.type)} message uses index -1.`, {
          expected: 'index -1 only on TranscriptSaveDone',
          ...extra,
        });
      }
      if (index <= last) {
        return breach('MSG-4', `Index ${index} was delivered after index ${last}.`, {
          expected: `an index above ${last}`,
          ...extra,
        });
      }
      last = index;
    }
    return pass(
      `${msgs.length} delivered message(s), indexes increasing: ${msgs.map((d) => indexOf(d.message)).join(', ')}.`,
    );
  },
});

export const MSG_CHECKS: Check[] = [list, schema, afterAccept, indexes];
