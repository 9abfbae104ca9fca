/**
 * The channel table of REQUIREMENTS.md, with the known documentation variants that a target may
 * have copied from a seed page. One place: checks, scenarios, the reference server and the report
 * read it.
 */
import { LIFECYCLE_VARIANTS, type LifecycleTable, lifecycleTable } from './lifecycle-table';
import type { RequirementId } from './requirements';

export type {
  LifecycleTable,
  LifecycleVariant,
  OperationName,
  OperationSpec,
  ParamSpec,
  ParamType,
} from './lifecycle-table';
export { isOperationName, LIFECYCLE_OPERATIONS, lifecycleApplies, operationSpec } from './lifecycle-table';

export const CHANNELS = ['chat', 'sms', 'facebook'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Which part of the protocol a documentation variant spells differently. */
export type VariantField =
  | 'collection'
  | 'resourceKey'
  | 'messageType'
  | 'uri'
  | 'referenceId'
  | 'capability'
  /** Lifecycle pages (LIFECYCLE.md): the history key of MessageLogUpdated, */
  | 'historyKey'
  /** a member of an operation's HTTP answer, */
  | 'responseMember'
  /** the name of an operation's parameter. */
  | 'parameter';

export interface DocVariant {
  field: VariantField;
  /** The spelling found in the seed page. */
  value: string;
  /** The form REQUIREMENTS.md reconciles it to. */
  reconciled: string;
  source: { file: string; section: string };
  requirement: RequirementId;
  verdict: 'pass' | 'warn' | 'fail';
  note: string;
}

export interface ChannelRow {
  name: Channel;
  /** REST collection under /api/v2/me/ */
  collection: string;
  /** Member of a state-change notification that holds the resource. */
  resourceKey: string;
  /** `messageType` of the channel's state-change notifications. */
  messageType: string;
  /** Documented CometD topic, null where the documentation names none. */
  topic: string | null;
  /** Member of `MessageLogUpdated` that holds the interaction URI. */
  historyKey: string;
  /** Whether the Accept request documents `saveLAR`. */
  saveLAR: boolean;
  /** Name used in StartContactCenterSession and /api/v2/me/channels/{name}. */
  mediaChannel: string;
  /** Documentation variants of the Accept-flow pages (REQUIREMENTS.md). */
  variants: DocVariant[];
  /**
   * LIFECYCLE.md's operation table for this channel: which operations and which of their
   * parameters are documented, and the lifecycle pages' variants.
   */
  lifecycle: LifecycleTable;
}

const SMS_PAGE = '000_69952084d6cb1c22.txt';
const FB_PAGE = '004_4456e52e95c98dac.txt';

export const CHANNEL_TABLE: Record<Channel, ChannelRow> = {
  chat: {
    name: 'chat',
    collection: 'chats',
    resourceKey: 'chat',
    messageType: 'ChatStateChangeMessage',
    topic: '/v2/me/chats',
    historyKey: 'chatUri',
    saveLAR: true,
    mediaChannel: 'chat',
    variants: [],
    lifecycle: lifecycleTable('chat', LIFECYCLE_VARIANTS.chat),
  },
  sms: {
    name: 'sms',
    collection: 'smssessions',
    resourceKey: 'smssession',
    messageType: 'SMSsessionStateChangeMessage',
    topic: null,
    historyKey: 'smssessionUri',
    saveLAR: true,
    mediaChannel: 'sms',
    variants: [
      {
        field: 'collection',
        value: 'smsessions',
        reconciled: 'smssessions',
        source: { file: SMS_PAGE, section: 'Accept: Request URL' },
        requirement: 'ACC-1',
        verdict: 'warn',
        note: 'the SMS Accept page spells the collection /api/v2/me/smsessions; every other SMS page uses smssessions',
      },
      {
        field: 'resourceKey',
        value: 'smsession',
        reconciled: 'smssession',
        source: { file: SMS_PAGE, section: 'Accept: Notification' },
        requirement: 'NTF-1',
        verdict: 'warn',
        note: 'the SMS Accept page names the resource member smsession; the reconciled key is smssession',
      },
      {
        field: 'messageType',
        value: 'test_accept ',
        reconciled: 'SMSsessionStateChangeMessage',
        source: { file: SMS_PAGE, section: 'Accept: Notification, Status changed to smssession' },
        requirement: 'NTF-1',
        verdict: 'fail',
        note: 'the SMS Accept page shows messageType "test_accept ", a leftover test string',
      },
      {
        field: 'uri',
        value: 'smsessions',
        reconciled: 'smssessions',
        source: { file: SMS_PAGE, section: 'Accept: Notification' },
        requirement: 'NTF-1',
        verdict: 'warn',
        note: 'the SMS Accept page shows resource URIs under /api/v2/smsessions/',
      },
    ],
    lifecycle: lifecycleTable('sms', LIFECYCLE_VARIANTS.sms),
  },
  facebook: {
    name: 'facebook',
    collection: 'facebooksessions',
    resourceKey: 'facebooksession',
    messageType: 'FacebooksessionStateChangeMessage',
    topic: '/v2/me/facebooksession',
    historyKey: 'facebooksessionUri',
    saveLAR: false,
    mediaChannel: 'facebook',
    variants: [
      {
        field: 'resourceKey',
        value: 'facebooksessions',
        reconciled: 'facebooksession',
        source: { file: FB_PAGE, section: 'Accept: Notification' },
        requirement: 'NTF-1',
        verdict: 'warn',
        note: 'the Facebook Accept page names the resource member facebooksessions (plural)',
      },
      {
        field: 'messageType',
        value: 'facebooksessionStateChangeMessage',
        reconciled: 'FacebooksessionStateChangeMessage',
        source: { file: FB_PAGE, section: 'Accept: Notification' },
        requirement: 'NTF-1',
        verdict: 'warn',
        note: 'the Facebook Accept page spells the messageType with a lower-case f',
      },
    ],
    lifecycle: lifecycleTable('facebook', LIFECYCLE_VARIANTS.facebook),
  },
};

export function channelRow(channel: Channel): ChannelRow {
  return CHANNEL_TABLE[channel];
}

/** The variant of `field` whose seed spelling is `value`, if the table knows one. */
export function findVariant(row: ChannelRow, field: VariantField, value: unknown): DocVariant | undefined {
  return row.variants.find((v) => v.field === field && v.value === value);
}
