/** @jest-config-loader esbuild-register */
/** The suite's own tests (`npm run test:self`): checks on synthetic traces, the reference server, reports. */
import type { Config } from 'jest';
import { base } from '../jest.base';

const config: Config = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/selftest'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 30_000,
};

export default config;
