/**
 * The real runner against targets that misbehave: silent, resetting, HTML, HTTP 500, and a real
 * reference server behind a proxy that holds the handshake, floods, sends 50 MB, notifies ids never
 * offered or answers Bayeux with something that is not an array. Every run must end in about one
 * timeout, exit 1 or 2 with a reason, write all four reports, and print no crash.
 * One file, so its runs are batched together (three at a time) rather than by parallel Jest workers.
 */
import { DEAD_TARGETS, PROXIED_TARGETS } from './cases';
import { type CaseRun, describeRun, expectHonestEnd, runCases } from './harness';

const CASES = [...DEAD_TARGETS, ...PROXIED_TARGETS];
let runs: CaseRun[] = [];

beforeAll(async () => {
  runs = await runCases(CASES);
  // The real figures, for the record: the assertions only hold them to a generous bound.
  process.stderr.write(`${runs.map((r) => `  hostile: ${describeRun(r)}`).join('\n')}\n`);
}, 400_000);

test.each(CASES.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
  expectHonestEnd(runs[i]!);
});
