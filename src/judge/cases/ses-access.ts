/** Session access (SES-6..8): CSRF tokens, isolation between agents, the login answers. */
import { SCENARIO } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { aboutInteraction, received } from '../lib/notifications';
import { breach, pass, quote, record, skip } from '../lib/outcome';
import {
  answerText,
  httpSteps,
  label,
  requireInteraction,
  requireScenario,
  scenarioRecord,
} from '../lib/query';
import { judgeRefusal, refusedWithCode } from '../lib/refusal';

const header = (headers: Record<string, string> | undefined, name: string): string | undefined =>
  Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];

/** The CSRF header name the target issued, if it ever did. */
function csrfIssued(ctx: CheckContext): string | undefined {
  const fact = scenarioRecord(ctx, SCENARIO.loginA)?.facts.csrfHeader;
  if (typeof fact === 'string' && fact !== '') return fact;
  for (const e of ctx.trace.events) {
    if (e.kind !== 'http') continue;
    const h = header(e.response?.headers, 'x-csrf-header') ?? header(e.response?.headers, 'x-csrf-token');
    if (h !== undefined) return header(e.response?.headers, 'x-csrf-header') ?? 'X-CSRF-TOKEN';
  }
  return undefined;
}

const csrf = defineCheck({
  id: 'session/csrf-token',
  requirements: ['SES-6'],
  title:
    'When the target issues X-CSRF-HEADER/X-CSRF-TOKEN, a POST without the token is refused with HTTP 403 and changes nothing; with it, it succeeds.',
  scenarios: [SCENARIO.loginA, SCENARIO.csrf],
  judge(ctx) {
    const name = csrfIssued(ctx);
    if (name === undefined) return skip('CSRF is off: the target never sent X-CSRF-HEADER or X-CSRF-TOKEN.');
    requireScenario(ctx, SCENARIO.csrf);
    const refused = (ev: HttpEvent) =>
      ev.response?.status === 403
        ? []
        : [
            breach('SES-6', `${label(ev)} without the ${name} header was not refused with HTTP 403.`, {
              expected: 'HTTP 403 (the body may be plain text)',
              actual: answerText(ev),
              evidence: [ev.seq],
            }),
          ];
    return judgeRefusal(ctx, {
      req: 'SES-6',
      scenario: SCENARIO.csrf,
      bad: ['bad'],
      refused,
      what: `an Accept without the ${name} token`,
    });
  },
});

const notAnnounced = defineCheck({
  id: 'isolation/not-announced',
  requirements: ['SES-7'],
  title: 'An interaction offered to agent A is never announced to agent B.',
  scenarios: [SCENARIO.loginB, SCENARIO.isolation],
  judge(ctx) {
    const it = requireInteraction(ctx, SCENARIO.isolation);
    const leaked = aboutInteraction(ctx, it.id, it.customer, 'B');
    if (leaked.length > 0) {
      return breach(
        'SES-7',
        `Agent B received a notification about ${it.id}, which was offered to agent A.`,
        {
          expected: `no notification about ${it.id} for agent B`,
          actual: quote(leaked[0].data),
          evidence: leaked.map((r) => r.ev.seq),
        },
      );
    }
    const seen = received(ctx, 'B').length;
    return pass(`Agent B received ${seen} notification(s), none about ${it.id}.`);
  },
});

const otherAgentAccept = defineCheck({
  id: 'isolation/accept-refused',
  requirements: ['SES-7'],
  title:
    "Agent B's Accept of an interaction offered to agent A fails with a non-zero statusCode and changes nothing.",
  scenarios: [SCENARIO.loginB, SCENARIO.isolation],
  judge: (ctx) =>
    judgeRefusal(ctx, {
      req: 'SES-7',
      scenario: SCENARIO.isolation,
      bad: ['bad'],
      refused: (ev) => refusedWithCode('SES-7', ev),
      what: "agent B's Accept",
    }),
});

const login = defineCheck({
  id: 'session/login',
  requirements: ['SES-8'],
  title: 'The answers to StartContactCenterSession and to Ready on the channel (recorded, not judged).',
  scenarios: [SCENARIO.loginA],
  judge(ctx) {
    requireScenario(ctx, SCENARIO.loginA);
    const parts = (
      [
        ['start-session', 'StartContactCenterSession'],
        ['ready', `Ready (${ctx.channel.mediaChannel})`],
      ] as const
    ).map(([step, what]) => {
      const ev = httpSteps(ctx, SCENARIO.loginA, step).at(-1);
      return { what, ev, text: ev ? answerText(ev) : 'not sent' };
    });
    return record(parts.map((p) => `${p.what}: ${p.text}`).join('; '), {
      evidence: parts.flatMap((p) => (p.ev ? [p.ev.seq] : [])),
    });
  },
});

export const SES_ACCESS_CHECKS: Check[] = [csrf, notAnnounced, otherAgentAccept, login];
