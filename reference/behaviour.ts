/**
 * Composes the enabled faults and variations into one set of hooks per channel. The server asks
 * `forChannel(row)` where a channel is known, and `forChannel(undefined)` where none is (GET /me,
 * the Bayeux handshake): there, every entry enabled on any channel applies.
 */
import { CHANNELS, type Channel, type ChannelRow, channelRow } from '../src/model/channels';
import type { Enabled } from './faults';
import type {
  AddedMessage,
  Decision,
  Gate,
  Hooks,
  Json,
  MessageContext,
  Note,
  NotifyContext,
  OperationContext,
  Reply,
  RequestContext,
  ResourceContext,
} from './hooks';
import type { Interaction } from './model';

export class Behaviour {
  constructor(private readonly hooks: readonly Hooks[]) {}

  spell(row: ChannelRow): ChannelRow {
    return this.hooks.reduce((r, h) => (h.spell ? h.spell(r) : r), row);
  }

  /** The collection spellings routed to the channel: the row's, then any a variation adds. */
  collections(row: ChannelRow): string[] {
    return [row.collection, ...this.hooks.flatMap((h) => h.collections?.(row) ?? [])];
  }

  admit(gate: Gate, passed: boolean): boolean {
    return this.hooks.reduce((p, h) => (h.admit ? h.admit(gate, p) : p), passed);
  }

  decide(decision: Decision, ctx: RequestContext): Decision {
    return this.hooks.reduce((d, h) => (h.decide ? h.decide(d, ctx) : d), decision);
  }

  respond(reply: Reply, ctx: RequestContext): Reply {
    return this.hooks.reduce((r, h) => (h.respond ? h.respond(r, ctx) : r), reply);
  }

  notify(notes: Note[], ctx: NotifyContext): Note[] {
    return this.hooks.reduce((n, h) => (h.notify ? h.notify(n, ctx) : n), notes);
  }

  resource(resource: Json, ctx: ResourceContext): Json {
    return this.hooks.reduce((r, h) => (h.resource ? h.resource(r, ctx) : r), resource);
  }

  message(message: Json, ctx: MessageContext): Json {
    return this.hooks.reduce((m, h) => (h.message ? h.message(m, ctx) : m), message);
  }

  addMessages(after: 'customer' | 'agent', interaction: Interaction): AddedMessage[] {
    return this.hooks.flatMap((h) => h.addMessages?.(after, interaction) ?? []);
  }

  index(ordinal: number): number {
    return this.hooks.reduce((i, h) => (h.index ? h.index(i) : i), ordinal);
  }

  endsCustomer(ends: boolean, ctx: OperationContext): boolean {
    return this.hooks.reduce((e, h) => (h.endsCustomer ? h.endsCustomer(e, ctx) : e), ends);
  }

  customerView(
    view: Json | undefined,
    ctx: Parameters<NonNullable<Hooks['customerView']>>[1],
  ): Json | undefined {
    return this.hooks.reduce((v, h) => (h.customerView ? h.customerView(v, ctx) : v), view);
  }
}

export class Behaviours {
  private readonly byChannel: Map<Channel, Behaviour>;
  private readonly any: Behaviour;
  /** Names of the enabled entries, for the start-up banner. */
  readonly names: string[];

  constructor(enabled: readonly Enabled[]) {
    this.byChannel = new Map(
      CHANNELS.map((c) => [
        c,
        new Behaviour(
          enabled.filter((e) => e.channel === undefined || e.channel === c).map((e) => e.entry.hooks),
        ),
      ]),
    );
    this.any = new Behaviour(enabled.map((e) => e.entry.hooks));
    this.names = enabled.map((e) => (e.channel ? `${e.entry.name}@${e.channel}` : e.entry.name));
  }

  /** The channel's row as this server spells it (the table's, unless a variation copies a seed page). */
  row(channel: Channel): ChannelRow {
    return this.forChannel(channel).spell(channelRow(channel));
  }

  /** Every channel's row as this server spells it. */
  rows(): ChannelRow[] {
    return CHANNELS.map((c) => this.row(c));
  }

  /** The channel a path's collection segment addresses, under any spelling this server routes. */
  channelAt(segment: string | undefined): ChannelRow | undefined {
    return this.rows().find(
      (r) => segment !== undefined && this.forChannel(r).collections(r).includes(segment),
    );
  }

  forChannel(channel: { name: Channel } | Channel | undefined): Behaviour {
    if (channel === undefined) return this.any;
    return this.byChannel.get(typeof channel === 'string' ? channel : channel.name)!;
  }
}
