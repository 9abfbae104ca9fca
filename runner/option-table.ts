/**
 * The suite's options (spec/RUNNER.md, plus additions): one table that the parser (options.ts) and
 * the usage text (usage.ts) both read, so `--help` cannot drift from what is parsed.
 */

export interface OptionSpec {
  /** Environment variable that gives the value when the option is absent. */
  env?: string;
  /** A switch: takes no value. */
  flag?: boolean;
  short?: string;
  /** Placeholder of the value in the usage text (`--target=URL`). */
  value?: string;
  help: string;
  default: string;
}

export const OPTIONS = {
  target: {
    env: 'GWS_TARGET',
    value: 'URL',
    help: 'base URL of the server under test (REST at /api/v2, CometD at /api/v2/notifications)',
    default: 'the embedded reference server on a free port',
  },
  user: {
    env: 'GWS_USER',
    value: 'NAME',
    help: 'agent user name (HTTP Basic)',
    default: "the reference's agent1",
  },
  password: {
    env: 'GWS_PASSWORD',
    value: 'PW',
    help: 'agent password (pass it through the environment: npm echoes command lines)',
    default: "the reference's agent1",
  },
  user2: {
    env: 'GWS_USER2',
    value: 'NAME',
    help: 'a second agent, for the isolation checks',
    default: 'none: those checks skip',
  },
  password2: { env: 'GWS_PASSWORD2', value: 'PW', help: "the second agent's password", default: 'none' },
  channels: {
    env: 'GWS_CHANNELS',
    value: 'LIST',
    help: 'comma list of chat, sms, facebook',
    default: 'all that the control API offers',
  },
  driver: {
    env: 'GWS_DRIVER',
    value: 'KIND',
    help: 'customer side: control, command or manual',
    default: 'control',
  },
  control: {
    env: 'GWS_CONTROL',
    value: 'URL',
    help: 'base URL of the control API',
    default: 'the target URL',
  },
  'control-token': {
    env: 'GWS_CONTROL_TOKEN',
    value: 'T',
    help: 'bearer token for the control API',
    default: 'none',
  },
  'driver-command': {
    env: 'GWS_DRIVER_COMMAND',
    value: 'CMD',
    help: 'executable for the command driver',
    default: 'none',
  },
  timeout: {
    env: 'GWS_TIMEOUT',
    value: 'MS',
    help: 'how long to wait for any one expected notification or response',
    default: '5000',
  },
  only: {
    value: 'PATTERN',
    help: 'only checks whose id or requirement id matches the glob (NTF-*, */accept/*; see --list)',
    default: 'all',
  },
  strict: {
    flag: true,
    help: 'a warn also fails the run (and so does a waiver that matched nothing)',
    default: 'off',
  },
  'report-dir': { env: 'GWS_REPORT_DIR', value: 'DIR', help: 'where the reports go', default: 'reports' },
  insecure: { flag: true, help: 'accept a self-signed TLS certificate', default: 'off' },
  replay: { value: 'FILE', help: 'judge a stored trace.json instead of driving a target', default: 'off' },
  waivers: {
    env: 'GWS_WAIVERS',
    value: 'FILE',
    help: 'known failures to report as waived (id, channel, reason, owner, expires)',
    default: 'none',
  },
  baseline: {
    env: 'GWS_BASELINE',
    value: 'FILE',
    help: 'a previous conformance.json: mark each result new, fixed, same or added',
    default: 'none',
  },
  'fail-on': {
    env: 'GWS_FAIL_ON',
    value: 'WHAT',
    help: 'any: every fail or error gates; new: only a fail or error the baseline did not have',
    default: 'any',
  },
  list: {
    flag: true,
    help: 'print every check (id, requirements, level, channels, title) and exit; add --json for JSON',
    default: 'off',
  },
  help: { flag: true, short: 'h', help: 'print this text and exit', default: 'off' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export const OPTION_NAMES = Object.keys(OPTIONS) as OptionName[];

export function specOf(name: OptionName): OptionSpec {
  return OPTIONS[name];
}
