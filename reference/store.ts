/**
 * The interactions the server holds, with bounded memory: a cap on live interactions, a time to
 * live for finished ones (swept lazily on access, so no timer keeps the process alive), a cap on
 * messages per interaction.
 */
import type { Channel } from '../src/model/channels';
import {
  type Interaction,
  newInteractionId,
  newParticipantId,
  type Participant,
  type StoredMessage,
  type StoredType,
} from './model';

export interface StoreLimits {
  maxLiveInteractions: number;
  finishedTtlMs: number;
  maxMessagesPerInteraction: number;
}

export interface NewMessage {
  type: StoredType;
  from: Participant;
  text?: string;
  url?: string;
  noticeText?: string;
}

export class Store {
  private readonly interactions = new Map<string, Interaction>();
  private lastTime = 0;

  constructor(
    private readonly limits: StoreLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new offered interaction, or undefined when the live cap is reached. */
  create(channel: Channel, agent: string, customerNickname: string): Interaction | undefined {
    this.sweep();
    if (this.liveCount() >= this.limits.maxLiveInteractions) return undefined;
    let id = newInteractionId();
    while (this.interactions.has(id)) id = newInteractionId();
    const interaction: Interaction = {
      id,
      channel,
      agent,
      state: 'Invited',
      customer: { type: 'Customer', nickname: customerNickname, participantId: newParticipantId() },
      customerPresent: true,
      messages: [],
      ordinal: 0,
      createdAt: this.now(),
      userData: {},
      customerEnded: false,
    };
    this.interactions.set(id, interaction);
    return interaction;
  }

  get(id: string): Interaction | undefined {
    this.sweep();
    return this.interactions.get(id);
  }

  /** The agent's interactions on a channel that are not over, oldest first. */
  live(agent: string, channel: Channel): Interaction[] {
    this.sweep();
    return [...this.interactions.values()].filter(
      (i) => i.agent === agent && i.channel === channel && i.state !== 'Completed',
    );
  }

  /** Whether another message fits in this interaction. */
  hasRoom(interaction: Interaction): boolean {
    return interaction.messages.length < this.limits.maxMessagesPerInteraction;
  }

  /** Appends a message; `index` numbers the n-th ordinary message (TranscriptSaveDone is -1). */
  append(interaction: Interaction, message: NewMessage, index: (ordinal: number) => number): StoredMessage {
    const ordinary = message.type !== 'TranscriptSaveDone';
    if (ordinary) interaction.ordinal++;
    // Timestamps never go back, even if the wall clock does.
    this.lastTime = Math.max(this.lastTime, this.now());
    const stored: StoredMessage = {
      ...message,
      from: { ...message.from },
      index: ordinary ? index(interaction.ordinal) : -1,
      at: this.lastTime,
      afterAccept: interaction.state !== 'Invited',
    };
    interaction.messages.push(stored);
    return stored;
  }

  end(interaction: Interaction): void {
    interaction.state = 'Completed';
    interaction.endedAt = this.now();
  }

  remove(id: string): boolean {
    return this.interactions.delete(id);
  }

  liveCount(): number {
    let n = 0;
    for (const i of this.interactions.values()) if (i.state !== 'Completed') n++;
    return n;
  }

  /** Drops finished interactions past their time to live, and the oldest finished beyond a cap. */
  private sweep(): void {
    const now = this.now();
    const finished: Interaction[] = [];
    for (const [id, i] of this.interactions) {
      if (i.endedAt === undefined) continue;
      if (now - i.endedAt >= this.limits.finishedTtlMs) this.interactions.delete(id);
      else finished.push(i);
    }
    const excess = finished.length - this.limits.maxLiveInteractions;
    for (const i of finished.slice(0, Math.max(0, excess))) this.interactions.delete(i.id);
  }
}
