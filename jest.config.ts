/** @jest-config-loader esbuild-register */
/**
 * The conformance run (`npm test`): one suite per channel, run in parallel. Start it through
 * `npm test` (runner/cli.ts), which takes the suite's options out, starts the embedded reference
 * server when there is no --target, and writes the reports.
 */
import type { Config } from 'jest';
import { base } from './jest.base';

const config: Config = {
  ...base,
  roots: ['<rootDir>/suites'],
  testMatch: ['**/*.test.ts'],
  maxWorkers: 3,
};

export default config;
