/** `--help` / `-h`: the usage text, drawn from the option table the parser reads (option-table.ts). */
import { EXIT_CODES } from '../src/judge/exit-code';
import { OPTION_NAMES, specOf } from './option-table';

/** True when the command line asks for help (before any `--`, which hands the rest to Jest). */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export function renderUsage(): string {
  const rows = OPTION_NAMES.map((name) => {
    const o = specOf(name);
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? `=${o.value}` : ''}`;
    return { flag, o };
  });
  const width = Math.max(...rows.map((r) => r.flag.length)) + 2;
  const lines = [
    'Usage: gws-conformance [options] [jest options]     (in a clone: npm test -- [options])',
    '',
    'Runs the GWS agent-side conformance checks against --target (or the embedded reference server)',
    'and writes conformance.json, conformance.html, junit.xml, trace.json and summary.md.',
    '',
    'Options (environment variable, default):',
  ];
  for (const { flag, o } of rows) {
    lines.push(`  ${flag.padEnd(width)}${o.help}`);
    const env = o.env ? `env ${o.env}; ` : '';
    lines.push(`  ${''.padEnd(width)}(${env}default: ${o.default})`);
  }
  lines.push('', 'Exit codes:');
  for (const [code, meaning] of Object.entries(EXIT_CODES)) lines.push(`  ${code}  ${meaning}`);
  lines.push(
    '',
    "Jest's own options (-t NAME, --verbose, --ci, ...) pass through: see https://jestjs.io/docs/cli",
    'Secrets (GWS_PASSWORD, GWS_PASSWORD2, GWS_CONTROL_TOKEN) belong in the environment: npm echoes command lines.',
  );
  return `${lines.join('\n')}\n`;
}
