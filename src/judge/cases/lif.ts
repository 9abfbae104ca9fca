/**
 * General lifecycle rules (LIF-1..4): the success answer of every operation, operations the state
 * no longer allows, the capabilities against what the target accepted, missing or mistyped
 * parameters.
 */
import { isObject } from '../../model/protocol';
import { LIFECYCLE_SCENARIOS, SCENARIO, type ScenarioId } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { operationSteps, succeededOp } from '../lib/lifecycle';
import { aboutInteraction, histories, senderOf, stateChanges } from '../lib/notifications';
import { breach, combine, detail, pass, quote, record, skip } from '../lib/outcome';
import { answerText, bodyOf, httpSteps, label, requireInteraction } from '../lib/query';
import { refusedWithCode } from '../lib/refusal';

const success = defineCheck({
  id: 'lifecycle/success',
  requirements: ['LIF-1'],
  title:
    'A lifecycle operation that succeeds answers HTTP 200 with an integer statusCode 0, beside which only an integer referenceId is expected.',
  scenarios: [...LIFECYCLE_SCENARIOS],
  judge(ctx) {
    const steps = operationSteps(ctx);
    if (steps.length === 0) return skip('no lifecycle operation was driven on this channel');
    const findings: Outcome[] = [];
    for (const { ev, op } of steps) {
      const evidence = [ev.seq];
      if (!succeededOp(ev)) {
        // The operation's own requirement judges an answer it names (REJ-1, CMP-1, ...).
        if (ctx.channel.lifecycle.operations[op]?.namesStatusCode) continue;
        findings.push(
          breach('LIF-1', `${label(ev)} did not succeed.`, {
            expected: 'HTTP 200 {"statusCode":0}',
            actual: answerText(ev),
            evidence,
            pointer: '/statusCode',
          }),
        );
        continue;
      }
      const body = ev.response!.json as Record<string, unknown>;
      const extra = Object.keys(body).filter(
        (k) => k !== 'statusCode' && !(k === 'referenceId' && Number.isInteger(body[k])),
      );
      if (extra.length > 0)
        findings.push(
          detail(
            'LIF-1',
            `${label(ev)} answered members besides statusCode and referenceId: ${extra.join(', ')}.`,
            {
              expected: '{"statusCode":0} (an integer referenceId allowed)',
              actual: answerText(ev),
              evidence,
              pointer: `/${extra[0]}`,
            },
          ),
        );
    }
    return combine(
      findings,
      pass(`${steps.length} lifecycle operation(s) answered HTTP 200 {"statusCode":0}.`),
    );
  },
});

/** The LIF-2 probes: operations the state no longer allows, by scenario. */
const LATE = [
  { scenario: SCENARIO.complete, steps: ['late:SendMessage', 'late:AttachUserData', 'late:Complete'] },
  { scenario: SCENARIO.userData, steps: ['late:Reject'] },
] as const;

/** The `end` step's time, or Infinity: what the customer going away causes is not the probe's doing. */
function endOf(ctx: CheckContext, scenario: ScenarioId): number {
  return httpSteps(ctx, scenario).find((e) => e.step === 'end')?.t ?? Number.POSITIVE_INFINITY;
}

/** A history whose messages are all the customer's own (a customer event, not the agent's probe). */
const customersOnly = (messages: unknown[]) =>
  messages.length > 0 &&
  messages.every((m) => senderOf(m)?.type !== 'Agent' && senderOf(m)?.type !== undefined);

const lateOperation = defineCheck({
  id: 'lifecycle/late-operation',
  requirements: ['LIF-2'],
  title:
    'An operation the state no longer allows answers a non-zero statusCode (SHOULD be 2) with a string statusMessage, and notifies no state change or message.',
  scenarios: LATE.map((l) => l.scenario),
  judge(ctx) {
    const findings: Outcome[] = [];
    const probes: HttpEvent[] = [];
    for (const { scenario, steps } of LATE) {
      const { id, customer } = requireInteraction(ctx, scenario);
      const evs = httpSteps(ctx, scenario, [...steps]);
      if (evs.length === 0) continue;
      probes.push(...evs);
      for (const ev of evs) {
        const found = refusedWithCode('LIF-2', ev, { should: 2, statusMessage: true });
        // 3, "operation forbidden", passes as well as the 2 it SHOULD be.
        const code = bodyOf(ev, 'LIF-2').statusCode;
        findings.push(
          ...found.filter((f) => f.pointer !== '/statusCode' || f.verdict !== 'warn' || code !== 3),
        );
      }
      const from = Math.min(...evs.map((e) => e.t));
      const to = endOf(ctx, scenario);
      const changes = stateChanges(ctx, id).filter(
        (r) =>
          r.ev.t >= from &&
          r.ev.t < to &&
          // After Reject-after-Accept the user-data operations still notify (PropertiesUpdated, Chatting).
          (scenario === SCENARIO.complete ||
            r.sc.notificationType === 'StatusChange' ||
            (r.sc.resource.state !== undefined && r.sc.resource.state !== 'Chatting')),
      );
      const messages = histories(ctx, id, customer).filter(
        (r) => r.ev.t >= from && r.ev.t < to && !customersOnly(r.h.messages),
      );
      for (const r of [...changes, ...messages])
        findings.push(
          breach('LIF-2', `A notification for ${id} followed an operation its state no longer allows.`, {
            expected: 'no StatusChange, NewMessages or changed state after the refused operation',
            actual: quote(r.data),
            evidence: [...evs.map((e) => e.seq), r.ev.seq],
          }),
        );
    }
    if (probes.length === 0) return skip('no operation the state no longer allows was driven');
    return combine(
      findings,
      pass(
        `${probes.length} operation(s) the state no longer allows were refused and notified nothing: ${probes.map((e) => `${e.step} → ${answerText(e)}`).join('; ')}.`,
        {
          evidence: probes.map((e) => e.seq),
        },
      ),
    );
  },
});

const capabilities = defineCheck({
  id: 'lifecycle/capabilities',
  requirements: ['LIF-3'],
  title:
    'Per state, the operations the suite performed successfully that the last capabilities notified for the interaction did not list (recorded).',
  scenarios: [...LIFECYCLE_SCENARIOS],
  judge(ctx) {
    const unlisted = new Map<string, Set<string>>();
    let performed = 0;
    for (const scenario of LIFECYCLE_SCENARIOS) {
      const rec = ctx.trace.scenarios.find((s) => s.id === scenario);
      const id = rec?.facts.interactionId;
      if (!rec || rec.status === 'skipped' || typeof id !== 'string') continue;
      for (const { ev, op } of operationSteps(ctx).filter((s) => s.ev.scenario === scenario)) {
        if (!succeededOp(ev)) continue;
        performed++;
        const last = stateChanges(ctx, id)
          .filter((r) => r.ev.t < ev.t && Array.isArray(r.sc.resource.capabilities))
          .pop();
        const caps = (last?.sc.resource.capabilities as unknown[] | undefined) ?? [];
        if (caps.includes(op)) continue;
        const state = String(last?.sc.resource.state ?? '(no capabilities notified)');
        unlisted.set(state, (unlisted.get(state) ?? new Set()).add(op));
      }
    }
    if (performed === 0) return skip('no lifecycle operation succeeded on this channel');
    if (unlisted.size === 0)
      return record(
        `Every one of the ${performed} operations performed successfully was listed in the last capabilities notified.`,
      );
    const text = [...unlisted].map(([state, ops]) => `${state}: ${[...ops].join(', ')}`).join('; ');
    return record(`Accepted although the last capabilities notified did not list them: ${text}.`);
  },
});

/** The LIF-4 probes by scenario. */
const BAD = [
  { scenario: SCENARIO.agentMessages, steps: ['bad:no-text', 'bad:text-number'] },
  { scenario: SCENARIO.userData, steps: ['bad:userdata-string', 'bad:keys-string'] },
] as const;

/** One LIF-4 probe's answer: a non-zero statusCode (SHOULD be 1) or an HTTP 4xx, never a 5xx. */
function badParameterAnswer(ev: HttpEvent): Outcome[] {
  const status = ev.response?.status;
  if (status !== undefined && status >= 400 && status < 500) return [];
  if (status !== undefined && status >= 500)
    return [
      breach('LIF-4', `${label(ev)} answered a server error to a missing or mistyped parameter.`, {
        expected: 'a non-zero statusCode (SHOULD be 1) or an HTTP 4xx',
        actual: answerText(ev),
        evidence: [ev.seq],
      }),
    ];
  return refusedWithCode('LIF-4', ev, { should: 1 });
}

const badParameter = defineCheck({
  id: 'lifecycle/bad-parameter',
  requirements: ['LIF-4'],
  title:
    'A required parameter missing or of the wrong type answers a non-zero statusCode (SHOULD be 1) or an HTTP 4xx, never a 5xx, and changes nothing.',
  scenarios: BAD.map((b) => b.scenario),
  judge(ctx) {
    const findings: Outcome[] = [];
    const probes: HttpEvent[] = [];
    for (const { scenario, steps } of BAD) {
      const { id, customer } = requireInteraction(ctx, scenario);
      const evs = httpSteps(ctx, scenario, [...steps]);
      probes.push(...evs);
      for (const ev of evs) findings.push(...badParameterAnswer(ev));
      if (evs.length === 0) continue;
      // The quiet window after the probes, up to the scenario's first operation.
      const from = Math.min(...evs.map((e) => e.t));
      const next = operationSteps(ctx).find((s) => s.ev.scenario === scenario)?.ev.t ?? endOf(ctx, scenario);
      // A StatusChange there is LIF-2's (the Reject probe beside them); messages and data are these probes'.
      const caused = aboutInteraction(ctx, id, customer, 'A').filter(
        (r) =>
          r.ev.t >= from &&
          r.ev.t < next &&
          !(isObject(r.data) && r.data.notificationType === 'StatusChange'),
      );
      for (const r of caused)
        findings.push(
          breach(
            'LIF-4',
            `A notification for ${id} followed a request with a missing or mistyped parameter.`,
            {
              expected: 'nothing notified: the refused request changes nothing',
              actual: quote(r.data),
              evidence: [...evs.map((e) => e.seq), r.ev.seq],
            },
          ),
        );
    }
    if (probes.length === 0) return skip('no request with a missing or mistyped parameter was driven');
    return combine(
      findings,
      pass(
        `${probes.length} request(s) with a missing or mistyped parameter were refused and changed nothing: ${probes.map((e) => `${e.step} → ${answerText(e)}`).join('; ')}.`,
        {
          evidence: probes.map((e) => e.seq),
        },
      ),
    );
  },
});

export const LIF_CHECKS: Check[] = [success, lateOperation, capabilities, badParameter];
