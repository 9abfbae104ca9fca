/**
 * Running a validated lifecycle operation (lifecycle-decide.ts) and the notifications it causes,
 * as the lifecycle pages document them (research/gws-lifecycle.md):
 * - Reject, Complete: StatusChange Completed (id, uri, state); Complete's `text` (chat) is first
 *   sent to the customer as a Text from the agent;
 * - Leave: its `text` (chat) as for Complete, StatusChange LeftChat with the ChatLeave
 *   capabilities, then NewMessages with the agent's ParticipantLeft;
 * - SendMessage, SendUrl, typing, SendCustomNotice: NewMessages with the agent's message;
 * - AttachUserData, UpdateUserData, DeleteUserData, SetDisposition: PropertiesUpdated with the full
 *   resource and its userData.
 * Reject, Complete and Leave end the customer's session (customer events then answer 409).
 */
import { channelRow } from '../src/model/channels';
import type { Behaviours } from './behaviour';
import type { Flow, LogEntry } from './flow';
import type { Json, LifecycleRequest, Note } from './hooks';
import type { Interaction } from './model';
import type { Renderer } from './render';
import type { Store } from './store';

/** The userData key SetDisposition sets without dispositionKey (the ChatSetDisposition page's). */
export const DEFAULT_DISPOSITION_KEY = 'DispositionCode';

const SENT: Partial<Record<LifecycleRequest['operation'], (params: Json) => LogEntry>> = {
  SendMessage: (p) => ({ type: 'Text', text: p.text as string }),
  SendUrl: (p) => ({ type: 'PushUrl', url: p.url as string }),
  SendStartTypingNotification: () => ({ type: 'TypingStarted' }),
  SendStopTypingNotification: () => ({ type: 'TypingStopped' }),
  SendCustomNotice: (p) => ({ type: 'CustomNotice', noticeText: p.noticeText as string }),
};

export class Lifecycle {
  constructor(
    private readonly flow: Flow,
    private readonly store: Store,
    private readonly renderer: Renderer,
    private readonly behaviours: Behaviours,
  ) {}

  run(interaction: Interaction, { operation, params }: LifecycleRequest): void {
    const before = { state: interaction.state, userData: structuredClone(interaction.userData) };
    const notes: Note[] = [];
    const send = (entry: LogEntry) => {
      const stored = this.flow.append(interaction, entry, interaction.agentParticipant);
      notes.push({ kind: 'sent', data: this.renderer.newMessages(interaction, [stored]) });
    };
    const sent = SENT[operation];
    if (sent) send(sent(params));
    switch (operation) {
      case 'Reject':
      case 'Complete':
        if (typeof params.text === 'string') send({ type: 'Text', text: params.text });
        this.endCustomer(interaction, operation);
        this.store.end(interaction);
        interaction.closedBy = operation;
        notes.push(this.stateChange(interaction, 'ended', 'StatusChange', 'ended'));
        break;
      case 'Leave': {
        if (typeof params.text === 'string') send({ type: 'Text', text: params.text });
        const left = this.flow.append(interaction, { type: 'ParticipantLeft' }, interaction.agentParticipant);
        this.endCustomer(interaction, operation);
        interaction.state = 'LeftChat';
        notes.push(this.stateChange(interaction, 'left', 'StatusChange', 'left'));
        notes.push({ kind: 'agent-left', data: this.renderer.newMessages(interaction, [left]) });
        break;
      }
      case 'AttachUserData':
      case 'UpdateUserData':
        // The reference overwrites on Attach too: GWS keeps one value per key either way.
        Object.assign(interaction.userData, params.userData);
        break;
      case 'DeleteUserData':
        for (const key of params.keys as string[]) delete interaction.userData[key];
        break;
      case 'SetDisposition':
        interaction.userData[(params.dispositionKey as string | undefined) ?? DEFAULT_DISPOSITION_KEY] =
          params.disposition;
        break;
    }
    if (operation.endsWith('UserData') || operation === 'SetDisposition') {
      notes.push(this.stateChange(interaction, 'properties', 'PropertiesUpdated', 'properties'));
    }
    this.flow.emit(interaction, 'operation', notes, { operation, before });
  }

  /** The control API's view of what the customer sees (undefined: not implemented, 404). */
  customerView(interaction: Interaction): Json | undefined {
    return this.renderer.customerView(interaction);
  }

  private endCustomer(interaction: Interaction, operation: LifecycleRequest['operation']): void {
    const row = channelRow(interaction.channel);
    const ends = this.behaviours.forChannel(row).endsCustomer(true, { row, interaction, operation });
    interaction.customerEnded ||= ends;
  }

  private stateChange(
    interaction: Interaction,
    kind: Note['kind'],
    notificationType: string,
    view: 'ended' | 'left' | 'properties',
  ): Note {
    const data = this.renderer.stateChange(interaction, notificationType, view, this.flow.nextReferenceId());
    return { kind, data };
  }
}
