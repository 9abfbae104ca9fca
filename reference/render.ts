/**
 * The wire forms of resources, messages and notifications, as the seed pages show them, with the
 * resource and message hooks applied. URIs have no `/me/`: `${base}/api/v2/${collection}/${id}`.
 */
import type { Behaviours } from './behaviour';
import type { Json, ResourceView } from './hooks';
import { formatTimestamp, type Interaction, pathKeyOf, type State, type StoredMessage } from './model';

/** Capabilities of the offered interaction. */
export const OFFERED_CAPABILITIES = [
  'Accept',
  'Reject',
  'AttachUserData',
  'UpdateUserData',
  'DeleteUserData',
];

/** Capabilities after Accept, as in the chat Accept seed sample (001_bfa8c9a2e16e1f14.txt). */
export const CHATTING_CAPABILITIES = [
  'Transfer',
  'Complete',
  'Leave',
  'InFocus',
  'SendMessage',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];

const CAPABILITIES: Record<State, string[]> = {
  Invited: OFFERED_CAPABILITIES,
  Chatting: CHATTING_CAPABILITIES,
  Completed: [],
};

export class Renderer {
  constructor(
    private readonly base: string,
    private readonly behaviours: Behaviours,
  ) {}

  uri(interaction: Interaction): string {
    return `${this.base}/api/v2/${this.behaviours.row(interaction.channel).collection}/${interaction.id}`;
  }

  /** The resource as seen in `view`. The Chatting StatusChange lists no participants (seed sample). */
  resource(interaction: Interaction, view: ResourceView): Json {
    const row = this.behaviours.row(interaction.channel);
    const base: Json =
      view === 'ended'
        ? { id: interaction.id, uri: this.uri(interaction), state: interaction.state, participants: [] }
        : {
            state: interaction.state,
            capabilities: [...CAPABILITIES[interaction.state]],
            id: interaction.id,
            uri: this.uri(interaction),
            participants: view === 'chatting' ? [] : this.participants(interaction),
            ...(view === 'rest' || view === 'offer' ? { userData: {} } : {}),
          };
    return this.behaviours.forChannel(row).resource(base, { row, interaction, view });
  }

  message(interaction: Interaction, stored: StoredMessage, view: 'notification' | 'rest'): Json {
    const row = this.behaviours.row(interaction.channel);
    const base: Json = {
      index: stored.index,
      type: stored.type,
      from: { ...stored.from },
      ...(stored.text !== undefined ? { text: stored.text } : {}),
      ...(stored.url !== undefined ? { url: stored.url } : {}),
      visibility: 'All',
      timestamp: formatTimestamp(stored.at),
    };
    return this.behaviours.forChannel(row).message(base, { row, interaction, stored, view });
  }

  /** A state-change notification's data. */
  stateChange(
    interaction: Interaction,
    notificationType: string,
    view: ResourceView,
    referenceId?: number,
  ): Json {
    const row = this.behaviours.row(interaction.channel);
    return {
      messageType: row.messageType,
      ...(referenceId !== undefined ? { referenceId } : {}),
      notificationType,
      [row.resourceKey]: this.resource(interaction, view),
    };
  }

  /** A MessageLogUpdated/NewMessages notification's data, with the history key and its Path twin. */
  newMessages(interaction: Interaction, messages: readonly StoredMessage[]): Json {
    const row = this.behaviours.row(interaction.channel);
    return {
      messageType: 'MessageLogUpdated',
      notificationType: 'NewMessages',
      messages: messages.map((m) => this.message(interaction, m, 'notification')),
      [row.historyKey]: this.uri(interaction),
      [pathKeyOf(row)]: `/${row.collection}/${interaction.id}`,
    };
  }

  private participants(interaction: Interaction): Json[] {
    const list: Json[] = [];
    if (interaction.agentParticipant) list.push({ ...interaction.agentParticipant });
    if (interaction.customerPresent) list.push({ ...interaction.customer });
    return list;
  }
}
