/**
 * The drive floor: the suite's own drive of every scenario on three channels against the embedded
 * reference, then nothing (no Jest, no judging, no reports). The full run minus this floor is what
 * the suite spends around the protocol it drives: start-up, Jest, judging, reports. The plain floor
 * (floor.ts) drives only the Accept flow, so full − floor also counts the other scenarios' protocol
 * time. Built and run like the runner: `node bench/.out/drive-floor.js` exits 0 when it drove.
 */
import { driveAll } from '../runner/drive';
import { buildConfig, secretsOf } from '../runner/options';
import { SUITE } from '../runner/suite-info';
import { prepareTarget } from '../runner/target';
import type { TraceFile } from '../src/model/trace';

async function main(): Promise<number> {
  const { config } = buildConfig([], {}, new Set());
  const prepared = await prepareTarget(config);
  const trace: TraceFile = {
    format: 'gws-conformance-trace/1',
    suite: SUITE,
    target: prepared.target,
    startedAt: new Date().toISOString(),
    channels: {},
  };
  try {
    const why = await driveAll(config, prepared.target, prepared.channels, trace, secretsOf(config));
    return why ? 1 : 0;
  } finally {
    await prepared.stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`drive floor: ${e.message}\n`);
    process.exit(1);
  },
);
