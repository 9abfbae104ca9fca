/**
 * The trace: everything that crossed the wire during a run, as recorded (secrets already redacted).
 * Checks judge it, `--replay` reads it back, the HTML report draws it. Keep it plain JSON.
 */
import type { Channel } from './channels';

/**
 * Who made a call: the agents, a client with no or wrong credentials, agent A's session cookie
 * alone with no Authorization (`cookie`, SES-3's browser handshake), the customer side.
 */
export type Actor = 'A' | 'B' | 'anon' | 'intruder' | 'cookie' | 'customer';

interface EventBase {
  /** Order of recording within the channel's trace. */
  seq: number;
  /** Milliseconds since the channel's run started (monotonic clock). */
  t: number;
  actor: Actor;
  /** Scenario that caused it; absent for notifications (they belong to a connection, not a scenario). */
  scenario?: string;
}

export interface HttpResponseRecord {
  status: number;
  headers: Record<string, string>;
  /** When the whole body had been read. */
  t: number;
  /** Parsed body when it was JSON. */
  json?: unknown;
  /** Body text when it was not JSON (cut to a few kB); `truncated` says so. */
  text?: string;
  /** Why the body could not be parsed as JSON, when its content type or shape said it should be. */
  parseError?: string;
  size: number;
  truncated?: boolean;
}

export interface HttpEvent extends EventBase {
  kind: 'http';
  /** The scenario's name for this request, e.g. `accept`, `accept-again`, `list`. */
  step: string;
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: HttpResponseRecord;
  /** Transport failure: refused, reset, timed out after N ms. */
  error?: string;
}

/** One Bayeux message, meta channels included, as sent (`out`) or received (`in`). */
export interface BayeuxEvent extends EventBase {
  kind: 'bayeux';
  direction: 'in' | 'out';
  message: BayeuxMessage;
}

export interface BayeuxMessage {
  channel: string;
  id?: string;
  clientId?: string;
  successful?: boolean;
  error?: string;
  subscription?: string | string[];
  data?: unknown;
  [member: string]: unknown;
}

/** A Bayeux exchange that could not be read as messages (not JSON, not an array, HTTP error). */
export interface BayeuxFaultEvent extends EventBase {
  kind: 'bayeux-fault';
  message: string;
}

/** A scenario's own account: a wait that timed out, a step it could not take, a value it chose. */
export interface NoteEvent extends EventBase {
  kind: 'note';
  level: 'info' | 'timeout' | 'error';
  text: string;
}

export type TraceEvent = HttpEvent | BayeuxEvent | BayeuxFaultEvent | NoteEvent;

export interface ScenarioRecord {
  id: string;
  status: 'done' | 'skipped' | 'error';
  /** Why it was skipped or could not finish. */
  reason?: string;
  startedAt: number;
  endedAt: number;
  facts: ScenarioFacts;
}

/** A customer-side event the scenario produced, and how the driver answered. */
export interface ProducedMessage {
  type: string;
  text?: string;
  url?: string;
  /** `produced`, or `unsupported` when the driver answered 422, or `refused` for any other failure. */
  status: 'produced' | 'unsupported' | 'refused';
  /** What the driver said when it could not produce it. */
  answer?: string;
  /** seq of the driver call (when it was an HTTP control call). */
  seq?: number;
  /** Milliseconds since the channel's run started when the driver was asked. */
  t: number;
}

/** What the optional customer view (GET /conformance/v1/interactions/{id}) answered, when asked. */
export type CustomerViewFact =
  | { status: 'seen'; view: unknown; t: number; seq?: number }
  | { status: 'unsupported'; reason: string; t: number; seq?: number }
  | { status: 'failed'; reason: string; t: number; seq?: number };

export interface ScenarioFacts {
  /** The customer view after the scenario's operation (lifecycle scenarios with a `view` step). */
  view?: CustomerViewFact;
  /** The customer event after Complete or Leave (CMP-2, LEV-2: the control API must answer 409). */
  customerEvent?: ProducedMessage;
  interactionId?: string;
  /** Nickname sent in Accept (differs from the user name, so a target that ignores it is caught). */
  nickname?: string;
  customerNickname?: string;
  /** Produced before the Accept (part of the history). */
  before?: ProducedMessage[];
  /** Produced after the Accept (MSG-3). */
  after?: ProducedMessage[];
  /** CSRF header name the target issued at login (login scenarios). */
  csrfHeader?: string | null;
  /** Channels the control API offered (discovery). */
  channels?: string[];
  /** The collection spelling the target serves, learnt at agent A's login (login-A). */
  collection?: string;
}

/** The trace of one channel's run. */
export interface ChannelTrace {
  channel: Channel;
  /** Agent user names by actor (no passwords). */
  users: Partial<Record<Actor, string>>;
  timeoutMs: number;
  quietMs: number;
  scenarios: ScenarioRecord[];
  events: TraceEvent[];
}

/** `<report-dir>/trace.json`. */
export interface TraceFile {
  format: 'gws-conformance-trace/1';
  suite: { name: string; version: string };
  target: string;
  startedAt: string;
  channels: Partial<Record<Channel, ChannelTrace>>;
}
