/**
 * Trace look-ups shared by the checks: scenarios, steps and HTTP answers (notifications are in
 * notifications.ts). A look-up whose precondition is missing throws a Halt with the verdict the
 * precondition rules give (skip for a skipped scenario, error when the suite could not drive it, a
 * breach when the target failed to answer).
 */
import { isObject, type Json } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import { type ScenarioId, type StepOf, type StepSelector, stepMatches } from '../../model/scenarios';
import type { HttpEvent, ScenarioRecord } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { breach, error, Halt, quote, quoteText, skip } from './outcome';

// ---------------------------------------------------------------- scenarios and steps

export function scenarioRecord(ctx: CheckContext, id: ScenarioId): ScenarioRecord | undefined {
  return ctx.trace.scenarios.find((s) => s.id === id);
}

/** The scenario, or Halt: skip when it was skipped, error when it was never recorded. */
export function requireScenario(ctx: CheckContext, id: ScenarioId): ScenarioRecord {
  const rec = scenarioRecord(ctx, id);
  if (rec === undefined) throw new Halt(error(`the suite recorded no scenario ${id}`));
  if (rec.status === 'skipped') throw new Halt(skip(rec.reason ?? `scenario ${id} was skipped`));
  return rec;
}

/** Why a piece of evidence is missing: the scenario's own reason when it could not finish. */
function missing(rec: ScenarioRecord, what: string): Outcome {
  if (rec.status === 'error')
    return error(`${rec.id}: ${rec.reason ?? 'the scenario could not finish'} (${what})`);
  return error(`scenario ${rec.id} recorded no ${what}`);
}

/** The scenario's HTTP exchanges of the selected steps (of every step without a selector), in order. */
export function httpSteps<S extends ScenarioId>(
  ctx: CheckContext,
  scenario: S,
  steps?: StepSelector<S>,
): HttpEvent[] {
  return ctx.trace.events.filter(
    (e): e is HttpEvent =>
      e.kind === 'http' && e.scenario === scenario && (steps === undefined || stepMatches(e.step, steps)),
  );
}

/** The (last) HTTP exchange of a step, or Halt(error) when the suite never made it. */
export function requireStep<S extends ScenarioId>(
  ctx: CheckContext,
  scenario: S,
  step: StepOf<S>,
): HttpEvent {
  const rec = requireScenario(ctx, scenario);
  const found = httpSteps(ctx, scenario, step);
  if (found.length === 0) throw new Halt(missing(rec, `'${step}' request`));
  return found[found.length - 1];
}

export interface Interaction {
  rec: ScenarioRecord;
  id: string;
  nickname: string | undefined;
  customer: string | undefined;
}

/** The interaction a scenario offered, or Halt(error) when the control API gave none. */
export function requireInteraction(ctx: CheckContext, scenario: ScenarioId): Interaction {
  const rec = requireScenario(ctx, scenario);
  const id = rec.facts.interactionId;
  if (typeof id !== 'string' || id === '') throw new Halt(missing(rec, 'interaction id'));
  return { rec, id, nickname: rec.facts.nickname, customer: rec.facts.customerNickname };
}

// ---------------------------------------------------------------- HTTP answers

export function label(ev: HttpEvent): string {
  const path = ev.request.url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return `${ev.request.method} ${path} (step ${ev.step})`;
}

/** `HTTP 200 {"statusCode":0}` or the transport error, for Actual. */
export function answerText(ev: HttpEvent): string {
  if (ev.error !== undefined) return `no answer: ${ev.error}`;
  const r = ev.response;
  if (r === undefined) return 'no answer';
  const body = r.json !== undefined ? quote(r.json) : quoteText(r.text);
  return `HTTP ${r.status} ${body}`;
}

/** The JSON object an answer carries, or Halt with a breach of `req` (transport error, not JSON). */
export function bodyOf(ev: HttpEvent, req: RequirementId): Json {
  const evidence = [ev.seq];
  if (ev.error !== undefined || ev.response === undefined) {
    throw new Halt(
      breach(req, `${label(ev)} got no answer.`, {
        expected: 'a JSON answer',
        actual: answerText(ev),
        evidence,
      }),
    );
  }
  const json = ev.response.json;
  if (json === undefined) {
    const why = ev.response.parseError ? ` (${ev.response.parseError})` : '';
    throw new Halt(
      breach(req, `${label(ev)} answered a body that is not JSON${why}.`, {
        expected: 'a JSON object',
        actual: answerText(ev),
        evidence,
      }),
    );
  }
  if (!isObject(json)) {
    throw new Halt(
      breach(req, `${label(ev)} answered JSON that is not an object.`, {
        expected: 'a JSON object',
        actual: answerText(ev),
        evidence,
      }),
    );
  }
  return json;
}

/** The statusCode of a JSON answer, when there is one. */
export function statusCodeOf(ev: HttpEvent): unknown {
  const json = ev.response?.json;
  return isObject(json) ? json.statusCode : undefined;
}

export const isNonZeroCode = (code: unknown): code is number => typeof code === 'number' && code !== 0;

/** A call of the API under test (not the control API). */
export function isApiCall(ev: HttpEvent): boolean {
  return /\/api\/v2\//.test(ev.request.url) && !/\/conformance\/v1/.test(ev.request.url);
}
