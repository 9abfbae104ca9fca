/**
 * The life of an interaction and the notifications it causes: offer, Accept (StatusChange Chatting,
 * ParticipantsUpdated, history NewMessages, in that order) and customer events; the lifecycle
 * operations after the offer live in lifecycle.ts (`flow.lifecycle`). Every batch of
 * notifications passes the notify hook once, then goes to the agent's sessions.
 */
import type { Channel, ChannelRow } from '../src/model/channels';
import type { Behaviours } from './behaviour';
import type { Cause, Note, NotifyContext } from './hooks';
import { Lifecycle } from './lifecycle';
import {
  type Interaction,
  type MessageType,
  newParticipantId,
  type Participant,
  type StoredMessage,
  type StoredType,
} from './model';
import type { Notifier } from './notifier';
import type { Renderer } from './render';
import type { Store } from './store';

/** A customer-side event, as the control API describes it (already validated). */
export interface CustomerEvent {
  type: MessageType;
  text?: string;
  url?: string;
}

/** A message to log: a customer event, or what the agent sent (CustomNotice included). */
export interface LogEntry {
  type: StoredType;
  text?: string;
  url?: string;
  noticeText?: string;
}

/** The CometD topic of a channel; the SMS topic is not documented, so the reference picks one. */
export function topicOf(row: ChannelRow): string {
  return row.topic ?? `/v2/me/${row.collection}`;
}

export class Flow {
  private referenceId = 0;
  /** Reject, Complete, Leave, agent messages and attached data. */
  readonly lifecycle: Lifecycle;
  /** Sender of Notice and TranscriptSaveDone (the target's choice, MSG-3). */
  private readonly system: Participant = {
    type: 'External',
    nickname: 'System',
    participantId: newParticipantId(),
  };

  constructor(
    private readonly store: Store,
    private readonly renderer: Renderer,
    private readonly notifier: Notifier,
    private readonly behaviours: Behaviours,
  ) {
    this.lifecycle = new Lifecycle(this, store, renderer, behaviours);
  }

  /** The next referenceId of a notification that answers a request. */
  nextReferenceId(): number {
    return ++this.referenceId;
  }

  /** Creates an interaction, records the customer's joining and earlier events, offers it. */
  offer(
    channel: Channel,
    agent: string,
    customer: string,
    before: readonly CustomerEvent[],
  ): Interaction | undefined {
    const interaction = this.store.create(channel, agent, customer);
    if (!interaction) return undefined;
    this.append(interaction, { type: 'ParticipantJoined' });
    this.addOwnMessages('customer', interaction);
    for (const event of before) this.append(interaction, event);
    this.emit(interaction, 'offer', [
      { kind: 'offer', data: this.renderer.stateChange(interaction, 'StatusChange', 'offer') },
    ]);
    return interaction;
  }

  accept(interaction: Interaction, nickname: string): void {
    const agent: Participant = { type: 'Agent', nickname, participantId: newParticipantId() };
    interaction.agentParticipant = agent;
    this.append(interaction, { type: 'ParticipantJoined' }, agent);
    this.addOwnMessages('agent', interaction);
    interaction.state = 'Chatting';
    this.notifyAccepted(interaction);
  }

  /** The three Accept notifications, for the current state of the interaction. */
  notifyAccepted(interaction: Interaction): void {
    const history = interaction.messages.filter((m) => !m.afterAccept);
    this.emit(interaction, 'accept', [
      {
        kind: 'chatting',
        data: this.renderer.stateChange(interaction, 'StatusChange', 'chatting', ++this.referenceId),
      },
      {
        kind: 'participants',
        data: this.renderer.stateChange(interaction, 'ParticipantsUpdated', 'participants'),
      },
      { kind: 'history', data: this.renderer.newMessages(interaction, history) },
    ]);
  }

  /** A customer-side event; after the Accept it is notified as NewMessages carrying just itself. */
  produce(interaction: Interaction, event: CustomerEvent): StoredMessage {
    const stored = this.append(interaction, event);
    if (interaction.state === 'Chatting') {
      this.emit(interaction, 'event', [
        { kind: 'message', data: this.renderer.newMessages(interaction, [stored]) },
      ]);
    }
    return stored;
  }

  /** Logs a message; the sender is the customer (or the system for Notice and TranscriptSaveDone) unless given. */
  append(interaction: Interaction, event: LogEntry, from?: Participant): StoredMessage {
    if (event.type === 'ParticipantLeft') interaction.customerPresent = false;
    if (event.type === 'ParticipantRejoined') interaction.customerPresent = true;
    const sender =
      from ??
      (event.type === 'Notice' || event.type === 'TranscriptSaveDone' ? this.system : interaction.customer);
    const behaviour = this.behaviours.forChannel(interaction.channel);
    return this.store.append(
      interaction,
      { type: event.type, from: sender, text: event.text, url: event.url, noticeText: event.noticeText },
      (ordinal) => behaviour.index(ordinal),
    );
  }

  /** Messages a variation makes the server add on its own (stored like any other, so the list agrees). */
  private addOwnMessages(after: 'customer' | 'agent', interaction: Interaction): void {
    const behaviour = this.behaviours.forChannel(interaction.channel);
    for (const m of behaviour.addMessages(after, interaction))
      this.append(interaction, { type: m.type, text: m.text } as CustomerEvent, m.from);
  }

  /** Sends a batch through the notify hook; `more` says which operation caused it (lifecycle.ts). */
  emit(
    interaction: Interaction,
    cause: Cause,
    notes: Note[],
    more: Pick<NotifyContext, 'operation' | 'before'> = {},
  ): void {
    const row = this.behaviours.row(interaction.channel);
    const final = this.behaviours.forChannel(row).notify(notes, { row, interaction, cause, ...more });
    for (const note of final) {
      const audience = note.everyone ? { everyone: true as const } : interaction.agent;
      this.notifier.send(audience, topicOf(row), note.data, note.delayMs);
    }
  }
}
