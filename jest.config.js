// Four jest projects: pure unit tests, cloud integration tests on a real database
// (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), the weapp build smoke test, and the
// fault suite (the real local cloud killed and restarted; needs TEST_DATABASE_URL).
// Suites named *.pg.test.ts test what only a multi-connection server has (lock waits, server
// timeouts): they belong to the PostgreSQL pass and are not collected without it.
const shared = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/', '/dist/', '/dist-h5/', '/dist-cloud/'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/dist-h5/', '<rootDir>/dist-h5-prod/', '<rootDir>/dist-cloud/'],
}

module.exports = {
  // Tests here run many real database calls each (a bad-input test walks dozens of cases and
  // reads every table before and after); on a loaded 2-core CI machine jest's default 5 s
  // failed one of them by time alone. A hang still fails, later.
  testTimeout: 30_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/scripts/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testEnvironment: 'node',
      testPathIgnorePatterns: process.env.TEST_DATABASE_URL ? ['/node_modules/'] : ['/node_modules/', '\\.pg\\.test\\.ts$'],
      testMatch: ['<rootDir>/cloud/**/*.test.ts', '<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/fuzz/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
    },
    {
      // setData counts and sizes of compiled pages in miniprogram-simulate, for `npm run bench`.
      ...shared,
      displayName: 'weapp-bench',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/bench/weapp/**/*.measure.ts'],
    },
    {
      ...shared,
      displayName: 'fault',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/fault/**/*.test.ts'],
    },
  ],
}
