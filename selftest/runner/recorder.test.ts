/** The one waiting primitive: resolves on a match (past or future), or times out saying what arrived. */

import { REDACTED, redactHeaders, scrubValue } from '../../src/model/redact';
import type { TraceEvent } from '../../src/model/trace';
import { Recorder } from '../../src/target/recorder';

const notification = (data: object) => ({
  kind: 'bayeux' as const,
  actor: 'A' as const,
  direction: 'in' as const,
  message: { channel: '/v2/me/chats', data },
});
const isChatting = (ev: TraceEvent) =>
  ev.kind === 'bayeux' && (ev.message.data as { state?: string })?.state === 'Chatting';

describe('Recorder', () => {
  test('numbers events and stamps them with a monotonic time', () => {
    const r = new Recorder();
    const a = r.add(notification({ n: 1 }));
    const b = r.add(notification({ n: 2 }));
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(b.t).toBeGreaterThanOrEqual(a.t);
  });

  test('waitFor finds an event that arrived before the wait began', async () => {
    const r = new Recorder();
    r.add(notification({ state: 'Chatting' }));
    await expect(r.waitFor(isChatting, { timeoutMs: 50, what: 'Chatting' })).resolves.toMatchObject({
      seq: 1,
    });
  });

  test('waitFor resolves when the event comes later', async () => {
    const r = new Recorder();
    setTimeout(() => r.add(notification({ state: 'Chatting' })), 10);
    await expect(r.waitFor(isChatting, { timeoutMs: 1000, what: 'Chatting' })).resolves.toMatchObject({
      kind: 'bayeux',
    });
  });

  test('a timeout resolves undefined and leaves a note naming what did arrive', async () => {
    const r = new Recorder();
    r.add(
      notification({
        messageType: 'ChatStateChangeMessage',
        notificationType: 'StatusChange',
        chat: { state: 'Invited', id: 'X1' },
      }),
    );
    await expect(
      r.waitFor(isChatting, { timeoutMs: 20, what: 'StatusChange(Chatting)' }),
    ).resolves.toBeUndefined();
    const note = r.events.at(-1);
    expect(note).toMatchObject({ kind: 'note', level: 'timeout' });
    expect(note?.kind === 'note' && note.text).toMatch(
      /waited 20 ms for StatusChange\(Chatting\); 1 message\(s\) arrived meanwhile: ChatStateChangeMessage\/StatusChange Invited id=X1/,
    );
  });

  test('secrets are scrubbed from everything recorded', () => {
    const r = new Recorder(['s3cret-pw']);
    const ev = r.add(notification({ text: 'my password is s3cret-pw' }));
    expect(JSON.stringify(ev)).not.toContain('s3cret-pw');
  });
});

describe('redaction', () => {
  test('credentials, tokens and cookie values are masked, names kept', () => {
    const h = redactHeaders({
      Authorization: 'Basic YWdlbnQxOnB3',
      Cookie: 'JSESSIONID=abc123; BAYEUX_BROWSER=xyz',
      'X-CSRF-TOKEN': 'uuid-1',
      'X-CSRF-HEADER': 'X-CSRF-TOKEN',
      'set-cookie': 'JSESSIONID=abc123; Path=/; HttpOnly',
    });
    expect(h.authorization).toBe(`Basic ${REDACTED}`);
    expect(h.cookie).toBe(`JSESSIONID=${REDACTED}; BAYEUX_BROWSER=${REDACTED}`);
    expect(h['set-cookie']).toBe(`JSESSIONID=${REDACTED}; Path=/; HttpOnly`);
    expect(h['x-csrf-token']).toBe(REDACTED);
    expect(h['x-csrf-header']).toBe('X-CSRF-TOKEN');
  });

  test('scrubValue replaces secret strings deep inside values and keys', () => {
    expect(scrubValue({ a: ['xx-TOKEN-xx'], TOKEN: 1 }, ['TOKEN'])).toEqual({
      a: [`xx-${REDACTED}-xx`],
      [REDACTED]: 1,
    });
  });
});
