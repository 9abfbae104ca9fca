/**
 * The `manual` driver end to end: a simulated person reads each prompt and starts the interaction it
 * asks for (through the reference server's control API, as a person would through a customer web
 * page). Two channels share the run's one queue: the person is never asked two things at once, each
 * scenario gets its own interaction, and what needs customer events on demand is `skip`, not `fail`.
 */
import { startReference } from '../../reference/server';
import { driveChannel } from '../../src/drive/engine';
import { judgeChannel } from '../../src/judge/judge';
import type { Channel } from '../../src/model/channels';
import { PromptQueue } from '../../src/target/drivers/manual';

const PROMPT =
  /^\[(\w+)\] ([\w-]+): as customer "([^"]+)", start a \w+ interaction for agent (\S+?)(?: and send: (.*))?; do not accept/;

test('a person answering one prompt at a time drives two channels; each scenario its own interaction', async () => {
  const server = await startReference({ controlToken: 'manual-token' });
  try {
    const [a, b] = server.agents;
    let busy = false;
    const asked: string[] = [];
    const overlaps: string[] = [];
    const startByHand = async (channel: string, nickname: string, agent: string, send?: string) => {
      const messages = (send ? send.split(', ') : []).map((m) =>
        /^\(\w+\)$/.test(m) ? { type: m.slice(1, -1) } : { type: 'Text', text: m },
      );
      await new Promise((r) => setTimeout(r, 20)); // a person takes a moment
      busy = false; // the interaction is started: from here on the agent may be offered it
      await fetch(`${server.url}/conformance/v1/interactions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer manual-token' },
        body: JSON.stringify({ channel, agent, customer: { nickname }, messages }),
      });
    };
    const say = (line: string) => {
      const m = PROMPT.exec(line);
      if (!m) return;
      if (busy) overlaps.push(line);
      busy = true;
      asked.push(`${m[1]} ${m[2]}`);
      void startByHand(m[1], m[3], m[4], m[5]);
    };
    const prompts = new PromptQueue();
    const drive = (channel: Channel) =>
      driveChannel({
        config: {
          user: a.user,
          password: a.password,
          user2: b.user,
          password2: b.password,
          driver: 'manual',
          timeoutMs: 3000,
          strict: false,
          reportDir: 'unused',
          insecure: false,
        },
        target: server.url,
        channel,
        secrets: [a.password, b.password],
        say,
        prompts,
      });
    const traces = await Promise.all([drive('chat'), drive('sms')]);

    expect(overlaps).toEqual([]);
    for (const trace of traces) {
      const offered = trace.scenarios.filter((s) => s.facts.interactionId && s.id !== 'accept-unknown-id');
      expect(offered.length).toBeGreaterThanOrEqual(10);
      expect(asked.filter((x) => x.startsWith(`${trace.channel} `))).toHaveLength(offered.length);
      const ids = offered.map((s) => s.facts.interactionId);
      expect(new Set(ids).size).toBe(ids.length);
      const results = judgeChannel(trace);
      expect(results.filter((r) => r.verdict === 'fail' || r.verdict === 'error').map((r) => r.id)).toEqual(
        [],
      );
      expect(results.find((r) => r.id === `${trace.channel}/messages/after-accept`)?.verdict).toBe('skip');
    }
  } finally {
    await server.close();
  }
}, 60_000);
