/** Accept request and response (ACC-1..4): success, its body, saveLAR, an unknown id. */
import { SCENARIO } from '../../model/scenarios';
import { defineCheck } from '../lib/define';
import type { Check } from '../lib/framework';
import { breach, combine, fromVariant, pass, quote, record, skip } from '../lib/outcome';
import { answerText, bodyOf, label, requireStep, statusCodeOf } from '../lib/query';
import { refusedWithCode } from '../lib/refusal';
import { servedCollection } from '../lib/spelling';

const success = defineCheck({
  id: 'accept/success',
  requirements: ['ACC-1'],
  title:
    'POST /api/v2/me/{collection}/{id} with operationName Accept and a nickname answers HTTP 200 with statusCode 0.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const ev = requireStep(ctx, SCENARIO.acceptFlow, 'accept');
    const evidence = [ev.seq];
    const ok = ev.response?.status === 200 && statusCodeOf(ev) === 0;
    // The one place a served collection variant is reported; every other check uses the spelling.
    const served = servedCollection(ctx);
    if (ok && served.variant) {
      return fromVariant(
        served.variant,
        `The target serves the collection (and Accept) on /api/v2/me/${served.collection}/: it`,
        {
          actual: `${label(ev)} answered ${answerText(ev)}; ${served.probes.map((p) => `${label(p)}: ${answerText(p)}`).join('; ')}`,
          evidence: [...served.probes.map((p) => p.seq), ev.seq],
        },
      );
    }
    if (ok) return pass(`${label(ev)} answered ${answerText(ev)}.`, { evidence });
    const body = bodyOf(ev, 'ACC-1');
    const v = ctx.channel.variants.find((x) => x.field === 'collection');
    const notFound = ev.response?.status === 404 || body.statusCode === 6;
    const hint =
      v && notFound
        ? ` (${v.source.file} spells the collection ${v.value}; the reconciled collection is ${v.reconciled}, which the target must serve)`
        : '';
    return breach('ACC-1', `${label(ev)} did not succeed${hint}.`, {
      expected: 'HTTP 200 {"statusCode":0}',
      actual: answerText(ev),
      evidence,
      pointer: '/statusCode',
    });
  },
});

const successBody = defineCheck({
  id: 'accept/success-body',
  requirements: ['ACC-2'],
  title: 'The Accept success body has no member besides statusCode.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const ev = requireStep(ctx, SCENARIO.acceptFlow, 'accept');
    const body = bodyOf(ev, 'ACC-2');
    if (body.statusCode !== 0)
      return skip(`The Accept did not succeed (${answerText(ev)}); see accept/success.`);
    const extra = Object.keys(body).filter((k) => k !== 'statusCode');
    if (extra.length > 0) {
      return breach('ACC-2', `The Accept success body has members besides statusCode: ${extra.join(', ')}.`, {
        expected: '{"statusCode":0}',
        actual: quote(body),
        evidence: [ev.seq],
        pointer: `/${extra[0]}`,
      });
    }
    return pass('The Accept success body is exactly {"statusCode":0}.', { evidence: [ev.seq] });
  },
});

const SAVELAR = [
  [SCENARIO.saveLarTrue, 'true'],
  [SCENARIO.saveLarFalse, 'false'],
] as const;

const saveLar = defineCheck({
  id: 'accept/savelar',
  requirements: ['ACC-3'],
  title: 'An Accept with saveLAR true, and one with saveLAR false, both answer statusCode 0.',
  scenarios: SAVELAR.map(([s]) => s),
  channels: ['chat', 'sms'],
  judge(ctx) {
    const evs = SAVELAR.map(([s, value]) => ({ value, ev: requireStep(ctx, s, 'accept') }));
    const findings = evs
      .filter(({ ev }) => bodyOf(ev, 'ACC-3').statusCode !== 0)
      .map(({ value, ev }) =>
        breach('ACC-3', `An Accept with saveLAR ${value} was not accepted.`, {
          expected: '{"statusCode":0}',
          actual: answerText(ev),
          evidence: [ev.seq],
          pointer: '/statusCode',
        }),
      );
    return combine(
      findings,
      pass('saveLAR true and false were both accepted with statusCode 0.', {
        evidence: evs.map((e) => e.ev.seq),
      }),
    );
  },
});

const saveLarFacebook = defineCheck({
  id: 'accept/savelar',
  requirements: ['ACC-3'],
  title: 'What the target answers to an Accept with saveLAR (not documented for facebook; recorded).',
  scenarios: SAVELAR.map(([s]) => s),
  channels: ['facebook'],
  level: 'INFO',
  judge(ctx) {
    const evs = SAVELAR.map(([s, value]) => ({ value, ev: requireStep(ctx, s, 'accept') }));
    const text = evs.map(({ value, ev }) => `saveLAR ${value}: ${answerText(ev)}`).join('; ');
    return record(text, { evidence: evs.map((e) => e.ev.seq) });
  },
});

const unknownId = defineCheck({
  id: 'accept/unknown-id',
  requirements: ['ACC-4'],
  title:
    'Accept of an id that does not exist answers a non-zero statusCode (SHOULD be 6) with a string statusMessage.',
  scenarios: [SCENARIO.unknownId],
  judge(ctx) {
    const ev = requireStep(ctx, SCENARIO.unknownId, 'accept');
    const findings = refusedWithCode('ACC-4', ev, { should: 6, statusMessage: true });
    return combine(findings, pass(`${label(ev)} answered ${answerText(ev)}.`, { evidence: [ev.seq] }));
  },
});

export const ACC_CHECKS: Check[] = [success, successBody, saveLar, saveLarFacebook, unknownId];
