// The conformance run from the built package (copied to dist/jest.config.js by `npm run build`):
// the suite is one bundled JavaScript file, so there is nothing to transform. The package may sit
// under node_modules/, which Jest skips by default: keep those files and do not ignore the path.
const { join } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: join(__dirname, '..'),
  roots: ['<rootDir>/dist/suites'],
  testMatch: ['**/*.test.js'],
  testPathIgnorePatterns: [],
  haste: { retainAllFiles: true },
  transform: {},
  moduleFileExtensions: ['js', 'json'],
  testEnvironment: 'node',
  maxWorkers: 3,
};
