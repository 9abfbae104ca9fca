/** The suite's name and version, as every report and trace names them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const pkg = JSON.parse(readFileSync(resolve(__dirname, '..', 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

export const SUITE = { name: pkg.name, version: pkg.version };
