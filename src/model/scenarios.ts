/**
 * The scenarios of one channel's run and the names of their steps. Scenarios (drive) record HTTP
 * exchanges under these names; checks (judge) look them up by the same names. Every scenario that
 * offers an interaction gives it a customer nickname of its own, so even a history notification
 * with no URI member can be told apart by its sender.
 */
export const SCENARIO = {
  /** GET /conformance/v1: which channels the control API offers. Step: `discover`. */
  discovery: 'discovery',
  /**
   * Agent A logs in: steps `me`, `start-session`, `ready`; then CometD handshake + subscribe (Bayeux
   * events of actor A), a handshake with A's session cookie alone (actor cookie), and the collection
   * spelling learnt: `collection` (reconciled), `collection:<variant>` for each variant tried.
   */
  loginA: 'login-A',
  /** Agent B logs in (only with --user2): same steps, actor B. */
  loginB: 'login-B',
  /**
   * No or wrong credentials: steps `me-anonymous` (actor anon, no Authorization, no cookie) and
   * `me-wrong-password` (actor intruder); CometD handshakes by actor anon (no credentials, a jar
   * that keeps no cookie) and by actor intruder (A's user name, a wrong password).
   */
  unauthenticated: 'unauthenticated',
  /**
   * The documented flow. Steps: `offer` (control call, customer produces `before` messages:
   * TypingStarted, Text "Hello World"), `accept` (nickname ≠ user name, no saveLAR), `list`,
   * `get`, `get-unknown`, `messages`, `accept-again`, `produce:<Type>` (one control call per type in
   * `after`), `messages-after`, `page:<query>` (several), `end` (DELETE).
   */
  acceptFlow: 'accept-flow',
  /** Steps `offer`, `accept` with saveLAR true. */
  saveLarTrue: 'accept-savelar-true',
  /** Steps `offer`, `accept` with saveLAR false. */
  saveLarFalse: 'accept-savelar-false',
  /** Step `accept` of an id that was never offered (facts.interactionId is that id). */
  unknownId: 'accept-unknown-id',
  /** Steps `offer`, `bad` (Accept without nickname), then after the quiet window `accept` (valid). */
  noNickname: 'accept-no-nickname',
  /** Steps `offer`, `bad-anonymous` (actor anon), `bad-intruder` (actor intruder), then `accept`. */
  unauthenticatedAccept: 'accept-unauthenticated',
  /** CSRF in use only: steps `offer`, `bad` (same cookies, no token), then `accept` (with token). */
  csrf: 'accept-without-csrf-token',
  /** Second agent only: steps `offer` (to A), `bad` (B's Accept), then `accept` (A). */
  isolation: 'accept-by-other-agent',
  // ---- part 2 (LIFECYCLE.md): one interaction per operation group; an operation step is named
  // after the operation (recorded twice when the target answered it "not found" and the drive sent
  // it once more on its page's collection spelling: drive/scenarios/spelling.ts), a probe the state
  // no longer allows `late:<operation>` (LIF-2), a probe with a missing or mistyped parameter
  // `bad:<what>` (LIF-4).
  /** Steps `offer`, `Reject`, `accept-after-reject` (REJ-3), `end`. */
  reject: 'lifecycle-reject',
  /**
   * Steps `offer`, `accept`, `Complete`, then the customer event `produce:Text` (409), `view`,
   * `get`, `list` (CMP-3), the LIF-2 probes `late:SendMessage`, `late:AttachUserData`,
   * `late:Complete`, `end`.
   */
  complete: 'lifecycle-complete',
  /** Chat only: steps `offer`, `accept`, `Complete` with `text`, `view`, `end`. */
  completeText: 'lifecycle-complete-text',
  /** Steps `offer`, `accept`, `Leave`, `produce:Text` (409), `view`, `leave-again`, `Complete`, `end`. */
  leave: 'lifecycle-leave',
  /**
   * Steps `offer`, `accept`, the LIF-4 probes `bad:no-text` and `bad:text-number`, then the agent
   * messages the channel documents (`SendMessage`, `SendUrl`, `SendStartTypingNotification`,
   * `SendStopTypingNotification`, `SendCustomNotice`), `messages` (SND-5), `view` (SND-6), `end`.
   */
  agentMessages: 'lifecycle-messages',
  /**
   * Steps `offer`, `accept`, the LIF-2 probe `late:Reject`, the LIF-4 probes `bad:userdata-string`
   * and `bad:keys-string`, then `AttachUserData`, `UpdateUserData`, `DeleteUserData`,
   * `SetDisposition` (those the channel documents), `get` (UD-4), `end`.
   */
  userData: 'lifecycle-user-data',
} as const;

/** The lifecycle scenarios (part 2), in the order of LIFECYCLE.md's groups. */
export const LIFECYCLE_SCENARIOS = [
  SCENARIO.reject,
  SCENARIO.complete,
  SCENARIO.completeText,
  SCENARIO.leave,
  SCENARIO.agentMessages,
  SCENARIO.userData,
] as const;
export type LifecycleScenario = (typeof LIFECYCLE_SCENARIOS)[number];

/** What the lifecycle scenarios send (LIFECYCLE.md's values where it names them). */
export const LIFECYCLE_VALUES = {
  text: 'How may I help you? (conformance)',
  url: 'https://example.com/conformance-help',
  noticeText: 'Conformance custom notice',
  completeText: 'Thank you, goodbye (conformance)',
  attach: { K1: 'v1', K2: 42 },
  update: { K1: 'v2' },
  deleteKeys: ['K1'],
  // Not `Disposition`: a target that ignores dispositionKey and stores under a fixed key is caught.
  disposition: { disposition: 'IssueResolved', dispositionKey: 'ConformanceOutcome' },
} as const;

/** LIF-4 probes: a required parameter missing or of the wrong type. */
export const BAD_PARAMETERS = {
  'no-text': { operationName: 'SendMessage' },
  'text-number': { operationName: 'SendMessage', text: 42 },
  'userdata-string': { operationName: 'AttachUserData', userData: 'K1=v1' },
  'keys-string': { operationName: 'DeleteUserData', keys: 'K1' },
} as const;
export type BadParameter = keyof typeof BAD_PARAMETERS;

/** ACC-7: one scenario per malformed Accept; steps `offer`, `bad`, `alive` (GET /api/v2/me), `accept`. */
export const MALFORMED = {
  'unknown-operation': '{"operationName":"Acept","nickname":"N"}',
  'not-json': '{"operationName":"Accept","nickname":',
  'not-an-object': '["Accept"]',
  'nickname-number': '{"operationName":"Accept","nickname":42}',
  'savelar-string': '{"operationName":"Accept","nickname":"N","saveLAR":"yes"}',
} as const;
export type MalformedKind = keyof typeof MALFORMED;
export type MalformedScenario = `accept-malformed-${MalformedKind}`;
export const malformedScenario = (kind: MalformedKind): MalformedScenario => `accept-malformed-${kind}`;

/** Message types produced through the driver after the Accept, in this order (MSG-3). */
export const AFTER_ACCEPT = [
  { type: 'Text', text: 'Is anyone there?' },
  { type: 'TypingStarted', text: 'Still' },
  { type: 'TypingStopped' },
  { type: 'PushUrl', url: 'https://example.com/help' },
  { type: 'Notice', text: 'Customer is on a mobile device' },
  { type: 'TranscriptSaveDone' },
  { type: 'ParticipantLeft' },
  { type: 'ParticipantRejoined' },
] as const;

/** Produced before the Accept: the seed history's customer events. */
export const BEFORE_ACCEPT = [{ type: 'TypingStarted' }, { type: 'Text', text: 'Hello World' }] as const;

/** Paging queries of MSG-5 (`page:<query>` steps); `{k}` is replaced by an index from the list. */
export const PAGE_QUERIES = [
  'startIndex={k}',
  'count=2',
  'startIndex={k}&count=1',
  'startIndex=0',
  'count=0',
  'startIndex=100000',
  'startIndex=-1',
  'count=-1',
  'startIndex=abc',
] as const;

// ---------------------------------------------------------------- typed ids

/** Every scenario id a channel's run records. */
export type ScenarioId = (typeof SCENARIO)[keyof typeof SCENARIO] | MalformedScenario;

/** `{k}` of a paging query is an index chosen at run time. */
type Filled<Q extends string> = Q extends `${infer A}{k}${infer B}` ? `${A}${number}${B}` : Q;
export type PageQuery = Filled<(typeof PAGE_QUERIES)[number]>;
export type PageStep = `page:${PageQuery}`;
export type ProduceStep = `produce:${(typeof AFTER_ACCEPT)[number]['type']}`;

/** The refused-then-accepted scenarios: offer, the bad request(s), the valid Accept, end. */
type Lived = 'offer' | 'accept' | 'end';
export type AgentMessageOp =
  | 'SendMessage'
  | 'SendUrl'
  | 'SendStartTypingNotification'
  | 'SendStopTypingNotification'
  | 'SendCustomNotice';
export type UserDataOp = 'AttachUserData' | 'UpdateUserData' | 'DeleteUserData' | 'SetDisposition';

type Refusal = 'offer' | 'bad' | 'accept' | 'end';

/** The step names of each scenario (see SCENARIO above for what each step is). */
interface StepNames {
  discovery: 'discover';
  'login-A': 'me' | 'start-session' | 'ready' | 'collection' | `collection:${string}`;
  'login-B': 'me' | 'start-session' | 'ready';
  unauthenticated: 'me-anonymous' | 'me-wrong-password';
  'accept-flow':
    | 'offer'
    | 'accept'
    | 'list'
    | 'get'
    | 'get-unknown'
    | 'messages'
    | 'accept-again'
    | ProduceStep
    | 'messages-after'
    | PageStep
    | 'end';
  'accept-savelar-true': 'offer' | 'accept' | 'end';
  'accept-savelar-false': 'offer' | 'accept' | 'end';
  'accept-unknown-id': 'accept';
  'accept-no-nickname': Refusal;
  'accept-unauthenticated': Exclude<Refusal, 'bad'> | 'bad-anonymous' | 'bad-intruder';
  'accept-without-csrf-token': Refusal;
  'accept-by-other-agent': Refusal;
  'lifecycle-reject': 'offer' | 'Reject' | 'accept-after-reject' | 'end';
  'lifecycle-complete':
    | Lived
    | 'Complete'
    | 'produce:Text'
    | 'view'
    | 'get'
    | 'list'
    | 'late:SendMessage'
    | 'late:AttachUserData'
    | 'late:Complete';
  'lifecycle-complete-text': Lived | 'Complete' | 'view';
  'lifecycle-leave': Lived | 'Leave' | 'produce:Text' | 'view' | 'leave-again' | 'Complete';
  'lifecycle-messages': Lived | 'bad:no-text' | 'bad:text-number' | AgentMessageOp | 'messages' | 'view';
  'lifecycle-user-data':
    | Lived
    | 'late:Reject'
    | 'bad:userdata-string'
    | 'bad:keys-string'
    | UserDataOp
    | 'get';
}

/** A scenario added to SCENARIO without its step names is a tsc error here. */
type Unnamed = Exclude<ScenarioId, MalformedScenario | keyof StepNames>;
export type EveryScenarioHasSteps = [Unnamed] extends [never] ? true : Unnamed & { missingStepNames: true };
export const everyScenarioHasSteps: EveryScenarioHasSteps = true;

/** The steps of scenario `S` (of any of them, for a union). */
export type StepOf<S extends ScenarioId> = S extends MalformedScenario
  ? Refusal | 'alive'
  : S extends keyof StepNames
    ? StepNames[S]
    : never;
export type Step = StepOf<ScenarioId>;

/** The families of `<family>:<detail>` steps of scenario `S`: `produce` and `page` of the accept flow. */
export type StepFamily<S extends ScenarioId> =
  StepOf<S> extends infer T ? (T extends `${infer F}:${string}` ? F : never) : never;

/** Which steps a look-up wants: one, every step of a family (`{ family: 'page' }`), or any of a list. */
export type StepSelector<S extends ScenarioId> =
  | StepOf<S>
  | { family: StepFamily<S> }
  | readonly StepSelector<S>[];

/** Does a recorded step name match the selector? */
export function stepMatches(step: string, selector: StepSelector<ScenarioId>): boolean {
  if (typeof selector === 'string') return step === selector;
  if (Array.isArray(selector)) return selector.some((s) => stepMatches(step, s));
  return step.startsWith(`${(selector as { family: string }).family}:`);
}

/** The scenarios that have step `T` (e.g. every scenario that offers an interaction). */
export type ScenarioWith<T extends Step> = {
  [S in ScenarioId]: T extends StepOf<S> ? S : never;
}[ScenarioId];
