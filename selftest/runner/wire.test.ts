/** Every request has a deadline and a body cap: a silent, resetting or flooding server cannot hang or swamp a run. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorder } from '../../src/target/recorder';
import { RestClient } from '../../src/target/rest';
import { send } from '../../src/target/wire';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function withServer(handler: Handler, body: (url: string) => Promise<void>): Promise<void> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

const get = (url: string, timeoutMs = 300) =>
  send({ url: `${url}/api/v2/me`, method: 'GET', headers: {}, timeoutMs });

test('a server that never answers costs one deadline', async () => {
  await withServer(
    () => {},
    async (url) => {
      const t = Date.now();
      await expect(get(url)).rejects.toThrow('no complete answer within 300 ms');
      expect(Date.now() - t).toBeLessThan(1500);
    },
  );
});

test('a reset connection is a readable error', async () => {
  await withServer(
    (req) => req.socket.destroy(),
    async (url) => {
      await expect(get(url)).rejects.toThrow(/reset|socket hang up|ECONNRESET/);
    },
  );
});

test('a refused connection names the host and port', async () => {
  await expect(
    send({ url: 'http://127.0.0.1:1/', method: 'GET', headers: {}, timeoutMs: 1000 }),
  ).rejects.toThrow('connection refused by 127.0.0.1:1');
});

test('a 50 MB body is cut at the cap and reported, not buffered', async () => {
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  await withServer(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    async (url) => {
      const recorder = new Recorder();
      const client = new RestClient({ base: url, actor: 'A', recorder, timeoutMs: 5000 });
      const ev = await client.get('login-A', 'me', '/api/v2/me');
      expect(ev.response?.truncated).toBe(true);
      expect(ev.response?.parseError).toMatch(/exceeds the read limit/);
      expect(ev.response?.text?.length).toBeLessThanOrEqual(4096);
    },
  );
});

test('HTML where JSON was expected is recorded as text with the reason', async () => {
  await withServer(
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome</body></html>');
    },
    async (url) => {
      const ev = await new RestClient({
        base: url,
        actor: 'A',
        recorder: new Recorder(),
        timeoutMs: 1000,
      }).get('login-A', 'me', '/api/v2/me');
      expect(ev.response).toMatchObject({ status: 200, text: '<html><body>Welcome</body></html>' });
      expect(ev.response?.json).toBeUndefined();
      expect(ev.response?.parseError).toMatch(/not JSON|not valid JSON/);
    },
  );
});

test('the CSRF token is learnt from the header GWS names, sent on POST, and never recorded', async () => {
  const seen: Record<string, string | undefined>[] = [];
  await withServer(
    (req, res) => {
      seen.push({ method: req.method, token: req.headers['x-csrf-token'] as string | undefined });
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-csrf-header': 'X-CSRF-TOKEN',
        'x-csrf-token': 'tok-77',
        'set-cookie': 'JSESSIONID=s1; Path=/',
      });
      res.end('{"statusCode":0}');
    },
    async (url) => {
      const recorder = new Recorder();
      const client = new RestClient({
        base: url,
        actor: 'A',
        recorder,
        timeoutMs: 1000,
        credentials: { user: 'u', password: 'p' },
      });
      await client.get('login-A', 'me', '/api/v2/me');
      await client.post('login-A', 'start-session', '/api/v2/me', { json: {} });
      await client.post('login-A', 'start-session', '/api/v2/me', { json: {}, withoutCsrf: true });
      expect(seen.map((s) => s.token)).toEqual([undefined, 'tok-77', undefined]);
      expect(JSON.stringify(recorder.events)).not.toMatch(/tok-77|s1;|dTpw/);
    },
  );
});
