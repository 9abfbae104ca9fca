/**
 * How a client reads GWS notifications for one channel: which messages are state changes or
 * history, which resource they carry, which interaction they concern. Scenarios (to wait) and
 * checks (to judge) share these readings, so both see a notification the same way.
 */
import { type ChannelRow, type DocVariant, findVariant } from './channels';
import type { BayeuxEvent, HttpEvent, TraceEvent } from './trace';

export type Json = Record<string, unknown>;

/** The nine message types of the SMS session resource page (003_8351937f05c82431.txt). */
export const MESSAGE_TYPES = [
  'Text',
  'ParticipantJoined',
  'ParticipantLeft',
  'ParticipantRejoined',
  'TypingStarted',
  'TypingStopped',
  'PushUrl',
  'Notice',
  'TranscriptSaveDone',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The `data` of a notification: a received Bayeux message on a non-meta channel. */
export function notificationData(ev: TraceEvent): Json | undefined {
  if (ev.kind !== 'bayeux' || ev.direction !== 'in') return undefined;
  const channel = ev.message.channel;
  if (typeof channel !== 'string' || channel.startsWith('/meta/')) return undefined;
  return isObject(ev.message.data) ? ev.message.data : undefined;
}

export function isNotification(ev: TraceEvent): ev is BayeuxEvent {
  return notificationData(ev) !== undefined;
}

export interface StateChange {
  messageType: unknown;
  notificationType: unknown;
  /** Member that held the resource (the channel's key or a documented variant of it). */
  key: string;
  resource: Json;
  id: string | undefined;
  /** Variants the notification uses (resource key, messageType), if any. */
  variants: DocVariant[];
}

/**
 * Reads a state-change message of this channel: its messageType is the channel's (or a documented
 * variant), or it carries the channel's resource key (or a variant key).
 */
export function stateChangeOf(data: Json, row: ChannelRow): StateChange | undefined {
  if (data.messageType === 'MessageLogUpdated') return undefined;
  const keys = [row.resourceKey, ...variantKeys(row, 'resourceKey')];
  const key = keys.find((k) => isObject(data[k]));
  const typeVariant = findVariant(row, 'messageType', data.messageType);
  if (key === undefined) return undefined;
  if (data.messageType !== row.messageType && !typeVariant && !looksLikeStateChange(data.messageType)) {
    return undefined;
  }
  const resource = data[key] as Json;
  const variants: DocVariant[] = [];
  const keyVariant = key === row.resourceKey ? undefined : findVariant(row, 'resourceKey', key);
  if (keyVariant) variants.push(keyVariant);
  if (typeVariant) variants.push(typeVariant);
  return {
    messageType: data.messageType,
    notificationType: data.notificationType,
    key,
    resource,
    id: typeof resource.id === 'string' ? resource.id : undefined,
    variants,
  };
}

/** Any messageType naming a state change, so a wrong spelling is still attributed (and judged). */
function looksLikeStateChange(messageType: unknown): boolean {
  return typeof messageType === 'string' && /statechange|test_accept/i.test(messageType);
}

export interface History {
  messages: unknown[];
  /** Member that linked it to its interaction (the history key, a `…Path` twin, or none). */
  key: string | undefined;
  uri: string | undefined;
  id: string | undefined;
}

/**
 * The variant spellings of a key in both variants tables (Accept flow, lifecycle pages): a
 * notification under one of them is read, and the check the table names reports it.
 */
export function variantKeys(row: ChannelRow, field: 'resourceKey' | 'historyKey'): string[] {
  const all = [...row.variants, ...row.lifecycle.variants].filter((v) => v.field === field);
  return [...new Set(all.map((v) => v.value))];
}

/** Reads a `MessageLogUpdated` message; the interaction is the last path segment of its URI. */
export function historyOf(data: Json, row: ChannelRow): History | undefined {
  if (data.messageType !== 'MessageLogUpdated') return undefined;
  const uriKeys = [row.historyKey, ...variantKeys(row, 'historyKey')];
  // Each `…Uri` key, then its `…Path` twin.
  const keys = [...uriKeys, ...uriKeys.map((k) => k.replace(/Uri$/, 'Path'))];
  const key = keys.find((k) => typeof data[k] === 'string');
  const uri = key === undefined ? undefined : (data[key] as string);
  return {
    messages: Array.isArray(data.messages) ? data.messages : [],
    key,
    uri,
    id: uri === undefined ? undefined : lastSegment(uri),
  };
}

export function lastSegment(uri: string): string {
  return (
    uri
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  );
}

/** The interaction a notification concerns, if this channel's reading can tell. */
export function interactionIdOf(data: Json, row: ChannelRow): string | undefined {
  return stateChangeOf(data, row)?.id ?? historyOf(data, row)?.id;
}

/** "Not found": HTTP 404, or GWS's statusCode 6 (no such resource). */
export function answeredNotFound(ev: HttpEvent): boolean {
  const json = ev.response?.json;
  return ev.response?.status === 404 || (isObject(json) && json.statusCode === 6);
}

/** Sender nickname of a message, for matching a history with no key by its customer. */
export function senderNickname(message: unknown): string | undefined {
  if (!isObject(message) || !isObject(message.from)) return undefined;
  return typeof message.from.nickname === 'string' ? message.from.nickname : undefined;
}

/** Was the message sent by an agent (its `from.type`)? */
export function fromAgent(message: unknown): boolean {
  return isObject(message) && isObject(message.from) && message.from.type === 'Agent';
}

/** JSON text with sorted keys, for comparing contents. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
