/**
 * Valid examples of the lifecycle schemas (LIFECYCLE.md), every optional member filled in: each
 * operation's request, the attached-data state change, the CustomNotice message, the customer view.
 * Built from examples.ts's session and channel helpers (passed in: the two files import each other).
 */
import { CHANNEL_TABLE, CHANNELS, type Channel } from '../../src/model/channels';
import type { OperationSchema } from '../../src/validate';
import type { CustomerView, CustomNoticeMessage, Participant } from '../../types/gws';

const AGENT: Participant = { type: 'Agent', nickname: 'Marat', participantId: '009052C5E743004C' };

export const REQUEST_EXAMPLES: Record<OperationSchema, unknown[]> = {
  'requests/reject': [{ operationName: 'Reject' }],
  'requests/complete': [
    { operationName: 'Complete', queueName: 'PostProcessingQueue', saveLAR: false, text: 'Goodbye' },
  ],
  'requests/leave': [{ operationName: 'Leave', text: 'A colleague will take over' }],
  'requests/send-message': [{ operationName: 'SendMessage', text: 'How may I help you?' }],
  'requests/send-url': [{ operationName: 'SendUrl', url: 'http://www.genesys.com' }],
  'requests/send-start-typing': [{ operationName: 'SendStartTypingNotification' }],
  'requests/send-stop-typing': [{ operationName: 'SendStopTypingNotification' }],
  'requests/send-custom-notice': [
    { operationName: 'SendCustomNotice', noticeText: 'This is a custom notice' },
  ],
  'requests/attach-user-data': [{ operationName: 'AttachUserData', userData: { K1: 'v1', K2: 42 } }],
  'requests/update-user-data': [{ operationName: 'UpdateUserData', userData: { K1: 'v2' } }],
  'requests/delete-user-data': [{ operationName: 'DeleteUserData', keys: ['K1'] }],
  'requests/set-disposition': [
    { operationName: 'SetDisposition', disposition: 'IssueResolved', dispositionKey: 'DispositionCode' },
  ],
};

export const CUSTOM_NOTICE: CustomNoticeMessage = {
  index: 5,
  type: 'CustomNotice',
  from: AGENT,
  visibility: 'All',
  timestamp: '2015-11-19T12:30:20.000+0200',
  noticeText: 'This is a custom notice',
};

export const CUSTOMER_VIEW: CustomerView = {
  state: 'active',
  transcript: [
    { type: 'Text', from: { type: 'Agent', nickname: 'Marat' }, text: 'How may I help you?' },
    { type: 'PushUrl', from: { type: 'Agent', nickname: 'Marat' }, url: 'https://example.com/help' },
    { type: 'CustomNotice', from: { type: 'Agent', nickname: 'Marat' }, noticeText: 'Notice' },
  ],
};

/** The lifecycle part of EXAMPLES, given examples.ts's `session(channel)`. */
export function lifecycleExamples(session: (c: Channel) => object) {
  const propertiesUpdated = (c: Channel) => ({
    messageType: CHANNEL_TABLE[c].messageType,
    notificationType: 'PropertiesUpdated',
    referenceId: 83,
    [CHANNEL_TABLE[c].resourceKey]: { ...session(c), userData: { K1: 'v1', K2: 42 } },
  });
  return {
    ...REQUEST_EXAMPLES,
    'messages/custom-notice': [CUSTOM_NOTICE],
    ...(Object.fromEntries(
      CHANNELS.map((c) => [`notifications/properties-updated-${c}`, [propertiesUpdated(c)]]),
    ) as Record<`notifications/properties-updated-${Channel}`, unknown[]>),
    'control/customer-view': [CUSTOMER_VIEW, { state: 'ended', transcript: [] }],
  };
}
