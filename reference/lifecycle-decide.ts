/**
 * What a lifecycle operation (LIFECYCLE.md's table) should do, decided before anything changes.
 * Order, as for Accept: documented on this channel (else the unknown-operation answer), allowed in
 * the interaction's state (else statusCode 2, LIF-2), then its parameters (else statusCode 1, LIF-4).
 */
import { type ChannelRow, type OperationName, operationSpec, type ParamSpec } from '../src/model/channels';
import type { Decision, Json } from './hooks';
import type { Interaction, State } from './model';

/** Where each operation is allowed; the capabilities of render.ts say the same (LIF-3). */
export const ALLOWED_IN: Record<OperationName, readonly State[]> = {
  Reject: ['Invited'],
  Complete: ['Chatting', 'LeftChat'],
  Leave: ['Chatting'],
  SendMessage: ['Chatting'],
  SendUrl: ['Chatting'],
  SendStartTypingNotification: ['Chatting'],
  SendStopTypingNotification: ['Chatting'],
  SendCustomNotice: ['Chatting'],
  // The offered capabilities list the user-data operations; ChatLeave keeps them (and the disposition) open.
  AttachUserData: ['Invited', 'Chatting', 'LeftChat'],
  UpdateUserData: ['Invited', 'Chatting', 'LeftChat'],
  DeleteUserData: ['Invited', 'Chatting', 'LeftChat'],
  SetDisposition: ['Chatting', 'LeftChat'],
};

const error =
  (code: number, reason: 'unknown-operation' | 'wrong-state' | 'bad-parameter') =>
  (message: string, interaction: Interaction): Decision => ({
    kind: 'error',
    code,
    reason,
    message,
    interaction,
  });

const TYPE_WORDS: Record<ParamSpec['type'], string> = {
  string: 'a non-empty string',
  boolean: 'true or false',
  object: 'a JSON object',
  'string[]': 'an array of strings',
};

function hasType(value: unknown, type: ParamSpec['type']): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '';
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'string[]':
      return Array.isArray(value) && value.every((k) => typeof k === 'string');
  }
}

/** The decision for `body.operationName` on `interaction`, or undefined when it is no lifecycle operation. */
export function lifecycleDecision(
  body: Json,
  interaction: Interaction,
  row: ChannelRow,
): Decision | undefined {
  const name = String(body.operationName);
  const spec = operationSpec(row.lifecycle, name);
  if (!spec) return undefined;
  if (!ALLOWED_IN[spec.name].includes(interaction.state)) {
    return error(2, 'wrong-state')(`${name} is not valid in state ${interaction.state}`, interaction);
  }
  const params: Json = {};
  for (const param of spec.params) {
    const value = body[param.name];
    if (value === undefined) {
      if (param.required) return error(1, 'bad-parameter')(`${param.name} is required`, interaction);
      continue;
    }
    if (!hasType(value, param.type)) {
      return error(1, 'bad-parameter')(`${param.name} must be ${TYPE_WORDS[param.type]}`, interaction);
    }
    params[param.name] = value;
  }
  return { kind: 'lifecycle', interaction, request: { operation: spec.name, params } };
}
