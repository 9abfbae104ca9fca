/**
 * "Refused, and changes nothing": the shape shared by SES-2, SES-6, SES-7, ACC-5 and ACC-7. A bad
 * request is refused; no StatusChange for the interaction is notified between the bad request and
 * the scenario's later valid `accept`, which still succeeds (statusCode 0, or Chatting notified).
 */
import { answeredNotFound } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import type { ScenarioWith, StepOf } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { changesBetween, isStatusChange, stateChanges } from './notifications';
import { breach, combine, detail, pass, quote, skip } from './outcome';
import {
  answerText,
  bodyOf,
  isNonZeroCode,
  label,
  requireInteraction,
  requireStep,
  statusCodeOf,
} from './query';

/** Refused with a non-zero integer statusCode (optionally a string statusMessage, a SHOULD code). */
export function refusedWithCode(
  req: RequirementId,
  ev: HttpEvent,
  opts: { should?: number; statusMessage?: boolean } = {},
): Outcome[] {
  const body = bodyOf(ev, req);
  const code = body.statusCode;
  const evidence = [ev.seq];
  if (!isNonZeroCode(code) || !Number.isInteger(code)) {
    return [
      breach(req, `${label(ev)} was not refused with a non-zero statusCode.`, {
        expected: `{"statusCode":<non-zero integer>${opts.statusMessage ? ',"statusMessage":"..."' : ''}}`,
        actual: answerText(ev),
        evidence,
        pointer: '/statusCode',
      }),
    ];
  }
  const out: Outcome[] = [];
  if (opts.statusMessage && typeof body.statusMessage !== 'string') {
    out.push(
      breach(req, `${label(ev)} refused without a string statusMessage.`, {
        expected: 'statusMessage: a string',
        actual: answerText(ev),
        evidence,
        pointer: '/statusMessage',
      }),
    );
  }
  if (opts.should !== undefined && code !== opts.should) {
    out.push(
      detail(req, `${label(ev)} answered statusCode ${code}; it SHOULD be ${opts.should}.`, {
        expected: `"statusCode":${opts.should}`,
        actual: answerText(ev),
        evidence,
        pointer: '/statusCode',
      }),
    );
  }
  return out;
}

/** Refused for missing or wrong credentials: non-zero statusCode (SHOULD be 20) or HTTP 401/403. */
export function refusedAsUnauthenticated(req: RequirementId, ev: HttpEvent): Outcome[] {
  const evidence = [ev.seq];
  if (ev.response === undefined) {
    return [
      breach(req, `${label(ev)} got no answer.`, { expected: 'a refusal', actual: answerText(ev), evidence }),
    ];
  }
  const status = ev.response.status;
  const code = statusCodeOf(ev);
  const byHttp = status === 401 || status === 403;
  if (!byHttp && !isNonZeroCode(code)) {
    return [
      breach(req, `${label(ev)} was not refused.`, {
        expected: 'HTTP 401/403 or a non-zero statusCode (SHOULD be 20)',
        actual: answerText(ev),
        evidence,
      }),
    ];
  }
  if (typeof code === 'number' && code !== 20) {
    return [
      detail(req, `${label(ev)} was refused with statusCode ${code}; it SHOULD be 20.`, {
        expected: '"statusCode":20',
        actual: answerText(ev),
        evidence,
        pointer: '/statusCode',
      }),
    ];
  }
  return [];
}

/** Scenarios that make a bad request and then the valid `accept`. */
type Refusal = ScenarioWith<'accept'> & ScenarioWith<'offer'>;

export interface RefusalSpec<S extends Refusal = Refusal> {
  req: RequirementId;
  scenario: S;
  /** Steps that must be refused, in order. */
  bad: StepOf<S>[];
  /** Findings about one refused step ([] when it was refused as required). */
  refused(ev: HttpEvent): Outcome[];
  /** ACC-7: the `alive` step after the bad request must be answered. */
  alive?: boolean;
  /** What was sent, for messages ("an Accept without nickname"). */
  what: string;
}

export function judgeRefusal<S extends Refusal>(ctx: CheckContext, spec: RefusalSpec<S>): Outcome {
  const { req } = spec;
  // The steps every refusal scenario has (`accept`; `alive` for the malformed ones).
  const scenario: Refusal = spec.scenario;
  const it = requireInteraction(ctx, scenario);
  const bads = spec.bad.map((s) => requireStep(ctx, scenario, s));
  const accept = requireStep(ctx, scenario, 'accept');
  const unserved = bads.find(answeredNotFound);
  if (unserved !== undefined && statusCodeOf(accept) !== 0) {
    // One defect, one failure: a probe on a path the target does not serve proves nothing here.
    return skip(
      `${label(unserved)} answered "not found" (${answerText(unserved)}) and the valid Accept did not succeed either (${answerText(accept)}): the probe never reached the interaction; see ACC-1 (accept/success).`,
    );
  }
  const findings = bads.flatMap((ev) => spec.refused(ev));
  if (spec.alive) {
    const alive = requireStep(ctx, scenario, 'alive');
    if (alive.response === undefined || alive.response.status >= 500) {
      findings.push(
        breach(req, `After ${spec.what} the target stopped serving: ${label(alive)} failed.`, {
          expected: 'an answer below HTTP 500',
          actual: answerText(alive),
          evidence: [alive.seq],
        }),
      );
    }
  }
  // The bad requests may have been sent concurrently: the window opens with the earliest.
  const first = bads.reduce((x, y) => (y.t < x.t ? y : x));
  const changed = changesBetween(ctx, it.id, first.t, accept.t);
  if (changed.length > 0) {
    const c = changed[0];
    findings.push(
      breach(
        req,
        `After ${spec.what} the interaction changed: a StatusChange to ${quote(c.sc.resource.state)} was notified.`,
        {
          expected: `no StatusChange for ${it.id} before the valid Accept`,
          actual: quote(c.data),
          evidence: [first.seq, c.ev.seq],
          pointer: `/${c.sc.key}/state`,
        },
      ),
    );
  }
  // It succeeded when it answered statusCode 0, or when the interaction went to Chatting after it
  // (an answer that breaks ACC-1 is ACC-1's finding, not this one's).
  const chatting = stateChanges(ctx, it.id).some(
    (r) => isStatusChange(r) && r.ev.t >= accept.t && r.sc.resource.state === 'Chatting',
  );
  if (statusCodeOf(accept) !== 0 && !chatting) {
    findings.push(
      breach(req, `After ${spec.what} a valid Accept no longer succeeds.`, {
        expected: 'HTTP 200 {"statusCode":0}',
        actual: answerText(accept),
        evidence: [accept.seq],
      }),
    );
  }
  const answers = bads.map(answerText).join('; ');
  return combine(
    findings,
    pass(
      `${capitalized(spec.what)} was refused (${answers}); nothing changed and a later Accept succeeded.`,
      {
        evidence: [...bads.map((b) => b.seq), accept.seq],
      },
    ),
  );
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
