/**
 * A valid example of every public schema, with every optional member filled in, so that the
 * table-driven invalid-example test can break each member in turn. The message list holds all nine
 * message types.
 */
import { CHANNEL_TABLE, CHANNELS, type Channel } from '../../src/model/channels';
import type { SchemaName } from '../../src/validate';
import type {
  CustomNoticeMessage,
  Message,
  OtherMessage,
  Participant,
  PushUrlMessage,
  TextMessage,
} from '../../types/gws';
import { lifecycleExamples } from './examples-lifecycle';

const ID = '0000Na9B26EF002X';
const AGENT: Participant = { type: 'Agent', nickname: 'Marat', participantId: '009052C5E743004C' };
const CUSTOMER: Participant = { type: 'Customer', nickname: 'PersonP', participantId: '009052C5E6D6004A' };

const common = (index: number, from: Participant) => ({
  index,
  from,
  visibility: 'All',
  timestamp: '2014-01-02T14:23:18.000-0800',
});

export const TEXT: TextMessage = { ...common(4, CUSTOMER), type: 'Text', text: 'Hello World' };
export const PUSH_URL: PushUrlMessage = {
  ...common(5, CUSTOMER),
  type: 'PushUrl',
  url: 'https://example.com/help',
};

/** One message of each type, typed with the generated union so examples and types stay in step. */
export const NINE_MESSAGES: Message[] = [
  { ...common(1, CUSTOMER), type: 'ParticipantJoined' },
  { ...common(2, CUSTOMER), type: 'TypingStarted', text: 'Hel' },
  { ...common(3, CUSTOMER), type: 'TypingStopped' },
  TEXT,
  PUSH_URL,
  { ...common(6, AGENT), type: 'Notice', text: 'Customer is on a mobile device' },
  { ...common(7, CUSTOMER), type: 'ParticipantLeft' },
  { ...common(8, CUSTOMER), type: 'ParticipantRejoined' },
  { ...common(-1, AGENT), type: 'TranscriptSaveDone', index: -1 },
];

/** CustomNotice of the SendCustomNotice pages: validated on the common members (MSG-2). */
export const CUSTOM_NOTICE: CustomNoticeMessage = {
  ...common(9, AGENT),
  type: 'CustomNotice',
  noticeText: 'Your order has shipped',
};

/** A type beyond the documented ones: the schema accepts it on the common members (MSG-2 warns). */
export const OTHER_TYPE: OtherMessage = { ...common(10, CUSTOMER), type: 'CoBrowseStarted' };

const uri = (channel: Channel) => `http://localhost:8080/api/v2/${CHANNEL_TABLE[channel].collection}/${ID}`;

export const session = (channel: Channel) => ({
  id: ID,
  uri: uri(channel),
  state: 'Chatting',
  capabilities: ['Transfer', 'Complete', 'Leave', 'InFocus', 'SendMessage'],
  participants: [AGENT, CUSTOMER],
  userData: { Subject: 'Help' },
});

export const stateChange = (channel: Channel) => ({
  messageType: CHANNEL_TABLE[channel].messageType,
  notificationType: 'ParticipantsUpdated',
  referenceId: 13,
  [CHANNEL_TABLE[channel].resourceKey]: session(channel),
});

export const messageLog = (channel: Channel) => {
  const row = CHANNEL_TABLE[channel];
  return {
    messageType: 'MessageLogUpdated',
    notificationType: 'NewMessages',
    referenceId: 13,
    messages: NINE_MESSAGES,
    [row.historyKey]: uri(channel),
    [row.historyKey.replace(/Uri$/, 'Path')]: `/${row.collection}/${ID}`,
  };
};

const perChannel = <P extends string>(prefix: P, make: (c: Channel) => unknown) =>
  Object.fromEntries(CHANNELS.map((c) => [`${prefix}${c}`, [make(c)]])) as Record<
    `${P}${Channel}`,
    unknown[]
  >;

/** Valid examples by schema; the Record type makes the list of schema names complete. */
export const EXAMPLES: Record<SchemaName, unknown[]> = {
  'requests/accept': [{ operationName: 'Accept', nickname: 'Marat', saveLAR: true }],
  'requests/accept-facebook': [{ operationName: 'Accept', nickname: 'Marat' }],
  'responses/success': [{ statusCode: 0 }],
  'responses/error': [{ statusCode: 6, statusMessage: 'Resource not found' }],
  'responses/me': [
    {
      statusCode: 0,
      user: {
        id: 'a0fd6b2b',
        userName: 'agent1',
        firstName: 'Marat',
        lastName: 'Agent',
        roles: ['ROLE_AGENT'],
        enabled: true,
        changePasswordOnFirstLogin: false,
        uri: 'http://localhost:8080/api/v2/users/a0fd6b2b',
        path: '/users/a0fd6b2b',
      },
    },
  ],
  'responses/me-subresources': [
    {
      statusCode: 0,
      user: {
        settings: { 'interaction-workspace': { 'chat.nickname': '$Agent.UserName$' }, htcc: {} },
        channels: [
          {
            channel: 'chat',
            userState: { id: '9430250E-0A1B-421F-B372-F29E69366DED', displayName: 'Ready', state: 'Ready' },
          },
        ],
        devices: [{ id: 'bf78972f', deviceState: 'Active' }],
        features: [{ id: 'api-multimedia' }],
        chats: [session('chat')],
        smssessions: [session('sms')],
        facebooksessions: [session('facebook')],
      },
    },
  ],
  'responses/messages': [{ statusCode: 0, messages: NINE_MESSAGES }],
  ...perChannel('responses/collection-', (c) => ({
    statusCode: 0,
    [CHANNEL_TABLE[c].collection]: [session(c)],
  })),
  ...perChannel('responses/resource-', (c) => ({
    statusCode: 0,
    [CHANNEL_TABLE[c].resourceKey]: session(c),
  })),
  'resources/session': [session('chat')],
  'resources/participant': [AGENT],
  'messages/message': [...NINE_MESSAGES, CUSTOM_NOTICE, OTHER_TYPE],
  'messages/documented-message': [...NINE_MESSAGES, CUSTOM_NOTICE],
  'notifications/bayeux': [{ channel: '/v2/me/chats', data: stateChange('chat') }],
  ...perChannel('notifications/state-change-', stateChange),
  ...perChannel('notifications/message-log-', messageLog),
  ...lifecycleExamples(session),
};

export const SCHEMA_NAMES = Object.keys(EXAMPLES) as SchemaName[];
