/** Offer (OFF-1..3): the StatusChange that announces an interaction to the agent. */
import {
  MALFORMED,
  type MalformedKind,
  malformedScenario,
  SCENARIO,
  type ScenarioWith,
} from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { isStatusChange, neverArrived, type ReceivedChange, stateChanges } from '../lib/notifications';
import { breach, combine, pass, quote, record } from '../lib/outcome';
import { httpSteps, requireInteraction, scenarioRecord } from '../lib/query';

/** Every scenario that offers an interaction to agent A. */
const OFFERING: ScenarioWith<'offer'>[] = [
  SCENARIO.acceptFlow,
  SCENARIO.saveLarTrue,
  SCENARIO.saveLarFalse,
  SCENARIO.noNickname,
  SCENARIO.unauthenticatedAccept,
  SCENARIO.csrf,
  SCENARIO.isolation,
  ...(Object.keys(MALFORMED) as MalformedKind[]).map(malformedScenario),
];

interface Offer {
  scenario: ScenarioWith<'offer'>;
  id: string;
  cause: HttpEvent | undefined;
  offer: ReceivedChange | undefined;
  /** A state change for the id before the Accept that is not a StatusChange (when no offer is). */
  other: ReceivedChange | undefined;
}

/** The offers the trace shows: the accept-flow's (required) and every other offering scenario's that ran. */
function offers(ctx: CheckContext): Offer[] {
  requireInteraction(ctx, SCENARIO.acceptFlow);
  const out: Offer[] = [];
  for (const scenario of OFFERING) {
    const rec = scenarioRecord(ctx, scenario);
    const id = rec?.facts.interactionId;
    if (rec === undefined || rec.status === 'skipped' || typeof id !== 'string') continue;
    const accept = httpSteps(ctx, scenario, 'accept')[0];
    const before = accept?.t ?? Number.POSITIVE_INFINITY;
    const early = stateChanges(ctx, id).filter((r) => r.ev.t < before);
    const offer = early.find(isStatusChange);
    out.push({ scenario, id, cause: httpSteps(ctx, scenario, 'offer')[0], offer, other: early[0] });
  }
  return out;
}

const capabilitiesOf = (r: ReceivedChange): unknown => r.sc.resource.capabilities;
const has = (caps: unknown, name: string) => Array.isArray(caps) && caps.includes(name);

const acceptCapability = defineCheck({
  id: 'offer/accept-capability',
  requirements: ['OFF-1'],
  title:
    'An offered interaction is announced by a StatusChange whose resource has id, uri and state strings and capabilities containing Accept.',
  scenarios: OFFERING,
  judge(ctx) {
    const all = offers(ctx);
    const findings: Outcome[] = [];
    for (const o of all) {
      if (o.offer === undefined) {
        const what = `The offer StatusChange for ${o.id} (${o.scenario})`;
        findings.push(
          o.other
            ? breach(
                'OFF-1',
                `The offer of ${o.id} (${o.scenario}) is notified as ${quote(o.other.sc.notificationType)}.`,
                {
                  expected: '"notificationType":"StatusChange"',
                  actual: quote(o.other.data),
                  evidence: [o.other.ev.seq],
                  pointer: '/notificationType',
                },
              )
            : neverArrived(ctx, 'OFF-1', o.scenario, what, o.cause, 'offer'),
        );
        continue;
      }
      const r = o.offer.sc.resource;
      const wrong = (['id', 'uri', 'state'] as const).filter((k) => typeof r[k] !== 'string');
      const evidence = [o.offer.ev.seq];
      if (wrong.length > 0) {
        findings.push(
          breach('OFF-1', `The offered resource lacks ${wrong.join(', ')} as string(s) (${o.scenario}).`, {
            expected: '{"id":"...","uri":"...","state":"...","capabilities":["Accept",...]}',
            actual: quote(r),
            evidence,
            pointer: `/${o.offer.sc.key}/${wrong[0]}`,
          }),
        );
      }
      if (!has(capabilitiesOf(o.offer), 'Accept')) {
        findings.push(
          breach('OFF-1', `The offered resource's capabilities do not contain Accept (${o.scenario}).`, {
            expected: 'capabilities containing "Accept"',
            actual: quote(capabilitiesOf(o.offer)),
            evidence,
            pointer: `/${o.offer.sc.key}/capabilities`,
          }),
        );
      }
    }
    return combine(
      findings,
      pass(`${all.length} offer(s) announced with capabilities containing Accept.`, {
        evidence: all.flatMap((o) => (o.offer ? [o.offer.ev.seq] : [])),
      }),
    );
  },
});

/** The offers that arrived (as a StatusChange, or as another state change: OFF-1 reports that). */
function arrived(ctx: CheckContext): (Offer & { offer: ReceivedChange })[] {
  return offers(ctx)
    .map((o) => ({ ...o, offer: o.offer ?? o.other }))
    .filter((o): o is Offer & { offer: ReceivedChange } => o.offer !== undefined);
}

/** No offer arrived at all: the target's fault, reported under `req` with the accept-flow's timeout note. */
function noOffer(ctx: CheckContext, req: 'OFF-2'): Outcome {
  const it = requireInteraction(ctx, SCENARIO.acceptFlow);
  const cause = httpSteps(ctx, SCENARIO.acceptFlow, 'offer')[0];
  return neverArrived(ctx, req, SCENARIO.acceptFlow, `The offer StatusChange for ${it.id}`, cause, 'offer');
}

const rejectCapability = defineCheck({
  id: 'offer/reject-capability',
  requirements: ['OFF-2'],
  title: "The offered resource's capabilities also contain Reject.",
  scenarios: OFFERING,
  judge(ctx) {
    const got = arrived(ctx);
    if (got.length === 0) return noOffer(ctx, 'OFF-2');
    const lacking = got.find((o) => !has(capabilitiesOf(o.offer), 'Reject'));
    if (lacking !== undefined) {
      return breach(
        'OFF-2',
        `The offered resource's capabilities do not contain Reject (${lacking.scenario}).`,
        {
          expected: 'capabilities containing "Reject"',
          actual: quote(capabilitiesOf(lacking.offer)),
          evidence: [lacking.offer.ev.seq],
          pointer: `/${lacking.offer.sc.key}/capabilities`,
        },
      );
    }
    return pass(`${got.length} offer(s) carry Reject.`);
  },
});

const stateName = defineCheck({
  id: 'offer/state-name',
  requirements: ['OFF-3'],
  title: 'The name of the offered state (not documented; recorded).',
  scenarios: [SCENARIO.acceptFlow],
  judge(ctx) {
    const got = arrived(ctx);
    if (got.length === 0) return record('offered state: none seen (no offer notification arrived)');
    const states = [...new Set(got.map((o) => quote(o.offer.sc.resource.state)))];
    return record(`offered state: ${states.map((s) => s.replace(/^"(.*)"$/, '$1')).join(', ')}`, {
      evidence: [got[0].offer.ev.seq],
    });
  },
});

export const OFF_CHECKS: Check[] = [acceptCapability, rejectCapability, stateName];
