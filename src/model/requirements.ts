/**
 * The requirement catalogue in two parts: part 1 is shared/spec/REQUIREMENTS.md (the Accept flow),
 * part 2 is shared/spec/LIFECYCLE.md (the interaction's life after the offer). Each entry: id,
 * level, one-line text, source, part. The checks, the reports and the self-tests read it; a
 * self-test keeps it in step with both spec files.
 */
import { entriesOf } from './requirement-entry';
import { LIFECYCLE_REQUIREMENTS } from './requirements-lifecycle';

export type Level = 'MUST' | 'SHOULD' | 'INFO';
export type Part = 1 | 2;
export const PART1_GROUPS = ['SES', 'OFF', 'ACC', 'NTF', 'RES', 'MSG'] as const;
export const PART2_GROUPS = ['LIF', 'REJ', 'CMP', 'LEV', 'SND', 'UD'] as const;
export type Group = (typeof PART1_GROUPS)[number] | (typeof PART2_GROUPS)[number];

export interface Requirement {
  id: string;
  level: Level;
  text: string;
  /** Seed page file name (or a research fact sheet) and section (part 2: the chat page's name). */
  source: { file: string; section: string };
  /** 1: REQUIREMENTS.md, 2: LIFECYCLE.md. */
  part: Part;
}

const CHAT = '001_bfa8c9a2e16e1f14.txt';
const CHAT2 = '002_33ced99414d36d03.txt';
const SMS = '000_69952084d6cb1c22.txt';
const SMSRES = '003_8351937f05c82431.txt';
const FACTS = 'research/gws-protocol.md';

const r = entriesOf(1);

const PART1 = [
  r(
    'SES-1',
    'MUST',
    'REST calls carry HTTP Basic credentials; GET /api/v2/me answers statusCode 0 with a user object.',
    FACTS,
    '§2 Authentication',
  ),
  r(
    'SES-2',
    'MUST',
    'A REST call without or with wrong credentials is refused (non-zero statusCode, SHOULD be 20, or HTTP 401/403) and changes nothing.',
    FACTS,
    '§2 Authentication; §6 Return values',
  ),
  r(
    'SES-3',
    'MUST',
    'A long-polling Bayeux handshake on /api/v2/notifications succeeds for an authenticated agent, and so does a subscription to /v2/me/*.',
    FACTS,
    '§1.2-1.4 Notifications',
  ),
  r(
    'SES-4',
    'MUST',
    'A Bayeux handshake without valid credentials is refused, and such a client never receives a notification.',
    FACTS,
    '§1.3 Authentication on the CometD connection',
  ),
  r(
    'SES-5',
    'MUST',
    'Every notification carries data.messageType and data.notificationType strings and the resource object or messages array its type needs.',
    FACTS,
    '§1.5 Notification envelope',
  ),
  r(
    'SES-6',
    'MUST',
    'When the target issues a CSRF token, a POST without it is refused with HTTP 403 and changes nothing; with it, it succeeds.',
    FACTS,
    '§1.6 CSRF protection',
  ),
  r(
    'SES-7',
    'MUST',
    "An interaction offered to one agent is never announced to another, and the other agent's Accept of it fails and changes nothing.",
    FACTS,
    '§8 Accept flow',
  ),
  r(
    'SES-8',
    'INFO',
    'The suite logs in with StartContactCenterSession and sets the channel Ready; the answers are recorded.',
    FACTS,
    '§2 Login and channel readiness',
  ),
  r(
    'OFF-1',
    'MUST',
    'An offered interaction is announced by a StatusChange whose resource has id, uri, state strings and capabilities containing Accept.',
    CHAT,
    'Overview',
  ),
  r('OFF-2', 'SHOULD', "The offered resource's capabilities also contain Reject.", CHAT, 'Overview'),
  r('OFF-3', 'INFO', 'The name of the offered state (not documented).', FACTS, '§3.3 States'),
  r(
    'ACC-1',
    'MUST',
    'POST /api/v2/me/{collection}/{id} with operationName Accept and a nickname answers HTTP 200 with statusCode 0.',
    CHAT,
    'Sample: HTTP Response',
  ),
  r(
    'ACC-2',
    'SHOULD',
    'The Accept success body has no member besides statusCode.',
    CHAT,
    'Sample: HTTP Response',
  ),
  r(
    'ACC-3',
    'MUST',
    'saveLAR true and false are both accepted with statusCode 0 (chat, sms; facebook is INFO).',
    CHAT,
    'Parameters',
  ),
  r(
    'ACC-4',
    'MUST',
    'Accept of an unknown id answers a non-zero statusCode (SHOULD be 6) with a string statusMessage.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'ACC-5',
    'MUST',
    'Accept without nickname answers a non-zero statusCode (SHOULD be 1) with a statusMessage, and the interaction stays offered.',
    CHAT,
    'Parameters',
  ),
  r(
    'ACC-6',
    'MUST',
    'A second Accept of an accepted interaction answers a non-zero statusCode (SHOULD be 2) and produces no further notifications.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'ACC-7',
    'MUST',
    'Malformed Accept requests answer a non-zero statusCode or HTTP 4xx, never 5xx or a dropped connection, and change nothing.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'ACC-8',
    'SHOULD',
    'A JSON error body has statusCode and statusMessage and no other member.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'ACC-9',
    'INFO',
    'The HTTP status that accompanies a non-zero statusCode.',
    FACTS,
    '§6 HTTP status codes',
  ),
  r(
    'NTF-1',
    'MUST',
    "After Accept a StatusChange with state Chatting, the channel's messageType and resource key, and a uri ending /{collection}/{id} arrives.",
    CHAT,
    'Notification: Status changed to Chatting',
  ),
  r(
    'NTF-2',
    'MUST',
    'In the Chatting notification capabilities is an array of distinct strings without Accept or Reject.',
    CHAT,
    'Notification: Status changed to Chatting',
  ),
  r(
    'NTF-3',
    'SHOULD',
    'The Chatting capabilities contain SendMessage, Complete, Leave, Transfer, the two typing notifications and InFocus or SetInFocus.',
    CHAT,
    'Notification: Status changed to Chatting',
  ),
  r(
    'NTF-4',
    'MUST',
    'A ParticipantsUpdated lists the Agent with the Accept nickname and the Customer; every participant has type, nickname and participantId strings.',
    CHAT,
    'Notification: Updated participant list',
  ),
  r(
    'NTF-5',
    'MUST',
    "A MessageLogUpdated/NewMessages carries the complete history up to the agent joining, ending with the agent's ParticipantJoined.",
    CHAT,
    'Notification: Chat history up to the point of joining',
  ),
  r(
    'NTF-6',
    'MUST',
    'StatusChange(Chatting) comes before ParticipantsUpdated, which comes before the history NewMessages.',
    CHAT,
    'Notification',
  ),
  r(
    'NTF-7',
    'MUST',
    'Each Accept notification arrives within the timeout of the Accept request and none is delivered twice.',
    CHAT,
    'Overview',
  ),
  r(
    'NTF-8',
    'SHOULD',
    "The history notification carries the channel's history key whose value is the interaction URI.",
    CHAT,
    'Notification: Chat history up to the point of joining',
  ),
  r(
    'NTF-9',
    'SHOULD',
    'referenceId, where present, is an integer; its presence is INFO.',
    CHAT2,
    'Notification',
  ),
  r(
    'RES-1',
    'MUST',
    'GET /api/v2/me/{collection}?fields=* answers statusCode 0 and lists the accepted interaction as Chatting.',
    SMSRES,
    'Request URL',
  ),
  r(
    'RES-2',
    'MUST',
    'Every returned resource validates: id, uri, state, capabilities, participants, userData.',
    SMSRES,
    'Sample Data',
  ),
  r(
    'RES-3',
    'SHOULD',
    'GET /api/v2/me/{collection}/{id} answers the resource for a known id and a non-zero statusCode (SHOULD be 6) for an unknown one.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'MSG-1',
    'MUST',
    'GET .../{id}/messages answers statusCode 0 and agrees with every message delivered by notification.',
    SMSRES,
    'Messages',
  ),
  r('MSG-2', 'MUST', 'Every message validates against the schema of its type.', SMSRES, 'Message Types'),
  r(
    'MSG-3',
    'MUST',
    'Each customer-side event after the Accept is delivered as NewMessages with the right type, content and sender, in order.',
    SMSRES,
    'Message Types',
  ),
  r(
    'MSG-4',
    'MUST',
    'Indexes of ordinary messages are integers that strictly increase in delivery order; only TranscriptSaveDone uses -1.',
    SMSRES,
    'Message Types',
  ),
  r(
    'MSG-5',
    'SHOULD',
    'startIndex and count page the message list by index value; invalid values answer a non-zero statusCode.',
    FACTS,
    '§4.1 GET messages',
  ),
  r(
    'MSG-6',
    'SHOULD',
    'timestamp has the form yyyy-MM-ddTHH:mm:ss.SSS±hhmm and does not decrease with index.',
    SMS,
    'Notification: history',
  ),
  r(
    'MSG-7',
    'INFO',
    'The visibility values seen (All documented, Agents seen elsewhere).',
    SMS,
    'Notification: history',
  ),
] as const satisfies readonly Requirement[];

/** Both parts, part 1 first, each in its spec's order. */
export const REQUIREMENTS = [...PART1, ...LIFECYCLE_REQUIREMENTS] as const satisfies readonly Requirement[];

export type RequirementId = (typeof REQUIREMENTS)[number]['id'];

const BY_ID = new Map<string, Requirement>(REQUIREMENTS.map((q) => [q.id, q]));

export function requirement(id: RequirementId): Requirement {
  return BY_ID.get(id)!;
}

export function isRequirementId(id: string): id is RequirementId {
  return BY_ID.has(id);
}

/** The group of an id: the letters before the dash (UD-1 is in UD). */
export function groupOf(id: RequirementId): Group {
  return id.slice(0, id.indexOf('-')) as Group;
}

export function partOf(id: RequirementId): Part {
  return requirement(id).part;
}
