/**
 * Validation of GWS payloads against the JSON Schemas of schemas/ (the spec as data), and the
 * timestamp forms of MSG-6. Checks call `validate` and turn its issues into verdicts.
 */
import type { Channel, OperationName } from '../model/channels';
import { issuesOf, type ValidationIssue } from './issues';
import { validatorFor } from './registry';

export type { ValidationIssue } from './issues';
export { type TimestampForm, timestampForm } from './timestamp';

export type SchemaName =
  | 'requests/accept'
  | 'requests/accept-facebook'
  | 'responses/success'
  | 'responses/error'
  | 'responses/me'
  | 'responses/me-subresources'
  | 'responses/messages'
  | `responses/collection-${Channel}`
  | `responses/resource-${Channel}`
  | 'resources/session'
  | 'resources/participant'
  | 'messages/message'
  | 'messages/documented-message'
  | 'notifications/bayeux'
  | `notifications/state-change-${Channel}`
  | `notifications/message-log-${Channel}`
  | OperationSchema
  | 'messages/custom-notice'
  | `notifications/properties-updated-${Channel}`
  | 'control/customer-view';

/** The request schema of each lifecycle operation (LIFECYCLE.md's table). */
export const OPERATION_SCHEMA = {
  Reject: 'requests/reject',
  Complete: 'requests/complete',
  Leave: 'requests/leave',
  SendMessage: 'requests/send-message',
  SendUrl: 'requests/send-url',
  SendStartTypingNotification: 'requests/send-start-typing',
  SendStopTypingNotification: 'requests/send-stop-typing',
  SendCustomNotice: 'requests/send-custom-notice',
  AttachUserData: 'requests/attach-user-data',
  UpdateUserData: 'requests/update-user-data',
  DeleteUserData: 'requests/delete-user-data',
  SetDisposition: 'requests/set-disposition',
} as const satisfies Record<OperationName, `requests/${string}`>;
export type OperationSchema = (typeof OPERATION_SCHEMA)[OperationName];

/**
 * [] when valid. pointer is a JSON pointer ('' for the root, '/messages/3/text'); expected says what
 * the schema wants ("required member text", "integer", "one of the nine message types"); actual
 * quotes what was found (JSON, cut to ~80 chars, or "missing"); message is one readable line
 * combining them.
 */
export function validate(schema: SchemaName, value: unknown): ValidationIssue[] {
  const fn = validatorFor(schema);
  return fn(value) ? [] : issuesOf(fn.errors ?? [], value);
}
