/**
 * `npm run generate`: TypeScript types from schemas/ with json-schema-to-typescript, written to
 * types/gws.ts. Generated from the one object-rooted index schema, so shared types (Participant,
 * Session, GwsTimestamp) are declared once. With --stdout it prints instead of writing: the
 * staleness self-test runs it that way, because prettier (used by the generator) cannot load in Jest.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileFromFile } from 'json-schema-to-typescript';

const ROOT = join(__dirname, '..');
export const TYPES_FILE = join(ROOT, 'types', 'gws.ts');
const INDEX_SCHEMA = join(ROOT, 'schemas', 'index.json');

const BANNER = `/**
 * Generated from schemas/ by scripts/generate-types.ts (npm run generate). Do not edit by hand:
 * change the schemas and regenerate; a self-test fails while this file is stale.
 */`;

export async function generateTypes(): Promise<string> {
  return compileFromFile(INDEX_SCHEMA, {
    bannerComment: BANNER,
    // Schemas allow extra members (REQUIREMENTS.md, General rules); the types describe the documented ones.
    additionalProperties: false,
    // Formatted the way biome.json formats the rest of the code, so the output is Biome-clean as generated.
    style: {
      bracketSpacing: true,
      printWidth: 110,
      semi: true,
      singleQuote: true,
      tabWidth: 2,
      trailingComma: 'all',
      useTabs: false,
    },
  });
}

if (require.main === module) {
  generateTypes().then(
    (code) => {
      if (process.argv.includes('--stdout')) {
        process.stdout.write(code);
        return;
      }
      writeFileSync(TYPES_FILE, code);
      console.log(`wrote ${TYPES_FILE}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
