/** Messages after the Accept (MSG-3, MSG-4): each customer event delivered in order; indexes increase. */
import { isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { HttpEvent, ProducedMessage } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import { acceptFlow } from '../lib/flow';
import type { Check } from '../lib/framework';
import { type Delivered, delivered, neverArrived, senderOf } from '../lib/notifications';
import { breach, combine, error, pass, quote, skip } from '../lib/outcome';
import { requireInteraction } from '../lib/query';
import { brief } from './ntf-history';

const FLOW = SCENARIO.acceptFlow;
const indexOf = (m: unknown): unknown => (isObject(m) ? m.index : undefined);

/**
 * Which produced member the delivered message gets wrong, if any. TypingStarted and Notice may
 * leave their text out (typing preview off, a notice without text).
 */
function wrongContent(p: ProducedMessage, m: unknown): 'text' | 'url' | undefined {
  const got = isObject(m) ? m : {};
  const optionalText = p.type === 'TypingStarted' || p.type === 'Notice';
  if (p.text !== undefined && got.text !== p.text && !(optionalText && got.text === undefined)) return 'text';
  if (p.url !== undefined && got.url !== p.url) return 'url';
  return undefined;
}

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
    // The history of the Accept is NTF-5's: only later deliveries answer the produced events.
    const history = acceptFlow(ctx).history?.ev.seq;
    const msgs = delivered(ctx, it.id, it.customer).filter((d) => d.ev.seq !== history);
    const causeOf = (seq: number | undefined) =>
      ctx.trace.events.find((e): e is HttpEvent => e.kind === 'http' && e.seq === seq);
    const findings: Outcome[] = [];
    const senders: string[] = [];
    let cursor = -1;
    for (const p of after.filter((x) => x.status === 'produced')) {
      // The first later delivery of that type, preferring one with the produced content.
      const candidate = (d: Delivered, i: number) =>
        i > cursor && d.ev.t >= p.t && isObject(d.message) && d.message.type === p.type;
      const exact = msgs.findIndex((d, i) => candidate(d, i) && wrongContent(p, d.message) === undefined);
      const pos = exact >= 0 ? exact : msgs.findIndex(candidate);
      if (pos < 0) {
        const late = msgs.some((d) => d.ev.t >= p.t && isObject(d.message) && d.message.type === p.type);
        findings.push(
          late
            ? breach('MSG-3', `${p.type} was delivered out of the order produced.`, {
                evidence: msgs.filter((d) => d.ev.t >= p.t).map((d) => d.ev.seq),
                expected: after.map((x) => x.type).join(', '),
                actual: msgs
                  .filter((d) => d.ev.t >= p.t)
                  .map((d) => brief(d.message))
                  .join(', '),
              })
            : neverArrived(
                ctx,
                'MSG-3',
                FLOW,
                `A NewMessages with the customer's ${p.type}`,
                causeOf(p.seq),
                p.type,
              ),
        );
        continue;
      }
      cursor = pos;
      const m = msgs[pos].message as Record<string, unknown>;
      const from = senderOf(m);
      const evidence = [...(p.seq !== undefined ? [p.seq] : []), msgs[pos].ev.seq];
      const wrong = wrongContent(p, m);
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
    if (msgs.length === 0)
      return neverArrived(ctx, 'MSG-4', FLOW, `A NewMessages for ${it.id}`, undefined, 'history');
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

export const MSG_AFTER_CHECKS: Check[] = [afterAccept, indexes];
