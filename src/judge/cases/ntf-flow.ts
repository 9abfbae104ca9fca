/** Notifications after Accept, the flow (NTF-1, NTF-6, NTF-7): which arrive, in what order, how fast, once. */
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import { type AcceptFlow, acceptFlow } from '../lib/flow';
import type { Check, CheckContext } from '../lib/framework';
import {
  canonical,
  histories,
  isStatusChange,
  neverArrived,
  type Received,
  stateChanges,
  uriForm,
} from '../lib/notifications';
import { breach, combine, fromVariant, pass, quote } from '../lib/outcome';

/** The Chatting StatusChange, or the outcome (a breach of `req`) saying why there is none. */
export function chattingOrMissing(ctx: CheckContext, f: AcceptFlow, req: 'NTF-1' | 'NTF-2' | 'NTF-3') {
  if (f.chatting !== undefined) return f.chatting;
  const other = f.after.find(isStatusChange);
  if (other !== undefined) {
    return breach(
      req,
      `After the Accept the StatusChange for ${f.id} has state ${quote(other.sc.resource.state)}, not Chatting.`,
      {
        expected: '"state":"Chatting"',
        actual: quote(other.data),
        evidence: [f.accept.seq, other.ev.seq],
        pointer: `/${other.sc.key}/state`,
      },
    );
  }
  return neverArrived(ctx, req, f.scenario, `A StatusChange to Chatting for ${f.id}`, f.accept, 'Chatting');
}

const chatting = defineCheck({
  id: 'accept/chatting-notification',
  requirements: ['NTF-1'],
  title:
    "After Accept a StatusChange arrives with state Chatting, the channel's messageType and resource key, and a uri ending /{collection}/{id}.",
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const c = chattingOrMissing(ctx, f, 'NTF-1');
    if ('verdict' in c) return c;
    const { sc } = c;
    const row = ctx.channel;
    const evidence = [f.accept.seq, c.ev.seq];
    const findings: Outcome[] = sc.variants.map((v) =>
      fromVariant(v, v.field === 'resourceKey' ? 'The resource member' : 'The messageType', {
        evidence,
        pointer: v.field === 'resourceKey' ? `/${sc.key}` : '/messageType',
      }),
    );
    if (sc.messageType !== row.messageType && !sc.variants.some((v) => v.field === 'messageType')) {
      findings.push(
        breach('NTF-1', `The Chatting StatusChange has messageType ${quote(sc.messageType)}.`, {
          expected: JSON.stringify(row.messageType),
          actual: quote(sc.messageType),
          evidence,
          pointer: '/messageType',
        }),
      );
    }
    const form = uriForm(ctx, sc.resource.uri, f.id);
    if (form === 'bad') {
      findings.push(
        breach('NTF-1', `The Chatting resource's uri does not end with /${row.collection}/${f.id}.`, {
          expected: `"uri":"…/${row.collection}/${f.id}"`,
          actual: quote(sc.resource.uri),
          evidence,
          pointer: `/${sc.key}/uri`,
        }),
      );
    } else if (form !== 'ok') {
      findings.push(fromVariant(form, 'The resource uri', { evidence, pointer: `/${sc.key}/uri` }));
    }
    return combine(
      findings,
      pass(
        `StatusChange(Chatting) for ${f.id}: ${row.messageType}, key ${row.resourceKey}, uri ${quote(sc.resource.uri)}.`,
        {
          evidence,
        },
      ),
    );
  },
});

const NAMES = ['StatusChange(Chatting)', 'ParticipantsUpdated', 'NewMessages (history)'] as const;
/** What the drive side's timeout note names for each (see neverArrived). */
const HINTS = ['Chatting', 'ParticipantsUpdated', 'history'] as const;
const three = (f: AcceptFlow): (Received | undefined)[] => [f.chatting, f.participants, f.history];

const order = defineCheck({
  id: 'accept/notification-order',
  requirements: ['NTF-6'],
  title:
    'StatusChange(Chatting) comes before ParticipantsUpdated, which comes before the history NewMessages.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const got = three(f);
    const absent = NAMES.filter((_, i) => got[i] === undefined);
    if (absent.length > 0) {
      const hint = HINTS[got.indexOf(undefined)];
      return neverArrived(ctx, 'NTF-6', f.scenario, `${absent.join(' and ')} for ${f.id}`, f.accept, hint);
    }
    const seqs = got.map((r) => r!.ev.seq);
    if (!(seqs[0] < seqs[1] && seqs[1] < seqs[2])) {
      const actual = NAMES.map((n, i) => ({ n, s: seqs[i] }))
        .sort((a, b) => a.s - b.s)
        .map((x) => x.n)
        .join(' < ');
      return breach('NTF-6', 'The Accept notifications arrived out of order.', {
        expected: NAMES.join(' < '),
        actual,
        evidence: seqs,
      });
    }
    return pass(NAMES.join(' < '), { evidence: seqs });
  },
});

const timing = defineCheck({
  id: 'accept/notification-timing',
  requirements: ['NTF-7'],
  title:
    'Each Accept notification arrives within the timeout of the Accept request, and none is delivered twice.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const f = acceptFlow(ctx);
    const limit = ctx.trace.timeoutMs;
    const findings: Outcome[] = [];
    const delays: string[] = [];
    three(f).forEach((r, i) => {
      if (r === undefined) {
        findings.push(neverArrived(ctx, 'NTF-7', f.scenario, `${NAMES[i]} for ${f.id}`, f.accept, HINTS[i]));
        return;
      }
      const ms = Math.round(r.ev.t - f.accept.t);
      delays.push(`${NAMES[i]} ${ms} ms`);
      if (ms > limit) {
        findings.push(
          breach('NTF-7', `${NAMES[i]} arrived ${ms} ms after the Accept request (timeout ${limit} ms).`, {
            expected: `within ${limit} ms`,
            actual: `${ms} ms`,
            evidence: [f.accept.seq, r.ev.seq],
          }),
        );
      }
    });
    for (const r of [f.chatting, f.participants]) {
      if (r === undefined) continue;
      const same = stateChanges(ctx, f.id).filter(
        (x) =>
          x.sc.notificationType === r.sc.notificationType &&
          canonical(x.sc.resource) === canonical(r.sc.resource),
      );
      if (same.length > 1) {
        findings.push(
          breach(
            'NTF-7',
            `${String(r.sc.notificationType)} for ${f.id} was delivered ${same.length} times.`,
            {
              expected: 'delivered once',
              actual: quote(r.data),
              evidence: same.map((x) => x.ev.seq),
            },
          ),
        );
      }
    }
    const seen = new Map<number, number>();
    for (const h of histories(ctx, f.id, f.customer)) {
      for (const m of h.h.messages) {
        const index = (m as { index?: unknown }).index;
        if (typeof index !== 'number' || index === -1) continue;
        if (seen.has(index)) {
          findings.push(
            breach('NTF-7', `Message index ${index} of ${f.id} was delivered twice.`, {
              expected: 'each message index delivered once',
              actual: quote(m),
              evidence: [seen.get(index)!, h.ev.seq],
            }),
          );
        } else seen.set(index, h.ev.seq);
      }
    }
    return combine(findings, pass(`Within ${limit} ms, each once: ${delays.join(', ')}.`));
  },
});

export const NTF_FLOW_CHECKS: Check[] = [chatting, order, timing];
