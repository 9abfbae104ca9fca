/**
 * Generated from schemas/ by scripts/generate-types.ts (npm run generate). Do not edit by hand:
 * change the schemas and regenerate; a self-test fails while this file is stale.
 */

/**
 * One message of a history or transcript (MSG-2): one of the nine documented types or CustomNotice, told apart by type and validated against its type's schema; any other type is validated on the common members only (its type is MSG-2's warn, never a schema failure).
 */
export type Message = DocumentedMessage | OtherMessage;
/**
 * A message of a documented type: the nine of 003_8351937f05c82431.txt or CustomNotice (the SendCustomNotice pages), told apart by type and validated against its type's schema (MSG-2).
 */
export type DocumentedMessage =
  | TextMessage
  | ParticipantJoinedMessage
  | ParticipantLeftMessage
  | ParticipantRejoinedMessage
  | TypingStartedMessage
  | TypingStoppedMessage
  | PushUrlMessage
  | NoticeMessage
  | TranscriptSaveDoneMessage
  | CustomNoticeMessage;
/**
 * A message timestamp: any string passes here (a missing or non-string timestamp is MSG-2's failure). Its form (yyyy-MM-ddTHH:mm:ss.SSS±hhmm, the seed form; the space-separated form, RFC 3339 with a colon or Z, or none of them) is judged by MSG-6, a SHOULD: a schema never raises it (General rule).
 */
export type GwsTimestamp = string;

/**
 * Index of every schema, keyed by its name (its path under schemas/ without .json). Types are generated from this one object-rooted schema so that shared types are declared once; it is never used to validate a value.
 */
export interface GwsSchemas {
  'requests/accept'?: AcceptRequest;
  'requests/accept-facebook'?: FacebookAcceptRequest;
  'responses/success'?: SuccessResponse;
  'responses/error'?: ErrorResponse;
  'responses/me'?: MeResponse;
  'responses/me-subresources'?: MeSubresourcesResponse;
  'responses/messages'?: MessagesResponse;
  'responses/collection-chat'?: ChatCollectionResponse;
  'responses/collection-sms'?: SmsCollectionResponse;
  'responses/collection-facebook'?: FacebookCollectionResponse;
  'responses/resource-chat'?: ChatResourceResponse;
  'responses/resource-sms'?: SmsResourceResponse;
  'responses/resource-facebook'?: FacebookResourceResponse;
  'resources/session'?: Session;
  'resources/listed-session'?: ListedSession;
  'resources/participant'?: Participant;
  'messages/message'?: Message;
  'messages/documented-message'?: DocumentedMessage;
  'messages/text'?: TextMessage;
  'messages/participant-joined'?: ParticipantJoinedMessage;
  'messages/participant-left'?: ParticipantLeftMessage;
  'messages/participant-rejoined'?: ParticipantRejoinedMessage;
  'messages/typing-started'?: TypingStartedMessage;
  'messages/typing-stopped'?: TypingStoppedMessage;
  'messages/push-url'?: PushUrlMessage;
  'messages/notice'?: NoticeMessage;
  'messages/transcript-save-done'?: TranscriptSaveDoneMessage;
  'messages/custom-notice'?: CustomNoticeMessage;
  'messages/other-message'?: OtherMessage;
  'notifications/bayeux'?: BayeuxNotification;
  'notifications/state-change-chat'?: ChatStateChange;
  'notifications/state-change-sms'?: SmsStateChange;
  'notifications/state-change-facebook'?: FacebookStateChange;
  'notifications/message-log-chat'?: ChatMessageLog;
  'notifications/message-log-sms'?: SmsMessageLog;
  'notifications/message-log-facebook'?: FacebookMessageLog;
  'common/timestamp'?: GwsTimestamp;
  'requests/reject'?: RejectRequest;
  'requests/complete'?: CompleteRequest;
  'requests/leave'?: LeaveRequest;
  'requests/send-message'?: SendMessageRequest;
  'requests/send-url'?: SendUrlRequest;
  'requests/send-start-typing'?: SendStartTypingRequest;
  'requests/send-stop-typing'?: SendStopTypingRequest;
  'requests/send-custom-notice'?: SendCustomNoticeRequest;
  'requests/attach-user-data'?: AttachUserDataRequest;
  'requests/update-user-data'?: UpdateUserDataRequest;
  'requests/delete-user-data'?: DeleteUserDataRequest;
  'requests/set-disposition'?: SetDispositionRequest;
  'resources/updated-session'?: UpdatedSession;
  'notifications/properties-updated-chat'?: ChatPropertiesUpdated;
  'notifications/properties-updated-sms'?: SmsPropertiesUpdated;
  'notifications/properties-updated-facebook'?: FacebookPropertiesUpdated;
  'control/customer-view'?: CustomerView;
  'control/customer-view-entry'?: CustomerViewEntry;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions}/{id} accepting a chat or SMS session.
 */
export interface AcceptRequest {
  operationName: 'Accept';
  /**
   * The agent nickname, as displayed to the customer.
   */
  nickname: string;
  /**
   * If true, the agent is stored in the Contact Profile for last agent routing (optional).
   */
  saveLAR?: boolean;
}
/**
 * Body of POST /api/v2/me/facebooksessions/{id} accepting a Facebook session; saveLAR is not documented for Facebook.
 */
export interface FacebookAcceptRequest {
  operationName: 'Accept';
  /**
   * The agent's nickname.
   */
  nickname: string;
}
/**
 * Body of a successful operation: statusCode 0 (ACC-1). The documented sample has nothing else; extra members are allowed here and judged by ACC-2.
 */
export interface SuccessResponse {
  statusCode: 0;
}
/**
 * Body of a failed API call: a non-zero statusCode and a statusMessage (Return Values). Extra members are allowed here and judged by ACC-8.
 */
export interface ErrorResponse {
  /**
   * Non-zero: 1 parameter missing, 2 not valid in this state, 6 not found, 20 not authenticated, ...
   */
  statusCode: number;
  statusMessage: string;
}
/**
 * Body of GET /api/v2/me with valid credentials (SES-1).
 */
export interface MeResponse {
  statusCode: 0;
  user: User;
}
/**
 * The agent; every member is optional, as only the object itself is required.
 */
export interface User {
  id?: string;
  userName?: string;
  firstName?: string;
  lastName?: string;
  roles?: string[];
  enabled?: boolean;
  changePasswordOnFirstLogin?: boolean;
  uri?: string;
  path?: string;
}
/**
 * Body of GET /api/v2/me?subresources=*: the user with the subresources that GWS clients read from it (research/gws-protocol.md §2, a response captured from a real GWS). Only what those clients depend on is required; the bare user members are those of responses/me.json.
 */
export interface MeSubresourcesResponse {
  statusCode: 0;
  user: UserWithSubresources;
}
export interface UserWithSubresources {
  settings: UserSettings;
  /**
   * The agent state on each logged-in media channel.
   */
  channels: ChannelAgentState[];
  devices: {}[];
  features: Feature[];
  chats: Session[];
  smssessions: Session[];
  facebooksessions: Session[];
}
/**
 * Options by section: clients read every section as an object of options.
 */
export interface UserSettings {
  [k: string]: {};
}
export interface ChannelAgentState {
  /**
   * Media channel name: chat, sms, facebook, ...
   */
  channel: string;
  userState: AgentUserState;
}
export interface AgentUserState {
  /**
   * Ready, NotReady, ...
   */
  state: string;
  displayName?: string;
  id?: string;
}
export interface Feature {
  /**
   * e.g. api-multimedia
   */
  id: string;
}
/**
 * A chat, SMS session or Facebook session resource as a state-change notification carries it. Only id, uri and state are required: the documented Reject and Complete notifications carry nothing else (OFF-1, NTF-2 and NTF-4 demand more where the Accept flow needs it). Servers send more members (path, chatType, receivedDate, ...); they are allowed.
 */
export interface Session {
  id: string;
  /**
   * Absolute URL, documented without /me/: .../api/v2/{collection}/{id}.
   */
  uri: string;
  /**
   * Chatting after Accept; the offered state is not documented (OFF-3).
   */
  state: string;
  /**
   * Names of the operations allowed now; open-ended.
   */
  capabilities?: string[];
  participants?: Participant[];
  /**
   * Attached data.
   */
  userData?: {
    [k: string]: unknown;
  };
}
/**
 * A participant of an interaction, also the sender (from) of a message (NTF-4, MSG-2). Participant types are open-ended (Agent, Customer, External, ...); servers may add id, uri, path, visibility.
 */
export interface Participant {
  /**
   * Agent, Customer, External, ...
   */
  type: string;
  nickname: string;
  participantId: string;
}
/**
 * Body of GET /api/v2/me/{collection}/{id}/messages (MSG-1).
 */
export interface MessagesResponse {
  statusCode: 0;
  messages: Message[];
}
/**
 * Body of GET /api/v2/me/chats?fields=* (RES-1, RES-2).
 */
export interface ChatCollectionResponse {
  statusCode: 0;
  chats: ListedSession[];
}
/**
 * A session resource as GET /api/v2/me/{collection} returns it: RES-2 requires capabilities and participants as well. Same members as session.json (a self-test keeps them equal); spelled out because a $ref with a stricter required list generates a wrong type.
 */
export interface ListedSession {
  id: string;
  /**
   * Absolute URL, documented without /me/: .../api/v2/{collection}/{id}.
   */
  uri: string;
  /**
   * Chatting after Accept; the offered state is not documented (OFF-3).
   */
  state: string;
  /**
   * Names of the operations allowed now; open-ended.
   */
  capabilities: string[];
  participants: Participant[];
  /**
   * Attached data.
   */
  userData?: {
    [k: string]: unknown;
  };
}
/**
 * Body of GET /api/v2/me/smssessions?fields=* (RES-1, RES-2).
 */
export interface SmsCollectionResponse {
  statusCode: 0;
  smssessions: ListedSession[];
}
/**
 * Body of GET /api/v2/me/facebooksessions?fields=* (RES-1, RES-2).
 */
export interface FacebookCollectionResponse {
  statusCode: 0;
  facebooksessions: ListedSession[];
}
/**
 * Body of GET /api/v2/me/chats/{id} for a known id (RES-3).
 */
export interface ChatResourceResponse {
  statusCode: 0;
  chat: ListedSession;
}
/**
 * Body of GET /api/v2/me/smssessions/{id} for a known id (RES-3).
 */
export interface SmsResourceResponse {
  statusCode: 0;
  smssession: ListedSession;
}
/**
 * Body of GET /api/v2/me/facebooksessions/{id} for a known id (RES-3).
 */
export interface FacebookResourceResponse {
  statusCode: 0;
  facebooksession: ListedSession;
}
/**
 * Text typed by a participant; the text is in text (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface TextMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'Text';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
  text: string;
}
/**
 * A participant joined; who is in from (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface ParticipantJoinedMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'ParticipantJoined';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * A participant left; who is in from (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface ParticipantLeftMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'ParticipantLeft';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * A participant rejoined; who is in from (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface ParticipantRejoinedMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'ParticipantRejoined';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * The participant started typing; with typing preview the text so far is in text (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface TypingStartedMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'TypingStarted';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
  text?: string;
}
/**
 * The participant stopped typing (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface TypingStoppedMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'TypingStopped';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * The participant sent a URL; it is in url (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface PushUrlMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'PushUrl';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
  url: string;
}
/**
 * A notice; its text, if any, is in text (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface NoticeMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'Notice';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
  text?: string;
}
/**
 * Service message: the transcript was saved. Its index is always -1 (003_8351937f05c82431.txt, Message Types; MSG-2).
 */
export interface TranscriptSaveDoneMessage {
  /**
   * Always -1 (MSG-4).
   */
  index: -1;
  type: 'TranscriptSaveDone';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * A custom notice, from the wider documentation (the SendCustomNotice pages): validated on the common members; its noticeText is judged by SND-4 (MSG-2).
 */
export interface CustomNoticeMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  type: 'CustomNotice';
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
  /**
   * The notice the agent sent (SendCustomNotice); judged by SND-4 where the agent sent it.
   */
  noticeText?: string;
}
/**
 * A message of a type outside the nine documented ones and CustomNotice: validated on the common members only (MSG-2).
 */
export interface OtherMessage {
  /**
   * Order of the activity; gaps are allowed (MSG-4).
   */
  index: number;
  /**
   * A type beyond the documented ones: MSG-2 reports it warn, naming it; the type alone never makes a fail.
   */
  type: string;
  from: Participant;
  /**
   * All is documented, Agents seen elsewhere (MSG-7).
   */
  visibility: string;
  timestamp: GwsTimestamp;
}
/**
 * A notification as a Bayeux message on a /v2/me/* channel (SES-5). Which messageType it has decides the schema of data: state-change-{channel} or message-log-{channel}.
 */
export interface BayeuxNotification {
  /**
   * The topic, e.g. /v2/me/chats (checked at INFO level only).
   */
  channel: string;
  data: NotificationData;
}
export interface NotificationData {
  messageType: string;
  notificationType: string;
}
/**
 * data of a ChatStateChangeMessage notification (SES-5, OFF-1, NTF-1, NTF-4), in its reconciled form: documentation variants are mapped with the channel table before validation.
 */
export interface ChatStateChange {
  messageType: 'ChatStateChangeMessage';
  /**
   * StatusChange, ParticipantsUpdated, PropertiesUpdated or Error.
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  chat: Session;
}
/**
 * data of an SMSsessionStateChangeMessage notification (SES-5, OFF-1, NTF-1, NTF-4), in its reconciled form: documentation variants are mapped with the channel table before validation.
 */
export interface SmsStateChange {
  messageType: 'SMSsessionStateChangeMessage';
  /**
   * StatusChange, ParticipantsUpdated, PropertiesUpdated or Error.
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  smssession: Session;
}
/**
 * data of a FacebooksessionStateChangeMessage notification (SES-5, OFF-1, NTF-1, NTF-4), in its reconciled form: documentation variants are mapped with the channel table before validation.
 */
export interface FacebookStateChange {
  messageType: 'FacebooksessionStateChangeMessage';
  /**
   * StatusChange, ParticipantsUpdated, PropertiesUpdated or Error.
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  facebooksession: Session;
}
/**
 * data of a MessageLogUpdated notification about a chat (SES-5, NTF-5). The history key is optional here: NTF-8 judges it.
 */
export interface ChatMessageLog {
  messageType: 'MessageLogUpdated';
  notificationType: 'NewMessages';
  /**
   * NTF-9 wants an integer where present.
   */
  referenceId?: unknown;
  messages: Message[];
  /**
   * URI of the interaction (NTF-8).
   */
  chatUri?: string;
  /**
   * Path twin of chatUri, e.g. /chats/{id}.
   */
  chatPath?: string;
}
/**
 * data of a MessageLogUpdated notification about an SMS session (SES-5, NTF-5). The history key is optional here: NTF-8 judges it.
 */
export interface SmsMessageLog {
  messageType: 'MessageLogUpdated';
  notificationType: 'NewMessages';
  /**
   * NTF-9 wants an integer where present.
   */
  referenceId?: unknown;
  messages: Message[];
  /**
   * URI of the interaction (NTF-8).
   */
  smssessionUri?: string;
  /**
   * Path twin of smssessionUri, e.g. /smssessions/{id}.
   */
  smssessionPath?: string;
}
/**
 * data of a MessageLogUpdated notification about a Facebook session (SES-5, NTF-5). The history key is optional here: NTF-8 judges it.
 */
export interface FacebookMessageLog {
  messageType: 'MessageLogUpdated';
  notificationType: 'NewMessages';
  /**
   * NTF-9 wants an integer where present.
   */
  referenceId?: unknown;
  messages: Message[];
  /**
   * URI of the interaction (NTF-8).
   */
  facebooksessionUri?: string;
  /**
   * Path twin of facebooksessionUri, e.g. /facebooksessions/{id}.
   */
  facebooksessionPath?: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} rejecting an offered interaction; no parameters (ChatReject; REJ-1).
 */
export interface RejectRequest {
  operationName: 'Reject';
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} completing an interaction (ChatComplete; CMP-1). Every parameter is optional; the channel table says which each channel documents.
 */
export interface CompleteRequest {
  operationName: 'Complete';
  /**
   * Queue to place the interaction in (chat, sms, facebook).
   */
  queueName?: string;
  /**
   * Store the agent for last agent routing, as Accept's (chat, sms).
   */
  saveLAR?: boolean;
  /**
   * Text shown to the customer before the session ends (chat; CMP-4).
   */
  text?: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} leaving an interaction (ChatLeave; LEV-1).
 */
export interface LeaveRequest {
  operationName: 'Leave';
  /**
   * Text shown to the customer (chat, optional).
   */
  text?: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} sending a Text to the customer (ChatSend; SND-1).
 */
export interface SendMessageRequest {
  operationName: 'SendMessage';
  /**
   * The text to send to the customer.
   */
  text: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} pushing a URL to the customer (ChatSendURL; SND-2; chat, sms).
 */
export interface SendUrlRequest {
  operationName: 'SendUrl';
  /**
   * The URL to send to the customer.
   */
  url: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} telling the customer the agent types (ChatSendStartTypingNotification; SND-3; chat, sms).
 */
export interface SendStartTypingRequest {
  operationName: 'SendStartTypingNotification';
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} telling the customer the agent stopped typing (ChatSendStopTypingNotification; SND-3; chat, sms).
 */
export interface SendStopTypingRequest {
  operationName: 'SendStopTypingNotification';
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} sending a custom notice (ChatSendCustomNotice; SND-4; chat, sms).
 */
export interface SendCustomNoticeRequest {
  operationName: 'SendCustomNotice';
  /**
   * The text of the notice.
   */
  noticeText: string;
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} attaching data (ChatAttachUserData; UD-1).
 */
export interface AttachUserDataRequest {
  operationName: 'AttachUserData';
  /**
   * Keys and values (strings or numbers) of the attached data.
   */
  userData: {
    [k: string]: unknown;
  };
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} overwriting attached data (ChatUpdateUserData; UD-2; chat, sms).
 */
export interface UpdateUserDataRequest {
  operationName: 'UpdateUserData';
  /**
   * Keys and values (strings or numbers) of the attached data.
   */
  userData: {
    [k: string]: unknown;
  };
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} deleting attached keys (ChatDeleteUserData; UD-3).
 */
export interface DeleteUserDataRequest {
  operationName: 'DeleteUserData';
  /**
   * The keys to delete.
   */
  keys: string[];
}
/**
 * Body of POST /api/v2/me/{chats|smssessions|facebooksessions}/{id} setting the disposition (ChatSetDisposition; UD-5).
 */
export interface SetDispositionRequest {
  operationName: 'SetDisposition';
  /**
   * The disposition value.
   */
  disposition: string;
  /**
   * The userData key to set; the server's configured key (DispositionCode on the page) when absent.
   */
  dispositionKey?: string;
}
/**
 * A session resource as a state change about its attached data carries it: a session whose userData is present (UD-1 to UD-5 read it). The pages show the full resource; only what the MUSTs read is required.
 */
export interface UpdatedSession {
  id: string;
  /**
   * Absolute URL, documented without /me/: .../api/v2/{collection}/{id}.
   */
  uri: string;
  /**
   * Chatting after Accept; the offered state is not documented (OFF-3).
   */
  state: string;
  /**
   * Names of the operations allowed now; open-ended.
   */
  capabilities?: string[];
  participants?: Participant[];
  /**
   * Attached data.
   */
  userData: {
    [k: string]: unknown;
  };
}
/**
 * data of a ChatStateChangeMessage that notifies attached data (AttachUserData, UpdateUserData, DeleteUserData, SetDisposition; UD-1 to UD-5): the resource with its full userData. notificationType SHOULD be PropertiesUpdated (UD-1's SHOULD, judged there, not here).
 */
export interface ChatPropertiesUpdated {
  messageType: 'ChatStateChangeMessage';
  /**
   * PropertiesUpdated on the pages (a SHOULD of UD-1).
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  chat: UpdatedSession;
}
/**
 * data of a SMSsessionStateChangeMessage that notifies attached data (AttachUserData, UpdateUserData, DeleteUserData, SetDisposition; UD-1 to UD-5): the resource with its full userData. notificationType SHOULD be PropertiesUpdated (UD-1's SHOULD, judged there, not here).
 */
export interface SmsPropertiesUpdated {
  messageType: 'SMSsessionStateChangeMessage';
  /**
   * PropertiesUpdated on the pages (a SHOULD of UD-1).
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  smssession: UpdatedSession;
}
/**
 * data of a FacebooksessionStateChangeMessage that notifies attached data (AttachUserData, UpdateUserData, DeleteUserData, SetDisposition; UD-1 to UD-5): the resource with its full userData. notificationType SHOULD be PropertiesUpdated (UD-1's SHOULD, judged there, not here).
 */
export interface FacebookPropertiesUpdated {
  messageType: 'FacebooksessionStateChangeMessage';
  /**
   * PropertiesUpdated on the pages (a SHOULD of UD-1).
   */
  notificationType: string;
  /**
   * Links the notification to the request that caused it; NTF-9 wants an integer.
   */
  referenceId?: unknown;
  facebooksession: UpdatedSession;
}
/**
 * Answer of the optional GET /conformance/v1/interactions/{id} (CONTROL-API.md): what the customer sees of the interaction (CMP-2, CMP-4, LEV-2, SND-6).
 */
export interface CustomerView {
  /**
   * ended once the customer's session is over (Complete, Leave).
   */
  state: 'active' | 'ended';
  /**
   * The messages the customer was shown, in order; never those with visibility Agents (the customer's own may be left out).
   */
  transcript: CustomerViewEntry[];
}
/**
 * One message of the customer view's transcript: its type, its sender, and its content member (text, url or noticeText).
 */
export interface CustomerViewEntry {
  /**
   * A message type, e.g. Text or PushUrl.
   */
  type: string;
  /**
   * The sender as the customer sees it.
   */
  from?: {
    type?: string;
    nickname?: string;
  };
  text?: string;
  url?: string;
  noticeText?: string;
}
