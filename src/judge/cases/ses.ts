/** Session, REST side (SES-1, SES-2): Basic credentials, refusals without or with wrong ones. */
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import { validate } from '../../validate';
import { defineCheck } from '../lib/define';
import type { Check } from '../lib/framework';
import { breach, combine, error, issuesText, pass } from '../lib/outcome';
import { answerText, bodyOf, requireStep } from '../lib/query';
import { judgeRefusal, refusedAsUnauthenticated } from '../lib/refusal';

const basicAuth = defineCheck({
  id: 'session/basic-auth',
  requirements: ['SES-1'],
  title: 'GET /api/v2/me with HTTP Basic credentials answers {"statusCode":0,"user":{...}}.',
  scenarios: [SCENARIO.loginA],
  judge(ctx) {
    const me = requireStep(ctx, SCENARIO.loginA, 'me');
    const auth = Object.entries(me.request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
    const body = bodyOf(me, 'SES-1');
    const issues = validate('responses/me', body);
    const findings: Outcome[] = [];
    if (auth !== undefined && !/^basic\s/i.test(auth)) {
      // The suite's own request is wrong: that is no finding about the target.
      findings.push(
        error(`The suite sent no HTTP Basic credentials on GET /api/v2/me (Authorization: ${auth}).`),
      );
    }
    if (issues.length > 0 || body.statusCode !== 0) {
      findings.push(
        breach(
          'SES-1',
          `GET /api/v2/me with valid credentials did not answer a user: ${issuesText(issues)}`,
          {
            expected: '{"statusCode":0,"user":{...}}',
            actual: answerText(me),
            evidence: [me.seq],
            pointer: issues[0]?.pointer,
          },
        ),
      );
    }
    const user = body.user as { userName?: unknown } | undefined;
    const who = typeof user?.userName === 'string' ? ` for ${JSON.stringify(user.userName)}` : '';
    return combine(
      findings,
      pass(`GET /api/v2/me with Basic credentials answered statusCode 0 and a user${who}.`, {
        evidence: [me.seq],
      }),
    );
  },
});

const refusedRest = defineCheck({
  id: 'session/refused-without-credentials',
  requirements: ['SES-2'],
  title:
    'A REST call without credentials, or with wrong ones, is refused (non-zero statusCode, SHOULD be 20, or HTTP 401/403).',
  scenarios: [SCENARIO.unauthenticated],
  judge(ctx) {
    const steps = (['me-anonymous', 'me-wrong-password'] as const).map((s) =>
      requireStep(ctx, SCENARIO.unauthenticated, s),
    );
    const findings = steps.flatMap((ev) => refusedAsUnauthenticated('SES-2', ev));
    const seen = steps.map((ev) => `${ev.step}: ${answerText(ev)}`).join('; ');
    return combine(findings, pass(`Both were refused (${seen}).`, { evidence: steps.map((e) => e.seq) }));
  },
});

const refusedAccept = defineCheck({
  id: 'session/unauthenticated-accept',
  requirements: ['SES-2'],
  title: 'An Accept without credentials, or with wrong ones, is refused and changes nothing.',
  scenarios: [SCENARIO.unauthenticatedAccept],
  judge: (ctx) =>
    judgeRefusal(ctx, {
      req: 'SES-2',
      scenario: SCENARIO.unauthenticatedAccept,
      bad: ['bad-anonymous', 'bad-intruder'],
      refused: (ev) => refusedAsUnauthenticated('SES-2', ev),
      what: 'an Accept without or with wrong credentials',
    }),
});

export const SES_CHECKS: Check[] = [basicAuth, refusedRest, refusedAccept];
