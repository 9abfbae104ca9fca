/** `npm test`: the conformance run. All the work is in runner/main.ts. */
import { firstLine } from './finish';
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    // One line, never a stack trace: the run's own failure, said as such (the reports say the rest).
    process.stderr.write(`gws-conformance: internal error: ${firstLine(e)}\n`);
    process.exit(2);
  },
);
