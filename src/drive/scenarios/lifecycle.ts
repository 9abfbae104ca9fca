/**
 * The interaction's end (LIFECYCLE.md: REJ, CMP, LEV, and the LIF-2 probes after Complete): Reject
 * of an offer; Complete of a Chatting interaction; Complete with text (chat); Leave then Complete.
 * Each scenario is one interaction; they run concurrently with the Accept-flow scenarios, and a
 * "nothing is notified" keeps the channel listening one quiet window past the scenario's end.
 */
import { isObject } from '../../model/protocol';
import { LIFECYCLE_VALUES, type SCENARIO } from '../../model/scenarios';
import { acceptNickname } from './accept-flow';
import type { ScenarioRun } from './context';
import {
  chatting,
  completeAndWait,
  customerEvent,
  customerView,
  isState,
  mayHaveSucceeded,
  operate,
  operateAndWaitState,
} from './lifecycle-steps';

/** REJ-1..3: Reject of an offered interaction, then an Accept of it by the same agent. */
export async function reject(run: ScenarioRun<typeof SCENARIO.reject>): Promise<void> {
  const id = await run.offer();
  if (!id) return;
  const nickname = acceptNickname(run.ctx.a.user);
  run.facts.nickname = nickname;
  await operateAndWaitState(
    run,
    'Reject',
    id,
    { operationName: 'Reject' },
    isState('Completed'),
    'StatusChange(Completed)',
  );
  await run.accept(run.ctx.a, id, 'accept-after-reject', { operationName: 'Accept', nickname });
  run.listenPastNow();
  await run.ctx.driver.end(run.id, id);
}

/** CMP-1..3 and LIF-2: Complete, the customer side afterwards, GET and list, then operations it no longer allows. */
export async function complete(run: ScenarioRun<typeof SCENARIO.complete>): Promise<void> {
  const id = await chatting(run);
  if (!id) return;
  const rest = run.ctx.a.rest;
  await completeAndWait(run, 'Complete', id);
  await Promise.all([
    customerEvent(run, id),
    customerView(run, id),
    rest.get(run.id, 'get', run.path(id)),
    rest.get(run.id, 'list', `/api/v2/me/${run.ctx.collection}?fields=*`),
  ]);
  await Promise.all([
    operate(run, 'late:SendMessage', id, { operationName: 'SendMessage', text: LIFECYCLE_VALUES.text }),
    operate(run, 'late:AttachUserData', id, { operationName: 'AttachUserData', userData: { Late: 'yes' } }),
    operate(run, 'late:Complete', id, { operationName: 'Complete' }),
  ]);
  run.listenPastNow();
  await run.ctx.driver.end(run.id, id);
}

/** CMP-4 (chat): Complete with text; the customer view should show the text. */
export async function completeText(run: ScenarioRun<typeof SCENARIO.completeText>): Promise<void> {
  const id = await chatting(run);
  if (!id) return;
  const body = { operationName: 'Complete', text: LIFECYCLE_VALUES.completeText };
  await completeAndWait(run, 'Complete', id, body);
  await customerView(run, id);
  await run.ctx.driver.end(run.id, id);
}

/** LEV-1..3: Leave, its notifications, the customer side, a second Leave (INFO), then Complete. */
export async function leave(run: ScenarioRun<typeof SCENARIO.leave>): Promise<void> {
  const id = await chatting(run);
  if (!id) return;
  const since = run.ctx.recorder.events.length + 1;
  const left = await operate(run, 'Leave', id, { operationName: 'Leave' });
  if (mayHaveSucceeded(left)) {
    const participantLeft = (m: unknown) => isObject(m) && m.type === 'ParticipantLeft';
    await Promise.all([
      run.waitState('A', id, isState('LeftChat'), 'StatusChange(LeftChat)', since),
      run.waitHistory(
        id,
        (ms) => ms.some(participantLeft),
        "NewMessages with the agent's ParticipantLeft",
        since,
      ),
    ]);
  }
  await Promise.all([customerEvent(run, id), customerView(run, id)]);
  await operate(run, 'leave-again', id, { operationName: 'Leave' });
  await completeAndWait(run, 'Complete', id);
  await run.ctx.driver.end(run.id, id);
}
