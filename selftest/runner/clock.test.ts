/** The clock owns every wait of a channel's run: the degraded and silent policy, settling, the phase cap. */
import { Clock, PHASE_SLACK_MS, PHASE_TIMEOUTS, phaseCapMs, quietMs } from '../../src/drive/clock';
import { Recorder } from '../../src/target/recorder';

const notification = {
  kind: 'bayeux' as const,
  actor: 'A' as const,
  direction: 'in' as const,
  message: { channel: '/v2/me/chats', data: { messageType: 'Other' } },
};
const never = () => false;

test('the quiet window scales with the timeout within bounds', () => {
  expect([quietMs(100), quietMs(5000), quietMs(60000)]).toEqual([200, 500, 1000]);
});

test('the phase cap is derived from the timeout', () => {
  expect(phaseCapMs(5000)).toBe(5000 * PHASE_TIMEOUTS + PHASE_SLACK_MS);
  expect(new Clock(new Recorder(), 2000).phaseCapMs).toBe(phaseCapMs(2000));
});

test('after a timeout a scenario waits the quiet window only; other scenarios still wait a timeout', async () => {
  const recorder = new Recorder();
  recorder.add(notification); // the agent is notified: the channel is not silent
  const clock = new Clock(recorder, 300);
  await clock.waitFor('accept-flow', never, 'first', 0);
  await clock.waitFor('accept-flow', never, 'second', 0);
  await clock.waitFor('accept-no-nickname', never, 'other', 0);
  const notes = recorder.events.flatMap((e) => (e.kind === 'note' ? [e.text] : []));
  expect(notes.map((t) => t.match(/^waited (\d+) ms for (\w+)/)?.slice(1))).toEqual([
    ['300', 'first'],
    [String(quietMs(300)), 'second'],
    ['300', 'other'],
  ]);
  expect(clock.isSilent()).toBe(false);
});

test('a timeout with no notification at all makes the channel silent: later waits and settling do not wait', async () => {
  const recorder = new Recorder();
  const clock = new Clock(recorder, 200);
  await clock.waitFor('accept-flow', never, 'the offer', 0);
  expect(clock.isSilent()).toBe(true);
  clock.listenPastNow();
  const t = recorder.now();
  await clock.waitFor('accept-no-nickname', never, 'another', 0);
  await clock.quiet();
  await clock.settle();
  expect(recorder.now() - t).toBeLessThan(150);
});

test('settling keeps listening until one quiet window past the last listenPastNow', async () => {
  const recorder = new Recorder();
  const clock = new Clock(recorder, 2000);
  clock.listenPastNow();
  const asked = recorder.now();
  await clock.settle();
  expect(recorder.now() - asked).toBeGreaterThanOrEqual(quietMs(2000) - 5);
});

test('the phase cap ends a phase that overruns it, and does not count time spent waiting for a person', async () => {
  const recorder = new Recorder();
  let person = 0;
  const clock = new Clock(recorder, 1, { personMs: () => person, phaseCapMs: 100 });
  const endless = new Promise<void>(() => {});
  const t = recorder.now();
  const busy = setInterval(() => {
    person += 20;
  }, 20);
  setTimeout(() => clearInterval(busy), 200);
  await expect(clock.cap(endless)).resolves.toBe(false);
  // 100 ms of cap plus about 200 ms of person time.
  expect(recorder.now() - t).toBeGreaterThanOrEqual(250);
  await expect(clock.cap(Promise.resolve())).resolves.toBe(true);
});
