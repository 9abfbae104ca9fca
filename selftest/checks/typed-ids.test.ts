/**
 * Scenario ids and step names are shared vocabulary with types (src/model/scenarios.ts): a check
 * that looks up, or a scenario that records, a name no scenario declares does not compile. Every
 * `@ts-expect-error` below is checked by `tsc --noEmit` (an expected error that is no longer an
 * error fails it too); the tests at the bottom show the correct names find what a run records.
 */
import type { ScenarioRun } from '../../src/drive/scenarios/context';
import { contextFor } from '../../src/judge/lib/framework';
import { httpSteps, requireScenario, requireStep } from '../../src/judge/lib/query';
import { malformedScenario, SCENARIO, type Step, type StepOf, stepMatches } from '../../src/model/scenarios';
import type { RestClient } from '../../src/target/rest';
import { goodTrace } from './fixtures/good-trace';

const FLOW = SCENARIO.acceptFlow;

/** Never called: it exists for tsc. */
function misspellings(ctx: ReturnType<typeof contextFor>, rest: RestClient, run: ScenarioRun<typeof FLOW>) {
  // @ts-expect-error: a misspelt step
  requireStep(ctx, FLOW, 'accept-agian');
  // @ts-expect-error: a step of another scenario (accept-flow has no `me-anonymous`)
  requireStep(ctx, FLOW, 'me-anonymous');
  // @ts-expect-error: a misspelt scenario id
  requireScenario(ctx, 'accept-flwo');
  // @ts-expect-error: a message type the flow never produces
  httpSteps(ctx, FLOW, 'produce:Txt');
  // @ts-expect-error: a paging query the flow never sends
  httpSteps(ctx, FLOW, 'page:start=1');
  // @ts-expect-error: a step family no scenario has
  httpSteps(ctx, FLOW, { family: 'paeg' });
  // @ts-expect-error: one bad name in a list
  httpSteps(ctx, FLOW, ['messages', 'mesages-after']);
  // @ts-expect-error: a malformed kind that does not exist
  malformedScenario('not-jsn');
  // @ts-expect-error: the drive side records steps under the same types
  rest.get(SCENARIO.loginA, 'start-sesion', '/api/v2/me');
  // @ts-expect-error: a scenario run only takes its own steps
  void run.accept(run.ctx.a, 'id', 'bad', {});
  const unknown = run as unknown as ScenarioRun<typeof SCENARIO.unknownId>;
  // @ts-expect-error: only a scenario that offers an interaction may call offer()
  void unknown.offer();

  // The declared names compile.
  requireStep(ctx, FLOW, 'accept-again');
  httpSteps(ctx, FLOW, ['produce:ParticipantLeft', 'page:startIndex=3&count=1', { family: 'page' }]);
  requireStep(ctx, malformedScenario('not-json'), 'alive');
  rest.get(SCENARIO.unauthenticated, 'me-anonymous', '/api/v2/me');
  const steps: StepOf<typeof SCENARIO.discovery>[] = ['discover'];
  return steps;
}

test('the declared names find what a run records', () => {
  expect(typeof misspellings).toBe('function');
  const ctx = contextFor(goodTrace('chat'));
  expect(requireStep(ctx, FLOW, 'accept-again').step).toBe('accept-again');
  const pages = httpSteps(ctx, FLOW, { family: 'page' });
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.every((e) => e.step.startsWith('page:'))).toBe(true);
  expect(httpSteps(ctx, FLOW, ['messages', 'messages-after']).map((e) => e.step)).toEqual([
    'messages',
    'messages-after',
  ]);
});

test('a selector matches one step, a family, or any of a list', () => {
  const step: Step = 'produce:Text';
  expect(stepMatches(step, 'produce:Text')).toBe(true);
  expect(stepMatches(step, { family: 'produce' })).toBe(true);
  expect(stepMatches('production', { family: 'produce' })).toBe(false);
  expect(stepMatches(step, ['accept', { family: 'page' }])).toBe(false);
});
