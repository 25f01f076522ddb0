/**
 * Jest in native ESM mode (Payload is ESM-only): run through `node --experimental-vm-modules`.
 * Three projects: unit (pure logic beside the code), integration (real PostgreSQL, a fresh
 * database built by the committed migrations), e2e (a built app and Debian's Chromium).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/setup/styleStub.js',
    '^@payload-config$': '<rootDir>/payload.config.ts',
  },
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
}

export default {
  // The root transform also compiles globalSetup/globalTeardown.
  ...shared,
  globalSetup: '<rootDir>/test/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/test/setup/globalTeardown.ts',
  // A global option (projects cannot set their own); browser tests pass a longer one per test.
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{src,collections,plugins,scripts}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int\\.spec\\.ts$'],
    },
    {
      ...shared,
      displayName: 'integration',
      setupFilesAfterEnv: ['<rootDir>/test/setup/closePayloadAfterAll.ts'],
      testMatch: [
        '<rootDir>/test/int/**/*.int.spec.ts',
        '<rootDir>/plugins/*/test/**/*.int.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'e2e',
      // A database of the browser tests' own (the app they drive runs background work on every
      // office it finds); the files share one built app on it (test/e2e/sharedAppServer.ts), which
      // the teardown stops before verifying the ledger and the audit chains it left.
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
      setupFiles: ['<rootDir>/test/e2e/useE2eDatabase.ts'],
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.spec.ts'],
    },
  ],
}
