/** `npm run golden:update`: rewrites the golden verdict lists from today's code (see golden.test.ts). */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, GOLDEN_RUNS, goldenFile, runGolden } from './golden';

async function update(): Promise<void> {
  for (const run of GOLDEN_RUNS) {
    const list = await runGolden(run);
    writeFileSync(goldenFile(run.name), JSON.stringify(list));
    process.stdout.write(`${goldenFile(run.name)}: ${list.length} results\n`);
  }
  // Biome's layout (one entry a line), so `biome ci` stays clean and a deliberate change reads as a short diff.
  const biome = join(__dirname, '..', '..', 'node_modules', '.bin', 'biome');
  spawnSync(biome, ['format', '--write', GOLDEN_DIR], { stdio: 'inherit' });
}

update().catch((e: Error) => {
  process.stderr.write(`golden:update: ${e.message}\n`);
  process.exit(1);
});
