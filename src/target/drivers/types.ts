/**
 * The customer side (CONTROL-API.md): three drivers, one interface. A driver never throws; a call
 * it could not make comes back as `{ error }` so the scenario can record it and go on.
 */
import type { Channel } from '../../model/channels';
import type { ProduceStep, SCENARIO, ScenarioWith } from '../../model/scenarios';

export interface OfferRequest {
  channel: Channel;
  agent: string;
  customer: { nickname: string };
  messages: ReadonlyArray<{ type: string; text?: string; url?: string }>;
}

export type Failure = { error: string };
export type ProduceResult = 'produced' | 'unsupported' | Failure;
/** The customer view, or `unsupported` (the call answered 404 or 501: not implemented). */
export type ViewResult = { view: unknown } | { unsupported: string } | Failure;

export interface CustomerDriver {
  readonly kind: 'control' | 'command' | 'manual';
  /** Channels the target can offer. */
  discover(scenario: typeof SCENARIO.discovery): Promise<{ channels: string[] } | Failure>;
  /** A customer starts an interaction routed to `agent`; answers its id. */
  offer(scenario: ScenarioWith<'offer'>, req: OfferRequest): Promise<{ id: string } | Failure>;
  /** The customer side produces one event in a live interaction. */
  produce(
    scenario: ScenarioWith<ProduceStep>,
    step: ProduceStep,
    id: string,
    message: { type: string; text?: string; url?: string },
  ): Promise<ProduceResult>;
  /** The optional customer view: what the customer sees of the interaction (CONTROL-API.md). */
  view(scenario: ScenarioWith<'view'>, id: string): Promise<ViewResult>;
  /** The customer goes away. */
  end(scenario: ScenarioWith<'end'>, id: string): Promise<void>;
  /** Milliseconds spent so far waiting for a person (the manual driver): no phase cap counts them. */
  personMs?(): number;
}

export function isFailure(v: unknown): v is Failure {
  return typeof v === 'object' && v !== null && 'error' in v;
}
