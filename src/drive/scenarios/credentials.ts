/**
 * The Bayeux credential paths beyond the agent's own handshake (SES-3, SES-4): the session cookie
 * alone, as browser desktops handshake; no credentials at all (an empty jar that stays empty); a
 * known user with a wrong password. The refused ones stay open, to catch a notification leak.
 */
import { connectNotifications, type NotificationClient } from '../../target/cometd';
import { copyOfJar, NoCookieJar } from '../../target/no-cookies';
import type { Agent, ScenarioRun } from './context';

function connect(
  run: ScenarioRun,
  o: Pick<Parameters<typeof connectNotifications>[0], 'actor' | 'jar' | 'authorization'>,
) {
  const { recorder, clock, base, insecure } = run.ctx;
  return connectNotifications({ base, recorder, timeoutMs: clock.timeoutMs, insecure, ...o });
}

/** SES-3 (SHOULD): handshake and subscribe with a copy of the agent's cookies and no Authorization; then close. */
export async function cookieOnlyHandshake(run: ScenarioRun, agent: Agent): Promise<void> {
  const client = await connect(run, { actor: 'cookie', jar: copyOfJar(agent.rest.jar) });
  await client.close();
}

/** SES-4: no credentials at all, and agent A's user name with a wrong password; both kept open. */
export async function refusedHandshakes(run: ScenarioRun): Promise<NotificationClient[]> {
  const clients = await Promise.all([
    connect(run, { actor: 'anon', jar: new NoCookieJar() }),
    connect(run, {
      actor: 'intruder',
      jar: new NoCookieJar(),
      authorization: run.ctx.intruder.authorization(),
    }),
  ]);
  run.ctx.clients.push(...clients);
  return clients;
}
