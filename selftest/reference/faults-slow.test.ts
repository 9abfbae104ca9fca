/** slow-notifications: Accept notifications arrive 6 s late, and the server keeps serving meanwhile. */
import { channelRow } from '../../src/model/channels';
import { sleep } from './helpers';
import { accept, isStateChange, offerSeen, startWorld } from './scenario';

const chat = channelRow('chat');

test('slow-notifications delays the Accept notifications by about 6 s without blocking', async () => {
  const world = await startWorld({ faults: ['slow-notifications'] });
  try {
    const { id } = await offerSeen(world, 'chat');
    const sent = Date.now();
    const reply = await accept(world, chat, id, { operationName: 'Accept', nickname: 'N' });
    expect(reply.json).toEqual({ statusCode: 0 });
    const answeredMs = Date.now() - sent;
    // Meanwhile the server answers at once.
    expect((await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.state).toBe('Chatting');
    await sleep(1000);
    expect(
      world.notes.received.filter((r) => isStateChange(chat, id, 'StatusChange', 'Chatting')(r.data)),
    ).toEqual([]);
    const late = await world.notes.waitFor(
      isStateChange(chat, id, 'StatusChange', 'Chatting'),
      8000,
      'late Chatting',
    );
    console.log(
      `slow-notifications: Accept answered in ${answeredMs} ms, Chatting notified after ${late.at - sent} ms`,
    );
    expect(late.at - sent).toBeGreaterThanOrEqual(5500);
  } finally {
    await world.close();
  }
}, 15_000);
