/** Messages (MSG-1, MSG-2): the GET list agrees with the deliveries; every message validates. */
import { historyOf, isObject, MESSAGE_TYPES } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { validate } from '../../validate';
import { defineCheck } from '../lib/define';
import type { Check } from '../lib/framework';
import { delivered, received, senderOf } from '../lib/notifications';
import { breach, combine, detail, issuesText, pass, quote } from '../lib/outcome';
import {
  answerText,
  bodyOf,
  httpSteps,
  label,
  requireInteraction,
  requireScenario,
  requireStep,
} from '../lib/query';
import { brief } from './ntf-history';

const FLOW = SCENARIO.acceptFlow;

/** The nine types of the seed pages and CustomNotice of the SendCustomNotice pages (MSG-2). */
const DOCUMENTED_TYPES = new Set<string>([...MESSAGE_TYPES, 'CustomNotice']);
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
    const steps = (['messages', 'messages-after'] as const).map((s) => requireStep(ctx, FLOW, s));
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
      // By index, first occurrence: a list of 10,000 messages is judged in linear time.
      const byIndex = new Map<unknown, unknown>();
      for (const m of listed) if (!byIndex.has(indexOf(m))) byIndex.set(indexOf(m), m);
      for (const d of all.filter((x) => x.ev.t < ev.t && isObject(x.message) && indexOf(x.message) !== -1)) {
        const sent = d.message as Record<string, unknown>;
        const got = byIndex.get(sent.index);
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
    for (const ev of httpSteps(ctx, FLOW, ['messages', 'messages-after', { family: 'page' }])) {
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
      const type = isObject(m) ? m.type : undefined;
      if (issues.length === 0 && typeof type === 'string' && !DOCUMENTED_TYPES.has(type)) {
        // Validated on the common members; an undocumented type alone is never a fail (MSG-2).
        findings.push(
          detail('MSG-2', `Message ${brief(m)} has the type ${quote(type)}, beyond the documented ones.`, {
            expected: `a type of ${[...DOCUMENTED_TYPES].join(', ')}`,
            actual: quote(m),
            evidence: [seq],
            pointer: `${pointer}/type`,
          }),
        );
      }
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

export const MSG_CHECKS: Check[] = [list, schema];
