/** The `manual` driver tells a person what to do and takes the offer the agent then receives. */
import { channelRow } from '../../src/model/channels';
import { ManualDriver } from '../../src/target/drivers/manual';
import { Recorder } from '../../src/target/recorder';

const offer = (id: string) => ({
  kind: 'bayeux' as const,
  actor: 'A' as const,
  direction: 'in' as const,
  message: {
    channel: '/v2/me/chats',
    data: {
      messageType: 'ChatStateChangeMessage',
      notificationType: 'StatusChange',
      chat: { id, state: 'Invited' },
    },
  },
});

test('prints the customer step, then answers the id of the next new offer, once per offer', async () => {
  const said: string[] = [];
  const recorder = new Recorder();
  const driver = new ManualDriver({ row: channelRow('chat'), recorder, say: (l) => said.push(l) });
  const request = {
    channel: 'chat' as const,
    agent: 'agent1',
    customer: { nickname: 'Pat' },
    messages: [{ type: 'Text', text: 'Hello World' }],
  };
  const first = driver.offer('accept-flow', request);
  setTimeout(() => recorder.add(offer('ID-1')), 10);
  await expect(first).resolves.toEqual({ id: 'ID-1' });
  expect(said[0]).toMatch(
    /as customer "Pat", start a chat interaction for agent agent1 and send: Hello World/,
  );
  const second = driver.offer('accept-no-nickname', request);
  setTimeout(() => recorder.add(offer('ID-2')), 10);
  await expect(second).resolves.toEqual({ id: 'ID-2' });
  await expect(driver.produce()).resolves.toBe('unsupported');
});
