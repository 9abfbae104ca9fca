/**
 * `npm run compare -- A.json B.json [--out=FILE]` (or `gws-conformance-compare` from the package):
 * writes one HTML page comparing two conformance.json files. Bad input: one line, exit 2.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderCompare } from '../reporters/compare';
import { BaselineError, readReport } from '../src/judge/baseline';

const USAGE = 'usage: npm run compare -- A.json B.json [--out=FILE]   (default --out=reports/compare.html)';

function main(argv: string[]): number {
  let out: string;
  let files: string[];
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 2)
      throw new Error(`two conformance.json files are needed, got ${positionals.length}`);
    out = values.out ?? 'reports/compare.html';
    files = positionals;
  } catch (e) {
    process.stderr.write(`gws-conformance compare: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const [a, b] = files.map((f, i) => readReport(f, i === 0 ? 'A' : 'B'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderCompare(a!, b!, { a: files[0]!, b: files[1]! }));
  } catch (e) {
    if (!(e instanceof BaselineError) && !(e as NodeJS.ErrnoException).code) throw e;
    process.stderr.write(`gws-conformance compare: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(`wrote ${out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
