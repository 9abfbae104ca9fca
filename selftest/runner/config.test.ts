/** The command line of RUNNER.md: suite options out, Jest options through, bad input a one-line error. */

import { buildConfig, OptionError, publicOptions, secretsOf } from '../../runner/options';

const JEST = new Set(['t', 'testNamePattern', 'verbose', 'ci']);
const parse = (args: string[], env: NodeJS.ProcessEnv = {}) => buildConfig(args, env, JEST);
const creds = ['--user=agent1', '--password=pw'];

describe('options', () => {
  test('defaults follow RUNNER.md', () => {
    const { config } = parse([]);
    expect(config).toMatchObject({
      target: undefined,
      driver: 'control',
      timeoutMs: 5000,
      reportDir: 'reports',
      strict: false,
      insecure: false,
    });
  });

  test('suite options come out, Jest options and their values pass through in order', () => {
    const { config, jest } = parse([
      '--target=http://h:8090/',
      ...creds,
      '-t',
      'chat',
      '--verbose',
      '--timeout',
      '800',
      '--strict',
    ]);
    expect(config).toMatchObject({ target: 'http://h:8090', user: 'agent1', timeoutMs: 800, strict: true });
    expect(jest).toEqual(['-t', 'chat', '--verbose']);
  });

  test('environment variables fill what the command line leaves out', () => {
    const { config } = parse([], {
      GWS_TARGET: 'https://x',
      GWS_USER: 'u',
      GWS_PASSWORD: 'p',
      GWS_CHANNELS: 'sms,chat',
      GWS_TIMEOUT: '900',
    });
    expect(config).toMatchObject({
      target: 'https://x',
      user: 'u',
      password: 'p',
      channels: ['sms', 'chat'],
      timeoutMs: 900,
    });
  });

  test.each([
    [['--frobnicate'], /unknown option --frobnicate/],
    [['--target=ftp://x', ...creds], /http\(s\) URL/],
    [['--target=not a url', ...creds], /http\(s\) URL/],
    [['--target=http://u:secret@h', ...creds], /must not carry credentials/],
    [['--channels=chat,voice'], /comma list of chat, sms, facebook/],
    [['--timeout=-5'], /positive number/],
    [['--timeout=abc'], /positive number/],
    [['--driver=robot'], /control, command or manual/],
    [['--driver=command'], /needs --driver-command/],
    [['--target=http://h'], /needs agent credentials/],
    [['--user2=b'], /go together/],
    [['--replay=/no/such/trace.json'], /no such file/],
    [['--target'], /needs a value/],
  ])('%j is refused with one clear line', (args, message) => {
    expect(() => parse(args)).toThrow(OptionError);
    expect(() => parse(args)).toThrow(message);
    try {
      parse(args);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
    }
  });

  test('secrets are known and kept out of the options a report shows', () => {
    const { config } = parse([
      '--target=http://h',
      '--user=a',
      '--password=hunter22',
      '--control-token=tok123',
    ]);
    // The Basic credential (base64 of user:password) is a secret of its own: it can stand without "Basic ".
    expect(secretsOf(config)).toEqual(['hunter22', 'tok123', Buffer.from('a:hunter22').toString('base64')]);
    expect(JSON.stringify(publicOptions(config))).not.toMatch(/hunter22|tok123/);
  });
});
