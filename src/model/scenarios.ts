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
} as const;

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
