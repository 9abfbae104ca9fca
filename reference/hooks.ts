/**
 * The few places where a fault or a variation may change what the reference server does. The
 * correct behaviour is written once; a named fault is a catalogue entry that supplies one or more
 * of these hooks (reference/faults.ts), so no handler carries `if (fault)` branches.
 *
 * Every hook is a transform: it gets what the server was about to do and returns what it does.
 * Active entries are applied in catalogue order, each to the previous one's result.
 */
import type { ChannelRow, OperationName } from '../src/model/channels';
import type { AgentChange } from './agent-state';
import type { Interaction, Participant, State, StoredMessage } from './model';

export type Json = Record<string, unknown>;

/**
 * Authentication and CSRF gates: `passed` is what the correct server concluded. A Bayeux handshake
 * is told apart by the credentials it sent: none at all (`handshake`), a Basic header with a wrong
 * password (`handshake-wrong-password`), or a session cookie and no Authorization (`handshake-cookie`).
 */
export type Gate =
  | 'rest'
  | 'handshake'
  | 'handshake-wrong-password'
  | 'handshake-cookie'
  | 'subscribe'
  | 'csrf';

export type HandshakeGate = Extract<Gate, `handshake${string}`>;

export type Route =
  | 'me'
  | 'me-operation'
  | 'channel-operation'
  | 'list'
  | 'get'
  | 'messages'
  | 'operation'
  | 'other';

/** One agent API request, as the hooks see it. */
export interface RequestContext {
  route: Route;
  /** The channel addressed by the path, when it names one. */
  row?: ChannelRow;
  /** User name of the authenticated agent. */
  user: string;
  /** The channel's collection as the path spells it (a variation may route several spellings). */
  collection?: string;
  /** `operationName` of a POST, when there was one. */
  operation?: string;
  /** The parsed request body (POST), when it was JSON. */
  body?: unknown;
}

export type Reason =
  | 'not-json'
  | 'not-object'
  | 'no-operation'
  | 'unknown-operation'
  | 'unknown-id'
  /** The id exists but belongs to another agent or channel (answered exactly like unknown-id). */
  | 'not-visible'
  | 'unknown-channel'
  | 'wrong-state'
  | 'already-accepted'
  | 'no-nickname'
  | 'bad-member'
  | 'bad-paging'
  /** A lifecycle operation's required parameter missing or mistyped (LIF-4). */
  | 'bad-parameter'
  | 'not-found';

/** What a request was decided to do, before anything changes. */
export type Decision =
  | {
      kind: 'error';
      code: number;
      message: string;
      reason: Reason;
      /** The interaction addressed, when it was found (faults may go ahead with it). */
      interaction?: Interaction;
    }
  | { kind: 'reply'; status: number; body: Json | string }
  /** Log in, change the agent state on channels, or log out (agent-state.ts). */
  | { kind: 'agent'; change: AgentChange }
  | { kind: 'accept'; interaction: Interaction; nickname: string }
  /** Send the Accept notifications again without changing anything (a fault). */
  | { kind: 'renotify'; interaction: Interaction }
  /** A lifecycle operation (reference/lifecycle.ts), validated: run it. */
  | { kind: 'lifecycle'; interaction: Interaction; request: LifecycleRequest }
  | { kind: 'resource'; interaction: Interaction }
  | { kind: 'page'; interaction: Interaction; startIndex: number; count: number };

/** A validated lifecycle operation: its name and the documented parameters it was given. */
export interface LifecycleRequest {
  operation: OperationName;
  params: Json;
}

/** The HTTP answer of an agent API request. */
export interface Reply {
  status: number;
  body: Json | string;
}

/** Which notification of a batch (the hooks reorder, drop, copy or delay them by kind). */
export type NoteKind =
  | 'offer'
  | 'chatting'
  | 'participants'
  | 'history'
  /** A customer-side event after the Accept. */
  | 'message'
  /** StatusChange Completed (Reject, Complete). */
  | 'ended'
  /** StatusChange LeftChat (Leave). */
  | 'left'
  /** The attached-data state change (PropertiesUpdated). */
  | 'properties'
  /** NewMessages with what the agent sent (SendMessage, SendUrl, typing, CustomNotice, Complete/Leave text). */
  | 'sent'
  /** NewMessages with the agent's ParticipantLeft (Leave). */
  | 'agent-left'
  | 'extra';

export interface Note {
  kind: NoteKind;
  data: Json;
  /** Deliver this long after the cause (0: at once). */
  delayMs?: number;
  /** Deliver to every agent, not only the interaction's. */
  everyone?: boolean;
}

/** What caused a batch of notifications. */
export type Cause = 'offer' | 'accept' | 'event' | 'operation';

/** The interaction as it was before a lifecycle operation changed it. */
export interface Before {
  state: State;
  userData: Json;
}

export interface NotifyContext {
  row: ChannelRow;
  interaction: Interaction;
  cause: Cause;
  /** For cause `operation`: which lifecycle operation, and the interaction before it. */
  operation?: OperationName;
  before?: Before;
}

/** Where a resource is rendered: a notification of the flow, or a REST answer. */
export type ResourceView =
  | 'offer'
  | 'chatting'
  | 'participants'
  | 'ended'
  /** The StatusChange LeftChat after Leave. */
  | 'left'
  /** The attached-data state change: the full resource with userData. */
  | 'properties'
  | 'rest';

export interface ResourceContext {
  row: ChannelRow;
  interaction: Interaction;
  view: ResourceView;
}

export interface MessageContext {
  row: ChannelRow;
  interaction: Interaction;
  stored: StoredMessage;
  view: 'notification' | 'rest';
}

/** A message the server adds to a history on its own. */
export interface AddedMessage {
  type: string;
  text?: string;
  from: Participant;
}

export interface Hooks {
  /** The channel's spellings (collection, resource key, messageType) the server serves and sends. */
  spell?(row: ChannelRow): ChannelRow;
  /** Further collection spellings routed to the channel (some operations served on a seed page's path). */
  collections?(row: ChannelRow): string[];
  /** Authentication and CSRF outcomes. */
  admit?(gate: Gate, passed: boolean): boolean;
  /** An agent API request's decision (validation outcome, nickname, paging). */
  decide?(decision: Decision, ctx: RequestContext): Decision;
  /** An agent API answer (status, members). */
  respond?(reply: Reply, ctx: RequestContext): Reply;
  /** A batch of notifications (order, content, timing, audience). */
  notify?(notes: Note[], ctx: NotifyContext): Note[];
  /** A rendered resource. */
  resource?(resource: Json, ctx: ResourceContext): Json;
  /** A rendered message. */
  message?(message: Json, ctx: MessageContext): Json;
  /**
   * Messages the server adds on its own (a bot's greeting, a system Notice) right after a
   * participant joins: `customer` after the customer's ParticipantJoined, `agent` after the agent's.
   */
  addMessages?(after: 'customer' | 'agent', interaction: Interaction): AddedMessage[];
  /** The index of the n-th ordinary message (n from 1). */
  index?(ordinal: number): number;
  /** Whether a lifecycle operation (Reject, Complete, Leave) ends the customer's session. */
  endsCustomer?(ends: boolean, ctx: OperationContext): boolean;
  /** The customer view of the control API; undefined: answer 404 (not implemented). */
  customerView?(view: Json | undefined, ctx: { row: ChannelRow; interaction: Interaction }): Json | undefined;
}

export interface OperationContext {
  row: ChannelRow;
  interaction: Interaction;
  operation: OperationName;
}
