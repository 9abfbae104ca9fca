/** Resource (RES-1..3): the collection, the resources it returns, a single resource. */
import { isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { type ValidationIssue, validate } from '../../validate';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { breach, combine, issuesText, pass, quote, skip } from '../lib/outcome';
import { answerText, bodyOf, label, requireInteraction, requireStep } from '../lib/query';
import { reconciledBody, resourceKeyIn, servedCollection } from '../lib/spelling';

const list = defineCheck({
  id: 'resource/list',
  requirements: ['RES-1'],
  title:
    'GET /api/v2/me/{collection}?fields=* answers statusCode 0 and lists the accepted interaction as Chatting.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const it = requireInteraction(ctx, SCENARIO.acceptFlow);
    const ev = requireStep(ctx, SCENARIO.acceptFlow, 'list');
    const body = bodyOf(ev, 'RES-1');
    const coll = servedCollection(ctx).collection;
    const evidence = [ev.seq];
    // Item-level issues are RES-2's; this check judges the collection itself (under the served spelling).
    const reconciled = ctx.channel.collection;
    const issues = validate(`responses/collection-${ctx.channel.name}`, reconciledBody(ctx, body))
      .filter((i) => !i.pointer.startsWith(`/${reconciled}/`))
      .map((i) => ({ ...i, pointer: i.pointer.replace(`/${reconciled}`, `/${coll}`) }));
    if (issues.length > 0 || body.statusCode !== 0 || !Array.isArray(body[coll])) {
      return breach('RES-1', `${label(ev)} did not answer the collection: ${issuesText(issues)}`, {
        expected: `{"statusCode":0,"${coll}":[...]}`,
        actual: answerText(ev),
        evidence,
        pointer: issues[0]?.pointer,
      });
    }
    const items = body[coll] as unknown[];
    const i = items.findIndex((x) => isObject(x) && x.id === it.id);
    if (i < 0) {
      return breach('RES-1', `The ${coll} list does not contain the accepted interaction ${it.id}.`, {
        expected: `an item with "id":"${it.id}"`,
        actual: quote(items.map((x) => (isObject(x) ? x.id : x))),
        evidence,
        pointer: `/${coll}`,
      });
    }
    const state = (items[i] as Record<string, unknown>).state;
    if (state !== 'Chatting') {
      return breach('RES-1', `The accepted interaction is listed with state ${quote(state)}.`, {
        expected: '"state":"Chatting"',
        actual: quote(items[i]),
        evidence,
        pointer: `/${coll}/${i}/state`,
      });
    }
    return pass(`${items.length} item(s); ${it.id} is Chatting.`, { evidence });
  },
});

/** Issues of a value as a listed resource (capabilities and participants required), via the resource answer's schema. */
function listedIssues(ctx: CheckContext, value: unknown): ValidationIssue[] {
  const key = ctx.channel.resourceKey;
  return validate(`responses/resource-${ctx.channel.name}`, { statusCode: 0, [key]: value })
    .filter((i) => i.pointer.startsWith(`/${key}`))
    .map((i) => {
      const pointer = i.pointer.slice(key.length + 1);
      return { ...i, pointer, message: i.message.replace(`/${key}`, pointer === '' ? '(root)' : '') };
    });
}

const schema = defineCheck({
  id: 'resource/schema',
  requirements: ['RES-2'],
  title:
    'Every returned resource has id, uri and state strings, capabilities an array of strings, participants an array of participants, userData an object when present.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const coll = servedCollection(ctx).collection;
    const key = ctx.channel.resourceKey;
    const resources: { value: unknown; seq: number; pointer: string }[] = [];
    const ev = requireStep(ctx, SCENARIO.acceptFlow, 'list');
    const body = bodyOf(ev, 'RES-2');
    if (Array.isArray(body[coll])) {
      for (const [i, value] of (body[coll] as unknown[]).entries()) {
        resources.push({ value, seq: ev.seq, pointer: `/${coll}/${i}` });
      }
    }
    const get = requireStep(ctx, SCENARIO.acceptFlow, 'get');
    const one = get.response?.json;
    if (isObject(one) && isObject(one[key]))
      resources.push({ value: one[key], seq: get.seq, pointer: `/${key}` });
    const findings: Outcome[] = [];
    for (const r of resources) {
      const issues = listedIssues(ctx, r.value);
      if (issues.length > 0) {
        findings.push(
          breach('RES-2', `A returned resource does not validate: ${issuesText(issues)}`, {
            expected: 'id, uri, state strings; capabilities string[]; participants[]; userData object',
            actual: quote(r.value),
            evidence: [r.seq],
            pointer: `${r.pointer}${issues[0].pointer}`,
          }),
        );
      }
    }
    if (resources.length === 0) {
      // One defect, one failure: the list and the GET are RES-1's and RES-3's findings.
      return skip(
        `No resource was returned to validate (list: ${answerText(ev)}; GET: ${answerText(get)}); see RES-1 (resource/list) and RES-3 (resource/get).`,
      );
    }
    return combine(findings, pass(`${resources.length} resource(s) validate.`));
  },
});

const single = defineCheck({
  id: 'resource/get',
  requirements: ['RES-3'],
  title:
    'GET /api/v2/me/{collection}/{id} answers the resource under its key for a known id, and a non-zero statusCode (SHOULD be 6) for an unknown one.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const it = requireInteraction(ctx, SCENARIO.acceptFlow);
    const get = requireStep(ctx, SCENARIO.acceptFlow, 'get');
    const body = bodyOf(get, 'RES-3');
    // A resource key variant is reported once, under NTF-1; here the resource is judged under it.
    const key = resourceKeyIn(ctx, body);
    const findings: Outcome[] = [];
    if (body.statusCode !== 0 || !isObject(body[key]) || body[key].id !== it.id) {
      findings.push(
        breach('RES-3', `${label(get)} did not answer the resource.`, {
          expected: `{"statusCode":0,"${key}":{"id":"${it.id}",...}}`,
          actual: answerText(get),
          evidence: [get.seq],
          pointer: `/${key}`,
        }),
      );
    }
    const unknown = requireStep(ctx, SCENARIO.acceptFlow, 'get-unknown');
    const code = bodyOf(unknown, 'RES-3').statusCode;
    if (code !== 6) {
      findings.push(
        breach('RES-3', `${label(unknown)} answered statusCode ${quote(code)} for an unknown id.`, {
          expected: '{"statusCode":6,...} (a non-zero statusCode, SHOULD be 6)',
          actual: answerText(unknown),
          evidence: [unknown.seq],
          pointer: '/statusCode',
        }),
      );
    }
    return combine(
      findings,
      pass(`Known id: the ${key} resource with statusCode 0; unknown id: ${answerText(unknown)}.`, {
        evidence: [get.seq, unknown.seq],
      }),
    );
  },
});

export const RES_CHECKS: Check[] = [list, schema, single];
