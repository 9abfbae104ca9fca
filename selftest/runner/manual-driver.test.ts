/**
 * The `manual` driver tells a person what to do, one prompt at a time for the whole run, and gives
 * each offer the agent then receives to exactly one prompt. Notifications are hand-made and fed into
 * a real Recorder, as the CometD client would.
 */
import { type Channel, channelRow } from '../../src/model/channels';
import { ManualDriver, PromptQueue } from '../../src/target/drivers/manual';
import { Recorder } from '../../src/target/recorder';

const offer = (channel: Channel, id: string) => {
  const row = channelRow(channel);
  return {
    kind: 'bayeux' as const,
    actor: 'A' as const,
    direction: 'in' as const,
    message: {
      channel: `/v2/me/${row.collection}`,
      data: {
        messageType: row.messageType,
        notificationType: 'StatusChange',
        [row.resourceKey]: { id, state: 'Invited' },
      },
    },
  };
};
const request = (channel: Channel, nickname: string) => ({
  channel,
  agent: 'agent1',
  customer: { nickname },
  messages: [{ type: 'TypingStarted' }, { type: 'Text', text: 'Hello World' }],
});
/** Resolves once `said` has `n` lines (bounded: a missing prompt fails the test, it does not hang). */
async function prompts(said: string[], n: number): Promise<void> {
  for (let i = 0; i < 200 && said.length < n; i++) await new Promise((r) => setTimeout(r, 5));
  expect(said).toHaveLength(n);
}

test('tells the person what to do as the customer, and what they may do at the end', async () => {
  const said: string[] = [];
  const recorder = new Recorder();
  const driver = new ManualDriver({ row: channelRow('chat'), recorder, say: (l) => said.push(l) });
  const offered = driver.offer('accept-flow', request('chat', 'Pat'));
  await prompts(said, 1);
  expect(said[0]).toMatch(
    /^\[chat\] accept-flow: as customer "Pat", start a chat interaction for agent agent1 and send: \(TypingStarted\), Hello World; do not accept it in any agent desktop \(you have 120 s\)\.$/,
  );
  recorder.add(offer('chat', 'ID-1'));
  await expect(offered).resolves.toEqual({ id: 'ID-1' });
  await driver.end('accept-flow', 'ID-1');
  expect(said[1]).toBe('[chat] accept-flow: the customer may now leave interaction ID-1.');
  await expect(driver.produce()).resolves.toBe('unsupported');
});

test('two concurrent offers on two channels: one prompt at a time, each offer its own id', async () => {
  const said: string[] = [];
  const recorder = new Recorder();
  const queue = new PromptQueue();
  const say = (l: string) => said.push(l);
  const chat = new ManualDriver({ row: channelRow('chat'), recorder, say, prompts: queue });
  const sms = new ManualDriver({ row: channelRow('sms'), recorder, say, prompts: queue });
  const first = chat.offer('accept-flow', request('chat', 'Pat'));
  const second = chat.offer('accept-no-nickname', request('chat', 'Sam'));
  const third = sms.offer('accept-flow', request('sms', 'Lee'));

  await prompts(said, 1);
  await new Promise((r) => setTimeout(r, 30));
  expect(said).toHaveLength(1); // the others wait their turn
  recorder.add(offer('chat', 'ID-1'));
  await expect(first).resolves.toEqual({ id: 'ID-1' });

  await prompts(said, 2);
  expect(said[1]).toMatch(/^\[chat\] accept-no-nickname: as customer "Sam"/);
  // Later notifications about the first interaction (it is still there) are not a new offer.
  recorder.add(offer('chat', 'ID-1'));
  await new Promise((r) => setTimeout(r, 30));
  expect(said).toHaveLength(2);
  recorder.add(offer('chat', 'ID-2'));
  await expect(second).resolves.toEqual({ id: 'ID-2' });

  await prompts(said, 3);
  expect(said[2]).toMatch(/^\[sms\] accept-flow: as customer "Lee"/);
  recorder.add(offer('chat', 'ID-9')); // another channel's offer is not this prompt's
  recorder.add(offer('sms', 'ID-3'));
  await expect(third).resolves.toEqual({ id: 'ID-3' });
});

test('an offer already recorded goes to one prompt only, even when two prompts could see it', async () => {
  const recorder = new Recorder();
  const queue = new PromptQueue();
  const row = channelRow('chat');
  recorder.add(offer('chat', 'ID-1'));
  const say = () => {};
  const a = new ManualDriver({ row, recorder, say, prompts: queue, waitMs: 100 });
  const b = new ManualDriver({ row, recorder, say, prompts: queue, waitMs: 100 });
  const [ra, rb] = await Promise.all([
    a.offer('accept-flow', request('chat', 'P')),
    b.offer('accept-flow', request('chat', 'Q')),
  ]);
  expect(ra).toEqual({ id: 'ID-1' });
  expect(rb).toEqual({ error: expect.stringMatching(/^no chat interaction was offered within 1[05]0 ms$/) });
});

test('each prompt gets its own wait, from when it is printed; a wait that runs out lets the next prompt through', async () => {
  const said: string[] = [];
  const recorder = new Recorder();
  const queue = new PromptQueue();
  const driver = new ManualDriver({
    row: channelRow('chat'),
    recorder,
    say: (l) => said.push(l),
    prompts: queue,
    waitMs: 150,
  });
  const first = driver.offer('accept-flow', request('chat', 'Pat'));
  const second = driver.offer('accept-no-nickname', request('chat', 'Sam'));
  await expect(first).resolves.toEqual({
    error: expect.stringMatching(/^no chat interaction was offered within 1[05]0 ms$/),
  });
  expect(recorder.events.at(-1)).toMatchObject({ kind: 'note', level: 'timeout', scenario: 'accept-flow' });
  await prompts(said, 2);
  // 200 ms after the first prompt: past the first wait, inside the second prompt's own wait.
  await new Promise((r) => setTimeout(r, 50));
  recorder.add(offer('chat', 'ID-2'));
  await expect(second).resolves.toEqual({ id: 'ID-2' });
  // The queue counted the time the person was asked for: about both waits.
  expect(queue.personMs()).toBeGreaterThanOrEqual(190);
});
