/**
 * The schemas of schemas/ and the one ajv instance that compiles them. Schemas are found by walking
 * the folder, so a new schema file needs no code; each is compiled on its first use, then cached.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import { packageRoot } from '../model/package-root';
import { timestampForm } from './timestamp';

/** `$id` of every schema: this base, then its path under schemas/. */
export const SCHEMA_BASE = 'https://gws-conformance.dev/schemas/';
export const SCHEMA_DIR = join(packageRoot(), 'schemas');

export type JsonSchema = { $id: string; [keyword: string]: unknown };

/** schemas/report/ describes the suite's own conformance.json (reporters/), not the GWS protocol. */
const NOT_GWS = ['report/'];

/** Every GWS schema file, keyed by its name: its path under schemas/ without `.json`, e.g. `messages/text`. */
export function loadSchemas(): Map<string, JsonSchema> {
  const files = (readdirSync(SCHEMA_DIR, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.json') && !NOT_GWS.some((dir) => f.startsWith(dir)))
    .sort();
  return new Map(
    files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8'))]),
  );
}

export function schemaId(name: string): string {
  return `${SCHEMA_BASE}${name}.json`;
}

let ajv: Ajv2020 | undefined;

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // Loaded on first use: the runner imports the checks but only the Jest suite validates (~30 ms).
  const Ajv: typeof Ajv2020 = require('ajv/dist/2020').default;
  // verbose: errors carry the failing subschema, which the issue text quotes (`not`, discriminator).
  const created = new Ajv({ strict: true, allErrors: true, verbose: true, discriminator: true });
  created.addFormat('gws-timestamp', {
    type: 'string',
    validate: (s: string) => timestampForm(s) !== 'invalid',
  });
  // json-schema-to-typescript's annotation (referenceId is `unknown`); strict mode needs it declared.
  created.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  for (const schema of loadSchemas().values()) created.addSchema(schema);
  ajv = created;
  return created;
}

export function validatorFor(name: string): ValidateFunction {
  const fn = instance().getSchema(schemaId(name));
  if (!fn) throw new Error(`no schema named ${name} under ${SCHEMA_DIR}`);
  return fn;
}
