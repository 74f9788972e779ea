/**
 * Two projects: unit tests beside the code (src/**\/*.test.ts), pure logic that needs no database, and
 * integration tests (test/**\/*.test.ts) that drive the real gateway and subgraphs on an embedded PostgreSQL,
 * started once per run by the integration project's global setup. A test that needs the stack lives in test/.
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

const common = {
  testEnvironment: 'node',
  // graphql-request 7 (the developer portal's TypeScript example, docs/developers/examples) is ESM only: swc
  // turns it into CommonJS like the tests.
  transform: { '^.+\\.ts$': swc, '/node_modules/graphql-request/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!graphql-request/)'],
  roots: ['<rootDir>/packages', '<rootDir>/gateway', '<rootDir>/subgraphs'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  // Global options (jest reads them only here, not in a project).
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    // Pure logic beside its code: no database, no services; `npx jest subgraphs/certificates/src` takes seconds.
    { ...common, displayName: 'unit', testMatch: ['**/src/**/*.test.ts'] },
    // The real stack, started once per run (only when a test of this project runs).
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/test/**/*.test.ts'],
      globalSetup: '<rootDir>/packages/testing/dist/jest-global-setup.js',
      globalTeardown: '<rootDir>/packages/testing/dist/jest-global-teardown.js',
    },
  ],
};
