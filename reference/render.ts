/**
 * The wire forms of resources, messages and notifications, as the seed pages show them, with the
 * resource and message hooks applied. URIs have no `/me/`: `${base}/api/v2/${collection}/${id}`.
 */
import { type ChannelRow, channelRow, isOperationName } from '../src/model/channels';
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

/** The lifecycle operations each state allows besides those above, where the channel documents them. */
const LIFECYCLE_CAPABILITIES: Record<State, string[]> = {
  Invited: [],
  Chatting: [
    'SendUrl',
    'SendCustomNotice',
    'AttachUserData',
    'UpdateUserData',
    'DeleteUserData',
    'SetDisposition',
  ],
  LeftChat: [],
  Completed: [],
};

/** After Leave, as on the ChatLeave and SMSLeave pages. */
export const LEFT_CAPABILITIES = ['Transfer', 'Complete', 'Leave', 'InFocus'];

const BASE: Record<State, string[]> = {
  Invited: OFFERED_CAPABILITIES,
  Chatting: CHATTING_CAPABILITIES,
  LeftChat: LEFT_CAPABILITIES,
  Completed: [],
};

/**
 * "The operations allowed now" (gws-protocol.md §3.2): the samples' lists, plus the documented
 * lifecycle operations the state allows, less the lifecycle operations the channel does not
 * document (facebook has no UpdateUserData), except that the Accept and Leave pages' lists stay
 * as shown on every channel.
 */
export function capabilitiesOf(state: State, row: ChannelRow): string[] {
  // The seed samples' own lists are kept as shown (facebook's Chatting lists typing too).
  const sample = [...CHATTING_CAPABILITIES, ...LEFT_CAPABILITIES];
  const documented = (c: string) =>
    sample.includes(c) || !isOperationName(c) || row.lifecycle.operations[c] !== undefined;
  return [...BASE[state].filter(documented), ...LIFECYCLE_CAPABILITIES[state].filter(documented)];
}

export class Renderer {
  constructor(
    private readonly base: string,
    private readonly behaviours: Behaviours,
  ) {}

  uri(interaction: Interaction): string {
    return `${this.base}/api/v2/${this.behaviours.row(interaction.channel).collection}/${interaction.id}`;
  }

  /**
   * The resource as seen in `view`. The Chatting StatusChange lists no participants, the Completed
   * one only id, uri and state, the LeftChat one no participants (seed and lifecycle samples).
   */
  resource(interaction: Interaction, view: ResourceView): Json {
    const row = this.behaviours.row(interaction.channel);
    const base: Json =
      view === 'ended'
        ? { id: interaction.id, uri: this.uri(interaction), state: interaction.state, participants: [] }
        : {
            state: interaction.state,
            capabilities: capabilitiesOf(interaction.state, row),
            id: interaction.id,
            uri: this.uri(interaction),
            ...(view === 'left'
              ? {}
              : { participants: view === 'chatting' ? [] : this.participants(interaction) }),
            ...(view === 'rest' || view === 'offer' || view === 'properties'
              ? { userData: structuredClone(interaction.userData) }
              : {}),
          };
    return this.behaviours.forChannel(row).resource(base, { row, interaction, view });
  }

  /**
   * The control API's customer view (CONTROL-API.md): active until the customer's session ends,
   * and every message the customer was shown (none has visibility Agents in the reference).
   */
  customerView(interaction: Interaction): Json | undefined {
    const row = channelRow(interaction.channel);
    const view: Json = {
      state: interaction.customerEnded ? 'ended' : 'active',
      transcript: interaction.messages.map((m) => ({
        type: m.type,
        from: { type: m.from.type, nickname: m.from.nickname },
        ...(m.text !== undefined ? { text: m.text } : {}),
        ...(m.url !== undefined ? { url: m.url } : {}),
        ...(m.noticeText !== undefined ? { noticeText: m.noticeText } : {}),
      })),
    };
    return this.behaviours.forChannel(row).customerView(view, { row, interaction });
  }

  message(interaction: Interaction, stored: StoredMessage, view: 'notification' | 'rest'): Json {
    const row = this.behaviours.row(interaction.channel);
    const base: Json = {
      index: stored.index,
      type: stored.type,
      from: { ...stored.from },
      ...(stored.text !== undefined ? { text: stored.text } : {}),
      ...(stored.url !== undefined ? { url: stored.url } : {}),
      ...(stored.noticeText !== undefined ? { noticeText: stored.noticeText } : {}),
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
    // The agent who left is no longer a participant.
    if (interaction.agentParticipant && interaction.state !== 'LeftChat') {
      list.push({ ...interaction.agentParticipant });
    }
    if (interaction.customerPresent) list.push({ ...interaction.customer });
    return list;
  }
}
