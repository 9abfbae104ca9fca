/** Messages, paging and form (MSG-5..7): startIndex/count, timestamps, visibility. */
import { isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import { timestampForm } from '../../validate';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { delivered } from '../lib/notifications';
import { breach, breachAt, combine, error, pass, quote, record, tally } from '../lib/outcome';
import { answerText, bodyOf, httpSteps, isNonZeroCode, requireInteraction, requireStep } from '../lib/query';

const FLOW = SCENARIO.acceptFlow;
const indexOf = (m: unknown): unknown => (isObject(m) ? m.index : undefined);

/** What a page query should answer, by index value; null when the query is invalid. */
export function expectedPage(query: string, ordinary: number[]): number[] | null {
  const params = new URLSearchParams(query);
  const raw = ['startIndex', 'count'].map((k) => params.get(k));
  if (raw.some((v) => v !== null && !/^\d+$/.test(v))) return null;
  const start = Math.max(Number(raw[0] ?? 1), 1);
  const count = Number(raw[1] ?? 0);
  const from = ordinary.filter((i) => i >= start);
  return count > 0 ? from.slice(0, count) : from;
}

function judgePage(ev: HttpEvent, query: string, ordinary: number[]): Outcome | undefined {
  const expected = expectedPage(query, ordinary);
  const extra = { actual: answerText(ev), evidence: [ev.seq] };
  const status = ev.response?.status;
  if (expected === null) {
    if (
      status === undefined ||
      status >= 500 ||
      !isNonZeroCode((ev.response?.json as { statusCode?: unknown })?.statusCode)
    ) {
      return breach(
        'MSG-5',
        `The invalid paging query ${query} was not refused with a non-zero statusCode.`,
        {
          expected: 'a non-zero statusCode, never a 5xx',
          ...extra,
        },
      );
    }
    return undefined;
  }
  const json = ev.response?.json;
  if (!isObject(json) || json.statusCode !== 0 || !Array.isArray(json.messages)) {
    return breach('MSG-5', `The paging query ${query} did not answer a message list.`, {
      expected: '{"statusCode":0,"messages":[...]}',
      ...extra,
    });
  }
  const got = json.messages.map(indexOf).filter((i) => i !== -1);
  const count = Number(new URLSearchParams(query).get('count') ?? 0);
  const outside = json.messages.length - got.length;
  const prefix = got.every((i, k) => i === expected[k]);
  const full = got.length === expected.length || (count > 0 && got.length + outside === count);
  if (!prefix || !full || (count > 0 && json.messages.length > count)) {
    return breach('MSG-5', `The paging query ${query} answered indexes ${quote(got)}.`, {
      expected: `indexes ${quote(expected)} (index -1 may be added or left out)`,
      ...extra,
    });
  }
  return undefined;
}

const paging = defineCheck({
  id: 'messages/paging',
  requirements: ['MSG-5'],
  title:
    'startIndex and count page the message list by index value; an invalid value answers a non-zero statusCode, never a 5xx.',
  scenarios: [FLOW],
  judge(ctx) {
    const it = requireInteraction(ctx, FLOW);
    const full = requireStep(ctx, FLOW, 'messages-after');
    const body = bodyOf(full, 'MSG-5');
    if (!Array.isArray(body.messages)) {
      return breach('MSG-5', 'The full message list is missing.', {
        expected: '{"statusCode":0,"messages":[...]}',
        actual: answerText(full),
        evidence: [full.seq],
      });
    }
    const ordinary = body.messages.map(indexOf).filter((i): i is number => typeof i === 'number' && i !== -1);
    const pages = httpSteps(ctx, FLOW, { family: 'page' });
    if (pages.length === 0) return error(`${FLOW}: ${it.rec.reason ?? 'no paging request was recorded'}`);
    const findings = pages.map((ev) => judgePage(ev, ev.step.slice('page:'.length), ordinary));
    const queries = pages.map((ev) => ev.step.slice('page:'.length)).join(', ');
    return combine(
      findings.filter((f): f is Outcome => f !== undefined),
      pass(`${pages.length} paging queries answered as expected (${queries}).`),
    );
  },
});

type Item = { m: Record<string, unknown>; seq: number };

/** Messages of the accept-flow interaction, by source: delivered ones, and the full list when it was fetched. */
function flowMessages(ctx: CheckContext): { name: string; items: Item[] }[] {
  const it = requireInteraction(ctx, FLOW);
  const items = (pairs: { m: unknown; seq: number }[]) => pairs.filter((x): x is Item => isObject(x.m));
  const got = delivered(ctx, it.id, it.customer).map((d) => ({ m: d.message, seq: d.ev.seq }));
  const sources = [{ name: 'delivered', items: items(got) }];
  const list = httpSteps(ctx, FLOW, 'messages-after').at(-1);
  const json = list?.response?.json;
  if (list && isObject(json) && Array.isArray(json.messages)) {
    sources.push({ name: 'listed', items: items(json.messages.map((m) => ({ m, seq: list.seq }))) });
  }
  return sources;
}

/** Milliseconds since the epoch of a GWS, space-separated or RFC 3339 timestamp. */
export function timestampMillis(ts: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(ts);
  if (!m) return undefined;
  const zone = m[3] === undefined || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(ms) ? undefined : ms;
}

const FORM_TEXT = {
  space: 'the space-separated form',
  rfc3339: 'an RFC 3339 offset with a colon',
  utc: 'the RFC 3339 Z (UTC) designator instead of an offset',
  invalid: 'no documented form at all',
};
const SEED_FORM = 'yyyy-MM-ddTHH:mm:ss.SSS±hhmm, e.g. "2014-01-02T14:23:18.000-0800"';

/** Findings about one source's timestamps: forms other than the seed's, a decrease by index. */
function judgeTimestamps(name: string, items: Item[]): Outcome[] {
  const findings: Outcome[] = [];
  const stamped = items.filter((x) => typeof x.m.timestamp === 'string');
  const forms = stamped.map((x) => timestampForm(x.m.timestamp as string));
  for (const form of ['space', 'rfc3339', 'utc', 'invalid'] as const) {
    const odd = stamped.filter((_, i) => forms[i] === form);
    if (odd.length === 0) continue;
    const ts = quote(odd[0].m.timestamp);
    findings.push(
      breach('MSG-6', `${odd.length} ${name} timestamp(s) use ${FORM_TEXT[form]}, e.g. ${ts}.`, {
        expected: SEED_FORM,
        actual: ts,
        evidence: [...new Set(odd.map((x) => x.seq))],
        pointer: '/timestamp',
      }),
    );
  }
  const timed = stamped
    .filter((x) => typeof x.m.index === 'number' && x.m.index !== -1)
    .map((x) => ({ ...x, ms: timestampMillis(x.m.timestamp as string) }))
    .filter((x): x is Item & { ms: number } => x.ms !== undefined)
    .sort((a, b) => (a.m.index as number) - (b.m.index as number));
  const back = timed.findIndex((x, i) => i > 0 && x.ms < timed[i - 1].ms);
  if (back > 0) {
    const [prev, cur] = [timed[back - 1], timed[back]];
    findings.push(
      breach(
        'MSG-6',
        `A ${name} timestamp decreases with index: ${quote(cur.m.timestamp)} at index ${String(cur.m.index)}.`,
        {
          expected: `not before ${quote(prev.m.timestamp)} (index ${String(prev.m.index)})`,
          actual: quote(cur.m.timestamp),
          evidence: [...new Set([prev.seq, cur.seq])],
          pointer: '/timestamp',
        },
      ),
    );
  }
  return findings;
}

const timestamps = defineCheck({
  id: 'messages/timestamp',
  requirements: ['MSG-6'],
  title: 'timestamp has the form yyyy-MM-ddTHH:mm:ss.SSS±hhmm and does not decrease with index.',
  scenarios: [FLOW],
  judge(ctx) {
    const sources = flowMessages(ctx);
    const findings = sources.flatMap((s) => judgeTimestamps(s.name, s.items));
    const count = sources.reduce(
      (n, s) => n + s.items.filter((x) => typeof x.m.timestamp === 'string').length,
      0,
    );
    return combine(findings, pass(`${count} timestamp(s) in the seed form, not decreasing with index.`));
  },
});

const visibility = defineCheck({
  id: 'messages/visibility',
  requirements: ['MSG-7'],
  title: 'The visibility values the target uses (All documented, Agents seen elsewhere; recorded).',
  scenarios: [FLOW],
  judge(ctx) {
    const items = flowMessages(ctx).flatMap((s) => s.items);
    const shown = (x: Item) => (typeof x.m.visibility === 'string' ? x.m.visibility : '(absent)');
    const text = `visibility: ${tally(items.map(shown)) || 'no message seen'}`;
    const odd = items.filter((x) => !['All', 'Agents', '(absent)'].includes(shown(x)));
    if (odd.length > 0) {
      const names = [...new Set(odd.map(shown))];
      // "anything else is warn" (REQUIREMENTS.md MSG-7): judged at SHOULD level.
      return breachAt('SHOULD', `${text}; ${names.join(', ')} is neither All nor Agents.`, {
        expected: '"All" or "Agents"',
        actual: quote(names),
        evidence: [...new Set(odd.map((x) => x.seq))],
        pointer: '/visibility',
      });
    }
    return record(text);
  },
});

export const MSG_FORM_CHECKS: Check[] = [paging, timestamps, visibility];
