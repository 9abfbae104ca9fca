/**
 * What each agent API request should do, decided before anything changes: a Decision (hooks.ts).
 * Validation order for an operation: body is a JSON object, operationName, the interaction (of
 * this agent and channel), the operation in its state, then the operation's parameters.
 */
import type { ChannelRow } from '../src/model/channels';
import type { Decision, Reason } from './hooks';
import { isPlainObject, type Parsed } from './http';
import { lifecycleDecision } from './lifecycle-decide';
import type { Interaction } from './model';
import type { Store } from './store';

export function fail(code: number, reason: Reason, message: string, interaction?: Interaction): Decision {
  return { kind: 'error', code, reason, message, interaction };
}

type Found<T> = { ok: true; value: T } | { ok: false; error: Decision };

/** The body of a POST as an object with an operationName, or the error it deserves. */
export function operationBody(parsed: Parsed | undefined): Found<Record<string, unknown>> {
  const no = (error: Decision): Found<Record<string, unknown>> => ({ ok: false, error });
  if (parsed === undefined) return no(fail(1, 'not-object', 'A JSON request body is required'));
  if (!parsed.ok) return no(fail(1, 'not-json', 'The request body is not valid JSON'));
  if (!isPlainObject(parsed.value))
    return no(fail(1, 'not-object', 'The request body must be a JSON object'));
  const op = parsed.value.operationName;
  if (op === undefined) return no(fail(1, 'no-operation', 'operationName is required'));
  if (typeof op !== 'string') return no(fail(1, 'bad-member', 'operationName must be a string'));
  return { ok: true, value: parsed.value };
}

/** A POST whose body must be an operation: `next` decides once it is (agent-state.ts for /me and channels). */
export function withOperation(
  parsed: Parsed | undefined,
  next: (body: Record<string, unknown>) => Decision,
): Decision {
  const read = operationBody(parsed);
  return read.ok ? next(read.value) : read.error;
}

/** The interaction `id` if this agent may see it on this channel (another agent's is not found). */
export function lookup(store: Store, row: ChannelRow, user: string, id: string): Found<Interaction> {
  const interaction = store.get(id);
  // Another agent's (or channel's) interaction gets the very same answer as an unknown id; the
  // reason differs only inside, so a fault about unknown ids leaves isolation alone.
  const message = `No ${row.resourceKey} with id ${id}`;
  if (!interaction) return { ok: false, error: fail(6, 'unknown-id', message) };
  if (interaction.agent !== user || interaction.channel !== row.name) {
    return { ok: false, error: fail(6, 'not-visible', message) };
  }
  return { ok: true, value: interaction };
}

/** POST /api/v2/me/{collection}/{id}: Accept, and the lifecycle operations (lifecycle-decide.ts). */
export function interactionOperation(
  parsed: Parsed | undefined,
  found: () => Found<Interaction>,
  row: ChannelRow,
): Decision {
  const read = operationBody(parsed);
  if (!read.ok) return read.error;
  const body = read.value;
  const lookedUp = found();
  if (!lookedUp.ok) return lookedUp.error;
  const interaction = lookedUp.value;
  const state = interaction.state;
  switch (body.operationName) {
    case 'Accept':
      if (state === 'Chatting') return fail(2, 'already-accepted', 'Already accepted', interaction);
      if (state !== 'Invited') return fail(2, 'wrong-state', `Cannot accept in state ${state}`, interaction);
      return acceptParameters(body, interaction, row);
    default:
      // An operation the channel does not document gets the unknown-operation answer.
      return (
        lifecycleDecision(body, interaction, row) ??
        fail(2, 'unknown-operation', `Operation ${String(body.operationName)} is not supported`, interaction)
      );
  }
}

function acceptParameters(
  body: Record<string, unknown>,
  interaction: Interaction,
  row: ChannelRow,
): Decision {
  const nickname = body.nickname;
  if (nickname === undefined || nickname === null || nickname === '') {
    return fail(1, 'no-nickname', 'nickname is required', interaction);
  }
  if (typeof nickname !== 'string' || nickname.trim() === '') {
    return fail(1, 'bad-member', 'nickname must be a non-empty string', interaction);
  }
  // saveLAR is documented for chat and SMS only; facebook ignores it.
  if (row.saveLAR && body.saveLAR !== undefined && typeof body.saveLAR !== 'boolean') {
    return fail(1, 'bad-member', 'saveLAR must be true or false', interaction);
  }
  return { kind: 'accept', interaction, nickname };
}

/** GET .../messages?startIndex=&count=: non-negative integers; 0 or absent means from 1 / all. */
export function paging(query: URLSearchParams, interaction: Interaction): Decision {
  const read = (name: string): number | undefined | null => {
    const raw = query.get(name);
    if (raw === null || raw === '') return undefined;
    return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  };
  const startIndex = read('startIndex');
  const count = read('count');
  if (startIndex === null || count === null) {
    return fail(1, 'bad-paging', 'startIndex and count must be non-negative integers', interaction);
  }
  return { kind: 'page', interaction, startIndex: startIndex ?? 0, count: count ?? 0 };
}

/**
 * One page of the log: the messages whose index is at least startIndex (0 like 1), at most count
 * (0: all). TranscriptSaveDone (-1) is outside paging: kept only on an unpaged start.
 */
export function pageOf<T extends { index: number }>(
  messages: readonly T[],
  startIndex: number,
  count: number,
): T[] {
  const start = Math.max(1, startIndex);
  const rest = start === 1 ? [...messages] : messages.filter((m) => m.index >= start);
  return count > 0 ? rest.slice(0, count) : rest;
}
