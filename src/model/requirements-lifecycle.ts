/**
 * Part 2 of the requirement catalogue: shared/spec/LIFECYCLE.md, the interaction's life after the
 * offer (Reject, Complete, Leave, agent messages, attached data). Sources name the chat page; its
 * SMS and Facebook twins apply on the other channels (the fact sheet has each page's samples).
 */
import { entriesOf } from './requirement-entry';
import type { Requirement } from './requirements';

const LIFE = 'research/gws-lifecycle.md';
const FACTS = 'research/gws-protocol.md';

const r = entriesOf(2);

export const LIFECYCLE_REQUIREMENTS: readonly Requirement[] = [
  r(
    'LIF-1',
    'MUST',
    'A lifecycle operation that succeeds answers HTTP 200 with an integer statusCode 0; an integer referenceId beside it is allowed, any other member is warn.',
    LIFE,
    '§1 Common frame',
  ),
  r(
    'LIF-2',
    'MUST',
    'An operation the state no longer allows answers a non-zero statusCode (SHOULD be 2) with a statusMessage, notifies nothing and changes no notified state, capabilities or userData.',
    FACTS,
    '§6 Return values',
  ),
  r(
    'LIF-3',
    'INFO',
    'The operations performed successfully that the last notified capabilities did not list, per state.',
    FACTS,
    '§3.2 Chat resource properties',
  ),
  r(
    'LIF-4',
    'MUST',
    'A required parameter missing or of the wrong type answers a non-zero statusCode (SHOULD be 1) or HTTP 4xx, never 5xx, and changes nothing.',
    FACTS,
    '§6 Return values',
  ),
  r('REJ-1', 'MUST', 'Reject of an offered interaction answers statusCode 0.', LIFE, 'ChatReject'),
  r(
    'REJ-2',
    'MUST',
    'After Reject a StatusChange with state Completed arrives for the interaction, and no history NewMessages follows.',
    LIFE,
    'ChatReject',
  ),
  r(
    'REJ-3',
    'SHOULD',
    'After Reject the same agent can no longer Accept the interaction (non-zero statusCode).',
    LIFE,
    'ChatReject',
  ),
  r(
    'CMP-1',
    'MUST',
    'Complete of a Chatting interaction answers statusCode 0 and a StatusChange with state Completed follows.',
    LIFE,
    'ChatComplete',
  ),
  r(
    'CMP-2',
    'MUST',
    "Complete ends the customer's session: the control API answers 409 to customer events, the customer view says ended.",
    LIFE,
    'ChatComplete',
  ),
  r(
    'CMP-3',
    'INFO',
    'What GET of a completed interaction answers, and whether it is still listed.',
    LIFE,
    'ChatComplete',
  ),
  r(
    'CMP-4',
    'SHOULD',
    'Complete with text is accepted (chat) and the text reaches the customer before the session ends.',
    LIFE,
    'ChatComplete',
  ),
  r(
    'LEV-1',
    'MUST',
    'Leave answers statusCode 0, then a StatusChange with state LeftChat whose capabilities contain Complete (SHOULD: Transfer, Complete, Leave, InFocus).',
    LIFE,
    'ChatLeave',
  ),
  r(
    'LEV-2',
    'MUST',
    "Leave ends the customer's session (409 on customer events, view ended), and a later Complete still succeeds with a StatusChange Completed.",
    LIFE,
    'ChatLeave',
  ),
  r(
    'LEV-3',
    'SHOULD',
    "The agent's ParticipantLeft, with the Accept nickname, is added to the history by a NewMessages.",
    LIFE,
    'ChatLeave',
  ),
  r(
    'SND-1',
    'MUST',
    'SendMessage answers statusCode 0 and a NewMessages follows with a Text of that text from the Agent, its index above every earlier one.',
    LIFE,
    'ChatSend',
  ),
  r(
    'SND-2',
    'MUST',
    'SendUrl gives a PushUrl with that url from the agent, as SendMessage does.',
    LIFE,
    'ChatSendURL',
  ),
  r(
    'SND-3',
    'MUST',
    'SendStartTypingNotification and SendStopTypingNotification give TypingStarted and TypingStopped from the agent.',
    LIFE,
    'ChatSendStartTypingNotification, ChatSendStopTypingNotification',
  ),
  r(
    'SND-4',
    'SHOULD',
    'SendCustomNotice gives a CustomNotice with that noticeText from the agent.',
    LIFE,
    'ChatSendCustomNotice',
  ),
  r('SND-5', 'MUST', 'The messages the agent sent are in GET .../messages afterwards.', LIFE, '§4 Messages'),
  r(
    'SND-6',
    'SHOULD',
    'The customer view shows each agent Text and PushUrl with the same content, in the same order.',
    LIFE,
    '§4 Messages',
  ),
  r(
    'UD-1',
    'MUST',
    'AttachUserData answers statusCode 0 and the next notified userData contains the pairs (SHOULD: PropertiesUpdated, value types kept).',
    LIFE,
    'ChatAttachUserData',
  ),
  r(
    'UD-2',
    'MUST',
    'UpdateUserData overwrites the given keys and leaves the others unchanged.',
    LIFE,
    'ChatUpdateUserData',
  ),
  r(
    'UD-3',
    'MUST',
    'DeleteUserData removes the given keys and keeps the others.',
    LIFE,
    'ChatDeleteUserData',
  ),
  r(
    'UD-4',
    'SHOULD',
    'GET of the interaction afterwards shows the same userData as notified.',
    LIFE,
    'ChatAttachUserData',
  ),
  r(
    'UD-5',
    'MUST',
    'SetDisposition answers statusCode 0 and the notified userData has dispositionKey set to the disposition.',
    LIFE,
    'ChatSetDisposition',
  ),
];
