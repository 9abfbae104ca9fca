/**
 * The reference server's state: interactions, their participants and their message log, plus the
 * id and timestamp forms of the seed pages (ids like 0000Na9B26EF002X, timestamps like
 * 2014-01-02T14:23:18.000-0800).
 */
import { randomBytes } from 'node:crypto';
import type { Channel, ChannelRow, OperationName } from '../src/model/channels';
import { MESSAGE_TYPES, type MessageType } from '../src/model/protocol';

/** Internal states; what a client sees may be renamed by a variation (e.g. Invited -> Ringing). */
export type State = 'Invited' | 'Chatting' | 'LeftChat' | 'Completed';

export { MESSAGE_TYPES, type MessageType };

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && (MESSAGE_TYPES as readonly string[]).includes(value);
}

export interface Participant {
  type: 'Agent' | 'Customer' | 'External';
  nickname: string;
  participantId: string;
}

/** What the log holds: the nine types, and the agent's CustomNotice (SendCustomNotice). */
export type StoredType = MessageType | 'CustomNotice';

export interface StoredMessage {
  /** 1, 2, 3... for ordinary messages (a hook may renumber), -1 for TranscriptSaveDone. */
  index: number;
  type: StoredType;
  from: Participant;
  text?: string;
  url?: string;
  noticeText?: string;
  /** Epoch milliseconds, never less than the previous message's. */
  at: number;
  /** Produced after the agent joined (the history notification carries the others). */
  afterAccept: boolean;
}

export interface Interaction {
  id: string;
  channel: Channel;
  /** User name of the agent the interaction is routed to. */
  agent: string;
  state: State;
  customer: Participant;
  customerPresent: boolean;
  /** Set by Accept. */
  agentParticipant?: Participant;
  messages: StoredMessage[];
  /** Ordinary messages produced so far (the input of the index hook). */
  ordinal: number;
  createdAt: number;
  /** When it reached Completed (for the time-to-live of finished interactions). */
  endedAt?: number;
  /** Attached data (AttachUserData, UpdateUserData, DeleteUserData, SetDisposition). */
  userData: Record<string, unknown>;
  /** The customer's session is over (Reject, Complete, Leave): customer events answer 409. */
  customerEnded: boolean;
  /** The operation that made it Completed (Reject or Complete). */
  closedBy?: OperationName;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomChars(alphabet: string, n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** 16 alphanumeric characters with the `0000` prefix of the seed samples. */
export function newInteractionId(): string {
  return `0000${randomChars(ALNUM, 12)}`;
}

/** 16 upper-case hex digits, like 009052C5E6D6004A. */
export function newParticipantId(): string {
  return randomBytes(8).toString('hex').toUpperCase();
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `yyyy-MM-ddTHH:mm:ss.SSS±hhmm` in local time, offset without a colon (the seed form). */
export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
    `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`
  );
}

/** The `…Path` twin of a history key (chatUri -> chatPath). */
export function pathKeyOf(row: ChannelRow): string {
  return row.historyKey.replace(/Uri$/, 'Path');
}
