/**
 * `npm run bench`: five figures of the runner against their targets, printed as a table and written
 * to bench/results.json with the machine they were measured on. A benchmark, not a test: it exits 0
 * whatever the figures say (1 only if it could not measure). See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, ROOT, type Timed, TSX, timeChild } from './child';
import { type Figure, renderTable } from './figures';
import { benchJudge } from './judge';
import { silentTarget } from './silent-target';

const RUNS = 5;
const SILENT_RUNS = 3;
const SILENT_TIMEOUT_MS = 2000;
const HISTORY = 10_000;
const JUDGE_RUNS = 7;

/** The runner's environment without the caller's GWS_* settings: every figure runs the defaults. */
const env: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('GWS_')),
);
const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
const scratch = mkdtempSync(join(tmpdir(), 'gws-bench-'));

const fullRun = (dir: string) => timeChild(TSX, ['runner/cli.ts', `--report-dir=${dir}`], { env });
const floorRun = () => timeChild(TSX, ['bench/floor.ts'], { env });

function mustSucceed(what: string, t: Timed): Timed {
  if (t.code !== 0) throw new Error(`${what} exited ${t.code}:\n${t.output.slice(-2000)}`);
  return t;
}

/** Figures 1, 2 and 4: the full run and the floor in turn (A B A B ...), so drift hits both alike. */
async function fullAndFloor(): Promise<{ full: Timed[]; floor: Timed[]; reportDir: string }> {
  const reportDir = join(scratch, 'full');
  say('warming up (one full run, one floor run)');
  mustSucceed('the full run', await fullRun(reportDir));
  mustSucceed('the floor', await floorRun());
  const full: Timed[] = [];
  const floor: Timed[] = [];
  for (let i = 1; i <= RUNS; i++) {
    full.push(mustSucceed('the full run', await fullRun(reportDir)));
    floor.push(mustSucceed('the floor', await floorRun()));
    say(
      `pair ${i}/${RUNS}: full ${(full.at(-1)!.ms / 1000).toFixed(2)} s, floor ${(floor.at(-1)!.ms / 1000).toFixed(2)} s`,
    );
  }
  return { full, floor, reportDir };
}

/** Figure 3: the whole runner against a target that never notifies, --timeout=2000. */
async function timeToVerdict(): Promise<Timed[]> {
  const runs: Timed[] = [];
  for (let i = 1; i <= SILENT_RUNS; i++) {
    const target = await silentTarget();
    try {
      const args = [
        'runner/cli.ts',
        `--target=${target.url}`,
        `--user=${target.user}`,
        `--password=${target.password}`,
        `--timeout=${SILENT_TIMEOUT_MS}`,
        `--report-dir=${join(scratch, 'silent')}`,
      ];
      const t = await timeChild(TSX, args, { env });
      if (t.code !== 1)
        throw new Error(`the silent-target run exited ${t.code}, not 1:\n${t.output.slice(-2000)}`);
      runs.push(t);
      say(`silent target ${i}/${SILENT_RUNS}: ${(t.ms / 1000).toFixed(2)} s`);
    } finally {
      await target.close();
    }
  }
  return runs;
}

async function main(): Promise<void> {
  const { full, floor, reportDir } = await fullAndFloor();
  const silent = await timeToVerdict();
  say(`judging a ${HISTORY}-message history ${JUDGE_RUNS} times`);
  const judged = benchJudge(join(reportDir, 'trace.json'), HISTORY, JUDGE_RUNS);

  const fullMs = median(full.map((t) => t.ms));
  const floorMs = median(floor.map((t) => t.ms));
  const ratios = full.map((t, i) => t.ms / floor[i]!.ms);
  const rss = full.map((t) => t.maxRssMb).filter((m): m is number => m !== undefined);
  const figures: Figure[] = [
    {
      id: 'full-run',
      name: 'full run, embedded reference, 3 channels (median)',
      value: fullMs / 1000,
      unit: 's',
      target: 4,
    },
    {
      id: 'floor-ratio',
      name: `full run / floor (median of pairs; floor ${(floorMs / 1000).toFixed(2)} s)`,
      value: median(ratios),
      unit: 'x',
      target: 3,
    },
    {
      id: 'time-to-verdict',
      name: `time to verdict, target never notifies, --timeout=${SILENT_TIMEOUT_MS} (median)`,
      value: median(silent.map((t) => t.ms)) / 1000,
      unit: 's',
      target: (SILENT_TIMEOUT_MS + 2000) / 1000,
    },
    {
      id: 'peak-memory',
      name: 'peak memory (max RSS) of the full run (largest of the runs)',
      value: rss.length ? Math.max(...rss) : Number.NaN,
      unit: 'MB',
      target: 400,
    },
    {
      id: 'judge-10k',
      name: `judgeChannel, ${judged.historyMessages}-message history (median)`,
      value: judged.medianMs / 1000,
      unit: 's',
      target: 0.5,
    },
  ];
  process.stdout.write(`${renderTable(figures)}\n`);

  const results = {
    measuredAt: new Date().toISOString(),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    figures: figures.map((f) => ({ ...f, pass: f.value <= f.target })),
    raw: {
      fullRunMs: full.map((t) => Math.round(t.ms)),
      floorMs: floor.map((t) => Math.round(t.ms)),
      ratios: ratios.map((r) => Math.round(r * 100) / 100),
      silentTargetMs: silent.map((t) => Math.round(t.ms)),
      fullRunMaxRssMb: rss.map((m) => Math.round(m)),
      judge: { ...judged, runsMs: judged.runsMs.map((m) => Math.round(m)) },
    },
  };
  const file = join(ROOT, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  // In the repository's own format, so `npm run lint` stays clean after a run.
  spawnSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', file], { cwd: ROOT });
  say('wrote bench/results.json');
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`bench: could not measure: ${e.message}\n`);
    process.exit(1);
  },
);
