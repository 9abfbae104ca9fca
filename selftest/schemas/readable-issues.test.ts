/**
 * What a check will print: one concise issue per real problem, with pointer, expected and actual;
 * and what the schemas leave to checks (warn and info requirements) is accepted here.
 */
import { validate } from '../../src/validate';
import {
  CUSTOM_NOTICE,
  EXAMPLES,
  NINE_MESSAGES,
  OTHER_TYPE,
  PUSH_URL,
  session,
  stateChange,
  TEXT,
} from './examples';

describe('issues read well', () => {
  test('an unknown message type passes the message schema on the common members (MSG-2 warns, not the schema)', () => {
    expect(validate('messages/message', { ...TEXT, type: 'Txt' })).toEqual([]);
    expect(validate('messages/message', { ...CUSTOM_NOTICE })).toEqual([]);
    const { timestamp: _, ...noTimestamp } = OTHER_TYPE;
    expect(validate('messages/message', noTimestamp).map((i) => i.pointer)).toEqual(['/timestamp']);
  });

  test('the documented union names the ten types at /type', () => {
    expect(validate('messages/documented-message', { ...TEXT, type: 'Txt' })).toEqual([
      {
        pointer: '/type',
        expected: 'one of the ten documented message types',
        actual: '"Txt"',
        message: '/type: expected one of the ten documented message types, got "Txt"',
      },
    ]);
  });

  test('a Text without text names the member, deep inside a list', () => {
    const { text: _, ...noText } = TEXT;
    const messages = [...NINE_MESSAGES.slice(0, 3), noText];
    expect(validate('responses/messages', { statusCode: 0, messages })).toEqual([
      {
        pointer: '/messages/3/text',
        expected: 'required member text',
        actual: 'missing',
        message: '/messages/3/text: expected required member text, but it is missing',
      },
    ]);
  });

  test('a PushUrl without url and a TranscriptSaveDone with index 5 each give one issue', () => {
    const { url: _, ...noUrl } = PUSH_URL;
    expect(validate('messages/message', noUrl).map((i) => i.pointer)).toEqual(['/url']);
    const [issue, ...more] = validate('messages/message', { ...NINE_MESSAGES[8], index: 5 });
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ pointer: '/index', expected: '-1', actual: '5' });
  });

  test('an error body with statusCode 0, a success body with statusCode "0"', () => {
    const [zero] = validate('responses/error', { statusCode: 0, statusMessage: 'x' });
    expect(zero).toMatchObject({ pointer: '/statusCode', expected: 'anything but 0', actual: '0' });
    expect(validate('responses/success', { statusCode: '0' })).toMatchObject([
      { pointer: '/statusCode', expected: '0', actual: '"0"' },
    ]);
  });

  test('the wrong messageType and a wrong member type in an Accept request', () => {
    const data = { ...stateChange('sms'), messageType: 'test_accept ' };
    expect(validate('notifications/state-change-sms', data)).toMatchObject([
      { pointer: '/messageType', expected: '"SMSsessionStateChangeMessage"', actual: '"test_accept "' },
    ]);
    expect(
      validate('requests/accept', { operationName: 'Accept', nickname: 42, saveLAR: 'yes' }),
    ).toMatchObject([
      { pointer: '/nickname', expected: 'string', actual: '42' },
      { pointer: '/saveLAR', expected: 'boolean', actual: '"yes"' },
    ]);
  });

  test('the root is "(root)" in messages, and actual is cut to about 80 characters', () => {
    const [issue] = validate('resources/participant', 'x'.repeat(200));
    expect(issue.pointer).toBe('');
    expect(issue.message).toMatch(/^\(root\): expected object, got "x+…$/);
    expect(issue.actual.length).toBeLessThanOrEqual(80);
  });
});

describe('what checks judge, the schemas accept', () => {
  test('extra members everywhere: a success body with referenceId (ACC-2), an error with more (ACC-8)', () => {
    expect(validate('responses/success', { statusCode: 0, referenceId: 3 })).toEqual([]);
    expect(validate('responses/error', { statusCode: 6, statusMessage: 'x', detail: 'y' })).toEqual([]);
    const real = { ...session('chat'), path: '/chats/1', chatType: 'Inbound', receivedDate: '2016-08-16' };
    expect(validate('responses/resource-chat', { statusCode: 0, chat: real })).toEqual([]);
    expect(validate('messages/message', { ...TEXT, messageType: 'Text', timestampSeconds: 1 })).toEqual([]);
  });

  test('the documented Reject/Complete notification: a resource with only id, uri and state', () => {
    const { id, uri } = session('facebook');
    const data = { ...stateChange('facebook'), facebooksession: { id, uri, state: 'Completed' } };
    expect(validate('notifications/state-change-facebook', data)).toEqual([]);
  });

  test('a listed resource needs capabilities and participants (RES-2)', () => {
    const { capabilities: _, participants: __, ...bare } = session('sms');
    expect(
      validate('responses/collection-sms', { statusCode: 0, smssessions: [bare] }).map((i) => i.pointer),
    ).toEqual(['/smssessions/0/capabilities', '/smssessions/0/participants']);
  });

  test('a history without its history key (NTF-8), referenceId of any type (NTF-9), any visibility (MSG-7)', () => {
    const {
      chatUri: _,
      chatPath: __,
      ...bare
    } = EXAMPLES['notifications/message-log-chat'][0] as Record<string, unknown>;
    expect(validate('notifications/message-log-chat', { ...bare, referenceId: '13' })).toEqual([]);
    expect(
      validate('notifications/state-change-chat', { ...stateChange('chat'), referenceId: null }),
    ).toEqual([]);
    expect(validate('messages/message', { ...TEXT, visibility: 'Int' })).toEqual([]);
  });

  test('open-ended capability names, participant types and notification types', () => {
    const odd = { ...session('chat'), capabilities: ['SetInFocus', 'Frobnicate'] };
    const external = { type: 'External', nickname: 'PoD service', participantId: '1' };
    const data = { ...stateChange('chat'), notificationType: 'PropertiesUpdated', chat: odd };
    expect(validate('notifications/state-change-chat', data)).toEqual([]);
    expect(validate('resources/participant', external)).toEqual([]);
  });
});
