/** The suite's name and version, as every report and trace names them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/model/package-root';

const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

export const SUITE = { name: pkg.name, version: pkg.version };
