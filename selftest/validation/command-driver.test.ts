/**
 * The `command` driver plays the customer through a user's executable (CONTROL-API.md): against the
 * reference server, through a small adapter script, the whole suite passes as with the control API.
 */
import { join } from 'node:path';
import { startReference } from '../../reference/server';
import { driveChannel } from '../../src/drive/engine';
import { judgeChannel } from '../../src/judge/judge';

test('a run through the command driver judges the reference server conformant', async () => {
  const server = await startReference({ controlToken: 'cmd-token' });
  try {
    const [a, b] = server.agents;
    const trace = await driveChannel({
      config: {
        user: a.user,
        password: a.password,
        user2: b.user,
        password2: b.password,
        driver: 'command',
        // Through the command line: the adapter is a separate process with the environment it is given.
        driverCommand: `REF_URL=${server.url} REF_TOKEN=cmd-token node ${join(__dirname, 'command-driver.js')}`,
        // Each driver call starts a node process: on a loaded 2-core machine that alone can take seconds.
        timeoutMs: 8000,
        strict: false,
        reportDir: 'unused',
        insecure: false,
      },
      target: server.url,
      channel: 'chat',
      secrets: [a.password],
    });
    const results = judgeChannel(trace);
    expect(
      results
        .filter((r) => r.verdict === 'fail' || r.verdict === 'error')
        .map((r) => `${r.id}: ${r.message}`),
    ).toEqual([]);
    expect(results.find((r) => r.id === 'chat/messages/after-accept')?.verdict).toBe('pass');
  } finally {
    await server.close();
  }
}, 60_000);

test('a customer side that cannot be driven makes every check error, not skip and not fail', async () => {
  const server = await startReference();
  try {
    const [a] = server.agents;
    const trace = await driveChannel({
      config: {
        user: a.user,
        password: a.password,
        driver: 'command',
        driverCommand: 'echo "adapter misconfigured" >&2; exit 1',
        timeoutMs: 2000,
        strict: false,
        reportDir: 'unused',
        insecure: false,
      },
      target: server.url,
      channel: 'sms',
      secrets: [a.password],
    });
    const verdicts = new Set(judgeChannel(trace).map((r) => r.verdict));
    expect([...verdicts]).toEqual(['error']);
    expect(trace.scenarios.find((s) => s.id === 'accept-flow')?.reason).toMatch(/adapter misconfigured/);
  } finally {
    await server.close();
  }
}, 60_000);
