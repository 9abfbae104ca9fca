/**
 * `npm run reference`: the reference server on its own (default port 8090). It prints its URL and
 * the agents' credentials on purpose: it is a local development server. A bad option prints one
 * line and exits 2.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startReference } from './server';

const USAGE =
  'usage: npm run reference -- [--port N] [--agents user:pw,user:pw] [--csrf] [--control-token T] ' +
  '[--fault NAME[@channel]]... [--variation NAME[@channel]]...';

function parseAgents(text: string): { user: string; password: string }[] {
  return text.split(',').map((pair) => {
    const at = pair.indexOf(':');
    if (at <= 0 || at === pair.length - 1)
      throw new Error(`--agents wants user:password pairs, got "${pair}"`);
    return { user: pair.slice(0, at), password: pair.slice(at + 1) };
  });
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new Error(`--port wants a number, got "${text}"`);
  return Number(text);
}

async function main(): Promise<void> {
  let options: Parameters<typeof startReference>[0];
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '8090' },
        agents: { type: 'string' },
        csrf: { type: 'boolean', default: false },
        'control-token': { type: 'string' },
        fault: { type: 'string', multiple: true, default: [] },
        variation: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    options = {
      port: parsePort(values.port),
      agents: values.agents === undefined ? undefined : parseAgents(values.agents),
      csrf: values.csrf,
      controlToken: values['control-token'],
      faults: values.fault,
      variations: values.variation,
    };
  } catch (e) {
    fail(e);
  }
  let server: Awaited<ReturnType<typeof startReference>>;
  const starting = performance.now();
  try {
    server = await startReference(options);
  } catch (e) {
    fail(e);
  }
  const extras = [
    ...(options?.faults ?? []).map((f) => `fault ${f}`),
    ...(options?.variations ?? []).map((v) => `variation ${v}`),
  ];
  console.log(`GWS reference server listening on ${server.url}`);
  console.log(`  agents (HTTP Basic): ${server.agents.map((a) => `${a.user}:${a.password}`).join('  ')}`);
  console.log(`  CSRF ${options?.csrf ? 'on' : 'off'}; control API at ${server.url}/conformance/v1`);
  if (extras.length > 0) console.log(`  deviating on purpose: ${extras.join(', ')}`);
  const now = performance.now();
  // Process start includes the TypeScript loader; startReference itself is the server's own share.
  console.log(
    `  ready ${Math.round(now)} ms after process start (startReference ${Math.round(now - starting)} ms); Ctrl-C stops it`,
  );
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  console.error(`reference: ${message.split('\n')[0]}`);
  process.exit(2);
}

void main();
