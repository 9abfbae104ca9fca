/** Settings both Jest configurations share: swc for TypeScript and for the ESM-only CometD packages. */
import type { Config } from 'jest';

export const base: Config = {
  testEnvironment: 'node',
  rootDir: __dirname,
  // cometd and cometd-nodejs-client (and their proxy-agent deps) ship ESM only: Jest on Node 20 needs them transformed.
  transformIgnorePatterns: [
    '/node_modules/(?!(cometd|cometd-nodejs-client|http-proxy-agent|https-proxy-agent|agent-base|proxy-agent-negotiate)/)',
  ],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
