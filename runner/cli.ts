/** `npm test`: the conformance run. All the work is in runner/main.ts. */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`gws-conformance: internal error: ${e.stack ?? e}\n`);
    process.exit(2);
  },
);
