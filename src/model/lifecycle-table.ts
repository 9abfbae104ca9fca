/**
 * LIFECYCLE.md's operation table (which lifecycle operation, and which of its parameters, each
 * channel documents) and its "Known documentation variants (lifecycle pages)". Read through the
 * channel row (`row.lifecycle`): scenarios drive only documented operations, checks skip the
 * others, the reference server answers an undocumented one as an unknown operation.
 */
import type { DocVariant } from './channels';
import type { RequirementId } from './requirements';

type Channel = 'chat' | 'sms' | 'facebook';

/** Every operation of LIFECYCLE.md's table, in its order. */
export const LIFECYCLE_OPERATIONS = [
  'Reject',
  'Complete',
  'Leave',
  'SendMessage',
  'SendUrl',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
  'SendCustomNotice',
  'AttachUserData',
  'UpdateUserData',
  'DeleteUserData',
  'SetDisposition',
] as const;
export type OperationName = (typeof LIFECYCLE_OPERATIONS)[number];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && (LIFECYCLE_OPERATIONS as readonly string[]).includes(value);
}

/** `string[]` is an array of strings (DeleteUserData's keys); `object` a JSON object (userData). */
export type ParamType = 'string' | 'boolean' | 'object' | 'string[]';

export interface ParamSpec {
  name: string;
  type: ParamType;
  required: boolean;
}

export interface OperationSpec {
  name: OperationName;
  /** The parameters this channel's page documents, besides operationName. */
  params: ParamSpec[];
  /** The documentation page (under .../GWS/8.5.2/API/ or .../HTCC/latest/API/). */
  page: string;
  /** The requirement that judges what the operation does. */
  requirement: RequirementId;
  /**
   * Whether that requirement names the success answer's statusCode 0 (else LIF-1 judges the
   * answer; LIF-1 always judges the members beside statusCode).
   */
  namesStatusCode: boolean;
}

/** A variant of a lifecycle page, in the style of the Accept-flow variants. */
export interface LifecycleVariant extends Omit<DocVariant, 'verdict'> {
  /** The operations whose pages show it (its `requirement` is that of the operation). */
  operations: OperationName[];
  /** null: nothing to judge, the suite always sends the reconciled form. */
  verdict: DocVariant['verdict'] | null;
}

export interface LifecycleTable {
  /** The documented operations of the channel, in table order; an absent one is undocumented. */
  operations: Partial<Record<OperationName, OperationSpec>>;
  variants: LifecycleVariant[];
}

const p = (name: string, type: ParamType, required: boolean): ParamSpec => ({ name, type, required });

/** Per operation: requirement, whether it names statusCode 0, the channels' page names (absent: not documented). */
const TABLE: Record<
  OperationName,
  {
    requirement: RequirementId;
    namesStatusCode: boolean;
    pages: Partial<Record<Channel, string>>;
    params: (channel: Channel) => ParamSpec[];
  }
> = {
  Reject: {
    requirement: 'REJ-1',
    namesStatusCode: true,
    pages: { chat: 'ChatReject', sms: 'SMSReject', facebook: 'FacebookPMReject' },
    params: () => [],
  },
  Complete: {
    requirement: 'CMP-1',
    namesStatusCode: true,
    pages: { chat: 'ChatComplete', sms: 'SMSComplete', facebook: 'FacebookPMComplete' },
    params: (c) => [
      p('queueName', 'string', false),
      ...(c !== 'facebook' ? [p('saveLAR', 'boolean', false)] : []),
      ...(c === 'chat' ? [p('text', 'string', false)] : []),
    ],
  },
  Leave: {
    requirement: 'LEV-1',
    namesStatusCode: true,
    pages: { chat: 'ChatLeave', sms: 'SMSLeave', facebook: 'FacebookPMLeave' },
    params: (c) => (c === 'chat' ? [p('text', 'string', false)] : []),
  },
  SendMessage: {
    requirement: 'SND-1',
    namesStatusCode: true,
    pages: { chat: 'ChatSend', sms: 'SMSSendMessage', facebook: 'FacebookPMSendMessage' },
    params: () => [p('text', 'string', true)],
  },
  SendUrl: {
    requirement: 'SND-2',
    namesStatusCode: false,
    pages: { chat: 'ChatSendURL', sms: 'SMSSendUrl' },
    params: () => [p('url', 'string', true)],
  },
  SendStartTypingNotification: {
    requirement: 'SND-3',
    namesStatusCode: false,
    pages: { chat: 'ChatSendStartTypingNotification', sms: 'SMSSendStartType' },
    params: () => [],
  },
  SendStopTypingNotification: {
    requirement: 'SND-3',
    namesStatusCode: false,
    pages: { chat: 'ChatSendStopTypingNotification', sms: 'SMSSendStopType' },
    params: () => [],
  },
  SendCustomNotice: {
    requirement: 'SND-4',
    namesStatusCode: false,
    pages: { chat: 'ChatSendCustomNotice', sms: 'SMSSendCustomNotice' },
    params: () => [p('noticeText', 'string', true)],
  },
  AttachUserData: {
    requirement: 'UD-1',
    namesStatusCode: true,
    pages: { chat: 'ChatAttachUserData', sms: 'SMSAttachUserData', facebook: 'FacebookPMAttachUserData' },
    params: () => [p('userData', 'object', true)],
  },
  UpdateUserData: {
    requirement: 'UD-2',
    namesStatusCode: false,
    pages: { chat: 'ChatUpdateUserData', sms: 'SMSUpdateUserData' },
    params: () => [p('userData', 'object', true)],
  },
  DeleteUserData: {
    requirement: 'UD-3',
    namesStatusCode: false,
    pages: { chat: 'ChatDeleteUserData', sms: 'SMSDeleteUserData', facebook: 'FacebookPMDeleteUserData' },
    params: () => [p('keys', 'string[]', true)],
  },
  SetDisposition: {
    requirement: 'UD-5',
    namesStatusCode: true,
    pages: { chat: 'ChatSetDisposition', sms: 'SMSSetDisposition', facebook: 'FacebookPMSetDisposition' },
    params: () => [p('disposition', 'string', true), p('dispositionKey', 'string', false)],
  },
};

export function lifecycleTable(channel: Channel, variants: LifecycleVariant[]): LifecycleTable {
  const operations: Partial<Record<OperationName, OperationSpec>> = {};
  for (const name of LIFECYCLE_OPERATIONS) {
    const { requirement, namesStatusCode, pages, params } = TABLE[name];
    const page = pages[channel];
    if (page) operations[name] = { name, params: params(channel), page, requirement, namesStatusCode };
  }
  return { operations, variants };
}

const LIFE = 'research/gws-lifecycle.md';

/** The SMS pages that spell the collection smsessions (and keys smsession...). */
const SMS_SLIPS: {
  op: OperationName;
  page: string;
  requirement: RequirementId;
  key: 'resourceKey' | 'historyKey';
}[] = [
  { op: 'SendStopTypingNotification', page: 'SMSSendStopType', requirement: 'SND-3', key: 'historyKey' },
  { op: 'SetDisposition', page: 'SMSSetDisposition', requirement: 'UD-5', key: 'resourceKey' },
  { op: 'SendCustomNotice', page: 'SMSSendCustomNotice', requirement: 'SND-4', key: 'historyKey' },
];

const smsVariants = (): LifecycleVariant[] =>
  SMS_SLIPS.flatMap(({ op, page, requirement, key }) => [
    {
      field: 'collection',
      value: 'smsessions',
      reconciled: 'smssessions',
      source: { file: LIFE, section: `${page}: Request URL` },
      requirement,
      verdict: 'warn',
      operations: [op],
      note: `the ${page} page spells the collection /api/v2/me/smsessions`,
    },
    key === 'resourceKey'
      ? {
          field: 'resourceKey',
          value: 'smsession',
          reconciled: 'smssession',
          source: { file: LIFE, section: `${page}: Notification` },
          requirement,
          verdict: 'warn',
          operations: [op],
          note: `the ${page} page names the resource member smsession`,
        }
      : {
          field: 'historyKey',
          value: 'smsessionUri',
          reconciled: 'smssessionUri',
          source: { file: LIFE, section: `${page}: Notification` },
          requirement,
          verdict: 'warn',
          operations: [op],
          note: `the ${page} page names the history key smsessionUri (and smsessionPath)`,
        },
  ]);

/** Every channel: the Email DeleteUserData table names the parameter userData; the suite sends keys. */
const deleteParameter = (): LifecycleVariant => ({
  field: 'parameter',
  value: 'userData',
  reconciled: 'keys',
  source: { file: LIFE, section: '§5 DeleteUserData (EmailDeleteUserData table)' },
  requirement: 'UD-3',
  verdict: null,
  operations: ['DeleteUserData'],
  note: 'the EmailDeleteUserData table names the parameter userData, its sample and every chat, SMS and Facebook page send keys; the suite sends keys',
});

export const LIFECYCLE_VARIANTS: Record<Channel, LifecycleVariant[]> = {
  chat: [
    {
      field: 'responseMember',
      value: 'status',
      reconciled: 'statusCode',
      source: { file: LIFE, section: 'ChatReject: HTTP Response' },
      requirement: 'REJ-1',
      verdict: 'fail',
      operations: ['Reject'],
      note: 'the chat Reject page shows {"status": 0}; the SMS and Facebook pages and every other operation answer {"statusCode": 0}',
    },
    deleteParameter(),
  ],
  sms: [...smsVariants(), deleteParameter()],
  facebook: [deleteParameter()],
};

/** The operation (and parameter) a part-2 requirement needs; it applies where that is documented. */
const SCOPE: Partial<Record<RequirementId, { operation: OperationName; param?: string }>> = {
  'SND-2': { operation: 'SendUrl' },
  'SND-3': { operation: 'SendStartTypingNotification' },
  'SND-4': { operation: 'SendCustomNotice' },
  'UD-2': { operation: 'UpdateUserData' },
  'CMP-4': { operation: 'Complete', param: 'text' },
};

/**
 * Whether a lifecycle requirement applies on a channel's table: false only where the operation it
 * judges (or the parameter, CMP-4's Complete text) is not documented there. Every other
 * requirement applies everywhere.
 */
export function lifecycleApplies(id: RequirementId, table: LifecycleTable): boolean {
  const scope = SCOPE[id];
  if (!scope) return true;
  const spec = table.operations[scope.operation];
  return spec !== undefined && (scope.param === undefined || spec.params.some((x) => x.name === scope.param));
}

/** The documented spec of `operation` on a channel, undefined where the table has no ✓. */
export function operationSpec(table: LifecycleTable, operation: string): OperationSpec | undefined {
  return isOperationName(operation) ? table.operations[operation] : undefined;
}
