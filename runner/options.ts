/**
 * Options and environment -> one RunConfig (shared/spec/RUNNER.md). Suite options are taken out of
 * the command line; Jest's own options pass through; anything else is a one-line error (exit 2).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Channel, isChannel } from '../src/model/channels';
import { type DriverKind, type FailOn, type RunConfig, secretsOf } from '../src/model/config';
import { maskOptions, maskUserinfo } from '../src/model/redact';
import { OPTION_NAMES, OPTIONS, type OptionName, specOf } from './option-table';

export { type RunConfig, secretsOf };

export class OptionError extends Error {}

const FLAGS = new Set<OptionName>(OPTION_NAMES.filter((n) => specOf(n).flag));

/** Splits argv into the suite's options and the arguments meant for Jest. */
export function splitArgs(
  argv: string[],
  jestOptions: ReadonlySet<string>,
): { suite: Map<OptionName, string | true>; jest: string[] } {
  const options = Object.fromEntries(
    OPTION_NAMES.map((n) => {
      const short = specOf(n).short;
      return [n, { type: FLAGS.has(n) ? 'boolean' : 'string', ...(short ? { short } : {}) }];
    }),
  ) as Record<string, { type: 'boolean' | 'string'; short?: string }>;
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const suite = new Map<OptionName, string | true>();
  const jest: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      jest.push(...argv.slice(token.index));
      break;
    }
    if (token.kind === 'positional') {
      jest.push(token.value);
      continue;
    }
    if (Object.hasOwn(OPTIONS, token.name)) {
      const name = token.name as OptionName;
      if (FLAGS.has(name)) suite.set(name, true);
      else if (token.value === undefined || token.value === '')
        throw new OptionError(`--${name} needs a value`);
      else suite.set(name, token.value);
      continue;
    }
    if (!jestOptions.has(token.name)) {
      throw new OptionError(
        `unknown option ${token.rawName} (suite options: ${Object.keys(OPTIONS)
          .map((n) => `--${n}`)
          .join(' ')}; Jest's own options pass through)`,
      );
    }
    // Unknown to parseArgs, a Jest option's value (`-t name`) comes next as a positional, in order.
    jest.push(argv[token.index]);
  }
  return { suite, jest };
}

export function buildConfig(
  argv: string[],
  env: NodeJS.ProcessEnv,
  jestOptions: ReadonlySet<string>,
): { config: RunConfig; jest: string[] } {
  const { suite, jest } = splitArgs(argv, jestOptions);
  const get = (name: OptionName): string | undefined => {
    const v = suite.get(name);
    if (typeof v === 'string') return v;
    const envName = specOf(name).env;
    return envName && env[envName] ? env[envName] : undefined;
  };
  const config: RunConfig = {
    target: url(get('target'), '--target'),
    user: get('user'),
    password: get('password'),
    user2: get('user2'),
    password2: get('password2'),
    channels: channels(get('channels')),
    driver: driver(get('driver')),
    control: url(get('control'), '--control'),
    controlToken: get('control-token'),
    driverCommand: get('driver-command'),
    timeoutMs: timeout(get('timeout')),
    only: get('only'),
    strict: suite.get('strict') === true,
    reportDir: get('report-dir') ?? 'reports',
    insecure: suite.get('insecure') === true,
    replay: get('replay'),
    waivers: get('waivers'),
    baseline: get('baseline'),
    failOn: failOn(get('fail-on')),
  };
  checkCombination(config);
  return { config, jest };
}

function url(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new OptionError(`${option} must be an http(s) URL, got "${maskUserinfo(value)}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new OptionError(`${option} must be an http(s) URL, got "${parsed.protocol}" URL`);
  }
  if (parsed.username || parsed.password)
    throw new OptionError(`${option} must not carry credentials: use --user and GWS_PASSWORD`);
  return value.replace(/\/+$/, '');
}

function channels(value: string | undefined): Channel[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.find((c) => !isChannel(c));
  if (bad !== undefined || list.length === 0)
    throw new OptionError(`--channels takes a comma list of chat, sms, facebook; got "${value}"`);
  return [...new Set(list)] as Channel[];
}

function driver(value: string | undefined): DriverKind {
  if (value === undefined) return 'control';
  if (value === 'control' || value === 'command' || value === 'manual') return value;
  throw new OptionError(`--driver must be control, command or manual; got "${value}"`);
}

function failOn(value: string | undefined): FailOn {
  if (value === undefined || value === 'any' || value === 'new') return value ?? 'any';
  throw new OptionError(`--fail-on must be any or new; got "${value}"`);
}

function timeout(value: string | undefined): number {
  if (value === undefined) return 5000;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) {
    throw new OptionError(`--timeout must be a positive number of milliseconds; got "${value}"`);
  }
  return n;
}

function checkCombination(c: RunConfig): void {
  if (c.baseline !== undefined && !existsSync(c.baseline))
    throw new OptionError(`--baseline: no such file ${c.baseline}`);
  if (c.failOn === 'new' && c.baseline === undefined) throw new OptionError('--fail-on=new needs --baseline');
  if (c.replay !== undefined) {
    if (!existsSync(c.replay)) throw new OptionError(`--replay: no such file ${c.replay}`);
    return;
  }
  if (c.target !== undefined && (c.user === undefined || c.password === undefined)) {
    throw new OptionError(
      '--target needs agent credentials: --user and --password (or GWS_USER and GWS_PASSWORD)',
    );
  }
  if ((c.user2 === undefined) !== (c.password2 === undefined)) {
    throw new OptionError('--user2 and --password2 go together (or GWS_USER2 and GWS_PASSWORD2)');
  }
  if (c.driver === 'command' && c.driverCommand === undefined)
    throw new OptionError('--driver=command needs --driver-command');
  if (c.waivers !== undefined && !existsSync(c.waivers))
    throw new OptionError(`--waivers: no such file ${c.waivers}`);
}

/** Options as reports show them: secrets out (the one option masker, src/model/redact.ts). */
export function publicOptions(c: RunConfig): Record<string, unknown> {
  return maskOptions({ ...c });
}

/**
 * What can still be read from options that were refused: where the reports go and the secrets to
 * keep out of them. Nothing here throws; an unknown or malformed option is simply not read.
 */
export function leniently(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): { reportDir?: string; secrets: string[] } {
  const names = ['report-dir', 'user', 'password', 'user2', 'password2', 'control-token'] as const;
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    strict: false,
    allowPositionals: true,
  });
  const read = (n: (typeof names)[number]) => {
    const v = values[n] ?? env[OPTIONS[n].env ?? ''];
    return typeof v === 'string' ? v : undefined;
  };
  const partial = {
    user: read('user'),
    password: read('password'),
    user2: read('user2'),
    password2: read('password2'),
    controlToken: read('control-token'),
  } as RunConfig;
  return {
    reportDir: typeof values['report-dir'] === 'string' ? values['report-dir'] : undefined,
    secrets: secretsOf(partial),
  };
}
