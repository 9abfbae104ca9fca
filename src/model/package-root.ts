/**
 * The folder that holds the suite's package.json: the clone (run from source through tsx) or the
 * installed package (run from dist/, bundled, where every module's __dirname is its bundle's).
 * Files read at run time (schemas/, the HTML report's client scripts, package.json) are found from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (
      existsSync(file) &&
      (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'gws-conformance'
    ) {
      root = dir;
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`gws-conformance: no package.json above ${__dirname}`);
  }
}

/** True when running the built JavaScript (dist/), not the TypeScript sources. */
export const BUILT = __filename.endsWith('.js');
