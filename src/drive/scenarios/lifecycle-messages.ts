/**
 * What the agent does while Chatting (LIFECYCLE.md: SND, UD, and the LIF-2 and LIF-4 probes): the
 * agent messages and the attached data, each on an interaction of its own. The probes come first,
 * then one quiet window (shared: the scenarios run concurrently), then the operations the channel
 * documents, each waiting for what it causes; an undocumented one is not run.
 */
import type { Json } from '../../model/protocol';
import {
  type AgentMessageOp,
  BAD_PARAMETERS,
  LIFECYCLE_VALUES,
  type SCENARIO,
  type UserDataOp,
} from '../../model/scenarios';
import type { ScenarioRun } from './context';
import {
  chatting,
  customerView,
  documented,
  operate,
  operateAndWaitMessage,
  operateAndWaitUserData,
} from './lifecycle-steps';

const V = LIFECYCLE_VALUES;

/** The agent messages in order: operation, its parameters, the message type it gives. */
const AGENT_MESSAGES: { op: AgentMessageOp; params: Json; type: string }[] = [
  { op: 'SendMessage', params: { text: V.text }, type: 'Text' },
  { op: 'SendUrl', params: { url: V.url }, type: 'PushUrl' },
  { op: 'SendStartTypingNotification', params: {}, type: 'TypingStarted' },
  { op: 'SendStopTypingNotification', params: {}, type: 'TypingStopped' },
  { op: 'SendCustomNotice', params: { noticeText: V.noticeText }, type: 'CustomNotice' },
];

/** SND-1..6 and LIF-4: SendMessage without text and with a number, then every documented agent message. */
export async function agentMessages(run: ScenarioRun<typeof SCENARIO.agentMessages>): Promise<void> {
  const id = await chatting(run);
  if (!id) return;
  await Promise.all([
    operate(run, 'bad:no-text', id, BAD_PARAMETERS['no-text']),
    operate(run, 'bad:text-number', id, BAD_PARAMETERS['text-number']),
  ]);
  await run.quiet();
  for (const { op, params, type } of AGENT_MESSAGES) {
    if (!documented(run, op)) continue;
    await operateAndWaitMessage(run, op, id, { operationName: op, ...params }, type);
  }
  await Promise.all([
    run.ctx.a.rest.get(run.id, 'messages', run.path(id, '/messages')),
    customerView(run, id),
  ]);
  await run.ctx.driver.end(run.id, id);
}

/** UD-1..5, LIF-2 (Reject after Accept) and LIF-4: the probes, then attach, update, delete, disposition, GET. */
export async function userData(run: ScenarioRun<typeof SCENARIO.userData>): Promise<void> {
  const id = await chatting(run);
  if (!id) return;
  await Promise.all([
    operate(run, 'late:Reject', id, { operationName: 'Reject' }),
    operate(run, 'bad:userdata-string', id, BAD_PARAMETERS['userdata-string']),
    operate(run, 'bad:keys-string', id, BAD_PARAMETERS['keys-string']),
  ]);
  await run.quiet();
  const steps: [UserDataOp, Json][] = [
    ['AttachUserData', { userData: V.attach }],
    ['UpdateUserData', { userData: V.update }],
    ['DeleteUserData', { keys: V.deleteKeys }],
    ['SetDisposition', V.disposition],
  ];
  for (const [op, params] of steps) {
    if (documented(run, op)) await operateAndWaitUserData(run, op, id, { operationName: op, ...params });
  }
  await run.ctx.a.rest.get(run.id, 'get', run.path(id));
  run.listenPastNow();
  await run.ctx.driver.end(run.id, id);
}
