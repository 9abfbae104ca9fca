/** Reject of an offered interaction (REJ-1..3): its answer, the Completed that follows, no Accept after it. */
import type { DocVariant } from '../../model/channels';
import { SCENARIO } from '../../model/scenarios';
import { defineCheck } from '../lib/define';
import type { Check } from '../lib/framework';
import { requireOperationStep, succeededOp } from '../lib/lifecycle';
import { statusChangeAfter } from '../lib/lifecycle-flow';
import { histories } from '../lib/notifications';
import { breach, combine, fromVariant, pass, quote, skip } from '../lib/outcome';
import { answerText, bodyOf, httpSteps, label, requireInteraction, requireStep } from '../lib/query';
import { refusedWithCode } from '../lib/refusal';

const S = SCENARIO.reject;

const success = defineCheck({
  id: 'reject/success',
  requirements: ['REJ-1'],
  title: 'Reject of an offered interaction answers HTTP 200 with statusCode 0.',
  scenarios: [S],
  judge(ctx) {
    const ev = requireOperationStep(ctx, S, 'Reject');
    if (succeededOp(ev)) return pass(`${label(ev)} answered ${answerText(ev)}.`, { evidence: [ev.seq] });
    const body = bodyOf(ev, 'REJ-1');
    // The ChatReject page's {"status": 0}: the variants table's verdict, named once.
    const v = ctx.channel.lifecycle.variants.find(
      (x) => x.field === 'responseMember' && x.operations.includes('Reject') && x.verdict !== null,
    );
    if (v && body.statusCode === undefined && body[v.value] === 0)
      return fromVariant(v as DocVariant, `The answer of ${label(ev)}`, {
        evidence: [ev.seq],
        pointer: `/${v.value}`,
      });
    return breach('REJ-1', `${label(ev)} did not succeed.`, {
      expected: 'HTTP 200 {"statusCode":0}',
      actual: answerText(ev),
      evidence: [ev.seq],
      pointer: '/statusCode',
    });
  },
});

const completed = defineCheck({
  id: 'reject/completed',
  requirements: ['REJ-2'],
  title:
    'After Reject a StatusChange with state Completed arrives for the interaction, and no history NewMessages follows.',
  scenarios: [S],
  judge(ctx) {
    const ev = requireOperationStep(ctx, S, 'Reject');
    if (!succeededOp(ev)) return skip(`Reject did not succeed (${answerText(ev)}); see reject/success.`);
    const done = statusChangeAfter(ctx, 'REJ-2', S, ev, 'Completed');
    const { id, customer } = requireInteraction(ctx, S);
    const end = httpSteps(ctx, S, 'end')[0]?.t ?? Number.POSITIVE_INFINITY;
    const later = histories(ctx, id, customer).filter((r) => r.ev.t >= done.ev.t && r.ev.t < end);
    const findings = later.map((r) =>
      breach('REJ-2', `A history NewMessages for ${id} followed its Reject.`, {
        expected: 'no NewMessages after the StatusChange(Completed)',
        actual: quote(r.data),
        evidence: [ev.seq, done.ev.seq, r.ev.seq],
      }),
    );
    return combine(
      findings,
      pass('Reject was followed by a StatusChange(Completed) and no history.', {
        evidence: [ev.seq, done.ev.seq],
      }),
    );
  },
});

const noAccept = defineCheck({
  id: 'reject/no-accept-after',
  requirements: ['REJ-3'],
  title:
    'After Reject the same agent can no longer Accept the interaction: a later Accept answers a non-zero statusCode.',
  scenarios: [S],
  judge(ctx) {
    const rejected = requireOperationStep(ctx, S, 'Reject');
    if (!succeededOp(rejected))
      return skip(`Reject did not succeed (${answerText(rejected)}); see reject/success.`);
    const ev = requireStep(ctx, S, 'accept-after-reject');
    return combine(
      refusedWithCode('REJ-3', ev),
      pass(`${label(ev)} answered ${answerText(ev)}.`, { evidence: [rejected.seq, ev.seq] }),
    );
  },
});

export const REJ_CHECKS: Check[] = [success, completed, noAccept];
