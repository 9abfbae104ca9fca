/** Accept refusals (ACC-5..9): no nickname, accepted twice, malformed requests, error bodies. */
import type { Channel } from '../../model/channels';
import { isObject } from '../../model/protocol';
import {
  MALFORMED,
  type MalformedKind,
  malformedScenario,
  SCENARIO,
  type StepOf,
} from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { histories, type Received, type ReceivedHistory, senderOf, stateChanges } from '../lib/notifications';
import { breach, combine, pass, quote, record, tally } from '../lib/outcome';
import {
  answerText,
  httpSteps,
  isApiCall,
  isNonZeroCode,
  label,
  requireInteraction,
  requireStep,
  statusCodeOf,
} from '../lib/query';
import { judgeRefusal, refusedWithCode } from '../lib/refusal';

const noNickname = defineCheck({
  id: 'accept/no-nickname',
  requirements: ['ACC-5'],
  title:
    'Accept without nickname answers a non-zero statusCode (SHOULD be 1) with a string statusMessage, and the interaction stays offered.',
  scenarios: [SCENARIO.noNickname],
  judge: (ctx) =>
    judgeRefusal(ctx, {
      req: 'ACC-5',
      scenario: SCENARIO.noNickname,
      bad: ['bad'],
      refused: (ev) => refusedWithCode('ACC-5', ev, { should: 1, statusMessage: true }),
      what: 'an Accept without nickname',
    }),
});

/**
 * Notifications a second Accept may have caused: within one quiet window of it (the drive side keeps
 * listening that long, and goes on producing customer events meanwhile), any state change of the
 * interaction, or a NewMessages with an Agent's ParticipantJoined. The window stops at the first
 * customer event that changes the participants (ParticipantLeft/Rejoined legitimately notify), but
 * always covers the time up to the scenario's next request.
 */
function echoesOfSecondAccept(
  ctx: CheckContext,
  id: string,
  customer: string | undefined,
  again: HttpEvent,
): Received[] {
  const flow = SCENARIO.acceptFlow;
  const later = (s: StepOf<typeof flow>) => httpSteps(ctx, flow, s).find((e) => e.t > again.t)?.t;
  const next = httpSteps(ctx, flow).find((e) => e.t > again.t)?.t ?? again.t;
  const moves = Math.min(
    later('produce:ParticipantLeft') ?? Number.POSITIVE_INFINITY,
    later('produce:ParticipantRejoined') ?? Number.POSITIVE_INFINITY,
  );
  const end = Math.max(next, Math.min(again.t + ctx.trace.quietMs, moves));
  const inWindow = (r: Received) => r.ev.t >= again.t && r.ev.t < end;
  const agentJoined = (r: ReceivedHistory) =>
    r.h.messages.some((m) => isObject(m) && m.type === 'ParticipantJoined' && senderOf(m)?.type === 'Agent');
  return [
    ...stateChanges(ctx, id).filter(inWindow),
    ...histories(ctx, id, customer).filter((r) => inWindow(r) && agentJoined(r)),
  ].sort((x, y) => x.ev.seq - y.ev.seq);
}

const acceptedTwice = defineCheck({
  id: 'accept/already-accepted',
  requirements: ['ACC-6'],
  title:
    'A second Accept of an accepted interaction answers a non-zero statusCode (SHOULD be 2) and produces no notification.',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const it = requireInteraction(ctx, SCENARIO.acceptFlow);
    const ev = requireStep(ctx, SCENARIO.acceptFlow, 'accept-again');
    const findings = refusedWithCode('ACC-6', ev, { should: 2 });
    const extra = echoesOfSecondAccept(ctx, it.id, it.customer, ev);
    if (extra.length > 0) {
      findings.push(
        breach('ACC-6', `The second Accept was followed by a notification about ${it.id}.`, {
          expected: 'no state change and no agent ParticipantJoined for the interaction',
          actual: quote(extra[0].data),
          evidence: [ev.seq, ...extra.map((r) => r.ev.seq)],
        }),
      );
    }
    return combine(
      findings,
      pass(`The second Accept answered ${answerText(ev)} and produced no notification.`, {
        evidence: [ev.seq],
      }),
    );
  },
});

/** Refused as a malformed request: non-zero statusCode or HTTP 4xx; never 5xx or a dropped connection. */
function refusedAsMalformed(ev: HttpEvent): Outcome[] {
  const status = ev.response?.status;
  const code = statusCodeOf(ev);
  if (status !== undefined && status < 500 && (isNonZeroCode(code) || (status >= 400 && status < 500)))
    return [];
  return [
    breach('ACC-7', `${label(ev)} with a malformed body was not refused properly.`, {
      expected: 'a non-zero statusCode or HTTP 4xx (never 5xx, never a dropped connection)',
      actual: answerText(ev),
      evidence: [ev.seq],
    }),
  ];
}

const WHAT: Record<MalformedKind, string> = {
  'unknown-operation': 'an unknown operationName',
  'not-json': 'a body that is not JSON',
  'not-an-object': 'a JSON body that is not an object',
  'nickname-number': 'a nickname that is a number',
  'savelar-string': 'a saveLAR that is a string',
};

const malformed = (Object.keys(MALFORMED) as MalformedKind[]).map((kind) =>
  defineCheck({
    id: `accept/malformed-${kind}`,
    requirements: ['ACC-7'],
    title: `An Accept with ${WHAT[kind]} answers a non-zero statusCode or HTTP 4xx (never 5xx), changes nothing, and the target keeps serving.`,
    scenarios: [malformedScenario(kind)],
    // saveLAR is no facebook Accept parameter: a target may ignore it, whatever its type.
    ...(kind === 'savelar-string' ? { channels: ['chat', 'sms'] as Channel[] } : {}),
    judge: (ctx) =>
      judgeRefusal(ctx, {
        req: 'ACC-7',
        scenario: malformedScenario(kind),
        bad: ['bad'],
        refused: refusedAsMalformed,
        alive: true,
        what: `an Accept with ${WHAT[kind]} (${MALFORMED[kind]})`,
      }),
  }),
);

/** API answers whose JSON body has a non-zero statusCode (partial success 7 aside; the CSRF refusal aside). */
function errorAnswers(
  events: readonly { kind: string }[],
): { ev: HttpEvent; body: Record<string, unknown> }[] {
  const out: { ev: HttpEvent; body: Record<string, unknown> }[] = [];
  for (const e of events) {
    if (e.kind !== 'http') continue;
    const ev = e as HttpEvent;
    if (!isApiCall(ev) || (ev.scenario === SCENARIO.csrf && ev.step === 'bad')) continue;
    const code = statusCodeOf(ev);
    if (isNonZeroCode(code) && code !== 7)
      out.push({ ev, body: ev.response?.json as Record<string, unknown> });
  }
  return out;
}

const errorBody = defineCheck({
  id: 'api/error-body',
  requirements: ['ACC-8'],
  title: 'A JSON error body has statusCode and statusMessage and no other member.',
  scenarios: [SCENARIO.unknownId, SCENARIO.noNickname, SCENARIO.acceptFlow],
  judge(ctx) {
    const errors = errorAnswers(ctx.trace.events);
    const findings: Outcome[] = [];
    for (const { ev, body } of errors) {
      const extra = Object.keys(body).filter((k) => k !== 'statusCode' && k !== 'statusMessage');
      if (extra.length > 0 || typeof body.statusMessage !== 'string') {
        const what =
          extra.length > 0 ? `has other members (${extra.join(', ')})` : 'has no string statusMessage';
        findings.push(
          breach('ACC-8', `The error body of ${label(ev)} ${what}.`, {
            expected: '{"statusCode":<n>,"statusMessage":"..."}',
            actual: quote(body),
            evidence: [ev.seq],
            pointer: extra.length > 0 ? `/${extra[0]}` : '/statusMessage',
          }),
        );
      }
    }
    return combine(
      findings,
      pass(`${errors.length} error bodies, each exactly statusCode and statusMessage.`),
    );
  },
});

const errorStatus = defineCheck({
  id: 'api/error-http-status',
  requirements: ['ACC-9'],
  title: 'The HTTP status that accompanies a non-zero statusCode (not documented; recorded).',
  scenarios: [SCENARIO.unknownId, SCENARIO.noNickname, SCENARIO.acceptFlow],
  judge(ctx) {
    const errors = errorAnswers(ctx.trace.events);
    if (errors.length === 0) return record('HTTP statuses with non-zero statusCode: none seen');
    const statuses = errors.map(({ ev }) => String(ev.response?.status)).sort();
    return record(`HTTP statuses with non-zero statusCode: ${tally(statuses)}`, {
      evidence: errors.map(({ ev }) => ev.seq),
    });
  },
});

export const ACC_REFUSAL_CHECKS: Check[] = [noNickname, acceptedTwice, ...malformed, errorBody, errorStatus];
