/**
 * Hostile targets that attack what the suite writes and holds, not just how long it waits: they
 * echo secrets, send terminal escapes and floods, huge, compressed and deeply nested bodies, and
 * ids that are URL dot segments. Each case names its class (issue 10) and records what a test needs
 * to assert the property: the secrets it saw pass by, the request lines the suite sent.
 */
import { gzipSync } from 'node:zlib';
import { isBayeux, type Message, messagesOf, withMessages } from './bayeux';
import type { HostileCase } from './cases';
import { type Hostile, hostileProxy, type Incoming, type Upstream } from './servers';

export const AGENT = { user: 'agent1', password: 'pw-Zq81/dist+ive' };
export const TOKEN = 'tok-Xr55/distinctive';

/** What a contained case saw: every secret that crossed the proxy, and every request line. */
export interface Seen {
  secrets: Map<string, string>;
  requests: string[];
}

export interface ContainedCase extends HostileCase {
  seen: Seen;
}

const reference = { agents: [AGENT], controlToken: TOKEN, csrf: true };

function seen(): Seen {
  const secrets = new Map<string, string>([
    ['password', AGENT.password],
    ['password, URL-encoded', encodeURIComponent(AGENT.password)],
    ['user:password, URL-encoded', encodeURIComponent(`${AGENT.user}:${AGENT.password}`)],
    ['base64 user:password', Buffer.from(`${AGENT.user}:${AGENT.password}`).toString('base64')],
    ['control token', TOKEN],
    ['control token, URL-encoded', encodeURIComponent(TOKEN)],
  ]);
  return { secrets, requests: [] };
}

/** A proxy over a reference with distinctive secrets, noting every cookie and CSRF token it hands out. */
async function watched(
  s: Seen,
  hooks: {
    intercept?: (req: Incoming, res: import('node:http').ServerResponse) => boolean;
    rewrite?: (req: Incoming, answer: Upstream) => Upstream;
  },
): Promise<Hostile> {
  const target = await hostileProxy(
    {
      intercept: (req, res) => {
        s.requests.push(`${req.method} ${req.path}`);
        return hooks.intercept?.(req, res) ?? false;
      },
      rewrite: (req, answer) => {
        const out = hooks.rewrite ? hooks.rewrite(req, answer) : answer;
        for (const line of [out.headers['set-cookie'] ?? []].flat()) {
          const value = line.split(';', 1)[0]!.split('=').slice(1).join('=');
          if (value.length >= 6) s.secrets.set(`cookie ${value.slice(0, 4)}…`, value);
        }
        const csrf = out.headers['x-csrf-token'];
        if (typeof csrf === 'string' && csrf.length >= 6) s.secrets.set(`csrf ${csrf.slice(0, 4)}…`, csrf);
        return out;
      },
    },
    { reference },
  );
  return { ...target, args: [`--control-token=${TOKEN}`] };
}

function contained(
  name: string,
  reason: RegExp,
  exit: 1 | 2,
  hooks: (s: Seen) => Parameters<typeof watched>[1],
): ContainedCase {
  const s = seen();
  return { name, reason, exit, seen: s, start: () => watched(s, hooks(s)) };
}

/** Everything secret in a request, in the forms a careless server would echo. */
function echoOf(req: Incoming): string {
  const auth = String(req.headers.authorization ?? '');
  const b64 = auth.replace(/^Basic\s+/i, '').replace(/^Bearer\s+/i, '');
  const decoded = /^Basic/i.test(auth) ? Buffer.from(b64, 'base64').toString('utf8') : b64;
  const cookie = String(req.headers.cookie ?? '');
  const values = cookie.split(/;\s*/).map((p) => p.split('=').slice(1).join('='));
  return [b64, decoded, encodeURIComponent(decoded), cookie, ...values].join(' | ');
}

let trap = 0;

/** Class 1: every answer echoes the request's secrets into its body, status line and notifications, and sets a cookie it echoes at once. */
export const echoesSecrets = contained(
  'echoes credentials, token and cookies into bodies, statusMessage and notifications',
  /exit code [12]/,
  1,
  () => ({
    rewrite: (req, answer) => {
      const cookie = `trap-${process.pid}-${++trap}-cookievalue`;
      const echo = `${echoOf(req)} | ${cookie}`;
      const headers = {
        ...answer.headers,
        'set-cookie': [...[answer.headers['set-cookie'] ?? []].flat(), `TRAP=${cookie}; Path=/`],
      };
      const statusMessage = `OK ${echo.replace(/[^\x20-\x7e]/g, '?')}`;
      const messages = isBayeux(req) ? messagesOf(answer) : undefined;
      if (messages) {
        const echoed = messages.map((m) => ({ ...m, ext: { echo } }));
        const notification = { channel: '/v2/me/chats', data: { messageType: 'Echo', echo } };
        return { ...withMessages({ ...answer, headers }, [...echoed, notification]), statusMessage };
      }
      let body = answer.body;
      try {
        const json: unknown = JSON.parse(body.toString('utf8'));
        if (json && typeof json === 'object' && !Array.isArray(json))
          body = Buffer.from(JSON.stringify({ ...json, echo, headers: req.headers }));
      } catch {
        body = Buffer.from(`${body.toString('utf8')} ${echo}`);
      }
      return { ...answer, headers, body, statusMessage };
    },
  }),
);

const ESCAPES = '\x1b[31mRED\x1b[0m\r\x1b]0;owned\x07\x1b[2J';

/** Class 3: escapes in supportedConnectionTypes, unknown messages by the thousand, advice beyond setTimeout. */
export const floodsTheLog = contained(
  'sends escapes in the handshake, 3,000 unknown messages per connect reply, advice of 1e12 ms',
  /exit code [12]/,
  1,
  () => {
    let floods = 0;
    return {
      rewrite: (req, answer) => {
        const messages = isBayeux(req) ? messagesOf(answer) : undefined;
        if (!messages) return answer;
        const connect = messages.some((m) => m.channel === '/meta/connect');
        const flooded = connect && floods++ < 6;
        // An interval past what setTimeout takes only once the flood is in (earlier it would stop the polls).
        const advice = { interval: flooded ? 0 : 1e12, timeout: 1e13, reconnect: 'retry' };
        const out: Message[] = messages.map((m) =>
          m.channel === '/meta/handshake'
            ? { ...m, supportedConnectionTypes: ['long-polling', ESCAPES] }
            : m.channel === '/meta/connect'
              ? { ...m, advice }
              : m,
        );
        const junk = flooded
          ? Array.from({ length: 3000 }, (_, i) => ({ channel: `/junk/${ESCAPES}`, id: `${i}` }))
          : [];
        return withMessages(answer, [...out, ...junk]);
      },
    };
  },
);

/** A JSON object of about `bytes` bytes. */
const nearCap = (bytes: number) => Buffer.from(JSON.stringify({ filler: 'a'.repeat(bytes - 20) }));

/** Class 4: every REST answer just under the 4 MB read cap. */
export const hugeBodies = contained(
  'answers every agent REST request with a 3.9 MB JSON body',
  /exit code [12]/,
  1,
  () => {
    const big = nearCap(3.9 * 1024 * 1024);
    let me = 0;
    return {
      rewrite: (req, answer) => {
        // The preflight's GET /api/v2/me is left alone: the run must get as far as logging in.
        if (!req.path.startsWith('/api/v2/me') || (req.path === '/api/v2/me' && me++ === 0)) return answer;
        return { ...answer, body: big, headers: { ...answer.headers, 'content-type': 'application/json' } };
      },
    };
  },
);

let bomb: Buffer | undefined;
/** 400 MB of zeros as about 400 kB of gzip, made once. */
const gzipBomb = () => (bomb ??= gzipSync(Buffer.alloc(400 * 1024 * 1024), { level: 9 }));

/** Class 4: a gzip body that inflates to 400 MB on every GET of a collection and of /api/v2/me after the preflight. */
export const gzipBombs = contained('answers GETs with a gzip body that inflates to 400 MB', /gzip/, 1, () => {
  // Made before the run starts: deflating 400 MB inside the proxy would itself stall its answers.
  const bombBody = gzipBomb();
  let me = 0;
  return {
    intercept: (req, res) => {
      const path = req.path.split('?')[0]!;
      const bombed =
        req.method === 'GET' && ((path === '/api/v2/me' && me++ > 0) || path.endsWith('/messages'));
      if (bombed) {
        const body = bombBody;
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': String(body.length),
        });
        res.end(body);
      }
      return bombed;
    },
  };
});

/** Rewrites the control API's offer answer to carry another id. */
const offeredAs = (id: (real: string) => string) => (req: Incoming, answer: Upstream) => {
  if (req.method !== 'POST' || !/^\/conformance\/v1\/interactions\/?$/.test(req.path)) return answer;
  const json = JSON.parse(answer.body.toString('utf8')) as { id?: string };
  return { ...answer, body: Buffer.from(JSON.stringify({ ...json, id: id(json.id ?? '') })) };
};

/** Class 4: interaction ids of 100 kB. */
export const hugeIds = contained('offers interactions with 100 kB ids', /characters long/, 1, () => ({
  rewrite: offeredAs((real) => `${real}${'x'.repeat(100_000)}`),
}));

/** `depth` nested arrays, as text and parsed. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Class 5: REST bodies and a Bayeux notification nested 2,000 to 200,000 arrays deep. */
export const deepJson = contained(
  'nests arrays 2,000 to 200,000 deep in REST bodies and Bayeux notifications',
  /exit code [12]/,
  1,
  () => {
    const depths = [2_000, 20_000, 200_000];
    let n = 0;
    return {
      rewrite: (req, answer) => {
        const deep = nested(depths[n++ % depths.length]!);
        if (isBayeux(req)) {
          const messages = messagesOf(answer);
          if (!messages?.some((m) => m.channel === '/meta/connect')) return answer;
          const text = JSON.stringify(messages).slice(0, -1);
          return {
            ...answer,
            body: Buffer.from(
              `${text},{"channel":"/v2/me/chats","data":{"messageType":"Deep","deep":${deep}}}]`,
            ),
          };
        }
        if (!req.path.startsWith('/api/v2/me')) return answer;
        const text = answer.body.toString('utf8').trim();
        if (!text.startsWith('{') || text === '{}') return answer;
        return { ...answer, body: Buffer.from(`${text.slice(0, -1)},"deep":${deep}}`) };
      },
    };
  },
);

/** Class 6: offered ids that are URL dot segments, in turn. */
export const DOT_IDS = ['..', '.', '%2e%2e', '.%2E', '%2E'];
export const dotIds = contained(
  'offers interactions whose ids are dot segments (.., ., %2e%2e)',
  /dot segment/,
  1,
  () => {
    let n = 0;
    return { rewrite: offeredAs(() => DOT_IDS[n++ % DOT_IDS.length]!) };
  },
);

export const CONTAINED: ContainedCase[] = [
  echoesSecrets,
  floodsTheLog,
  hugeBodies,
  gzipBombs,
  hugeIds,
  deepJson,
  dotIds,
];
