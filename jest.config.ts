/** @jest-config-loader esbuild-register */
/**
 * The conformance run's Jest side: one test file (suites/conformance.test.ts), a describe per
 * channel, one test per check. Start it through `npm test` (runner/cli.ts), which drives the target,
 * hands the trace over in `globals` and writes the reports; bare `jest` has nothing to judge.
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
