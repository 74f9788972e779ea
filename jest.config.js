/**
 * Unit tests beside the code (src/**\/*.test.ts) and integration tests (test/**\/*.test.ts) that drive the
 * real gateway and subgraphs, started once per run by the global setup on an embedded PostgreSQL.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  roots: ['<rootDir>/packages', '<rootDir>/gateway', '<rootDir>/subgraphs'],
  testMatch: ['**/src/**/*.test.ts', '**/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/packages/testing/dist/jest-global-setup.js',
  globalTeardown: '<rootDir>/packages/testing/dist/jest-global-teardown.js',
  testTimeout: 30000,
  maxWorkers: 2,
};
