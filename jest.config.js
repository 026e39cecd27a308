/**
 * Three projects: `unit` for the pure modules (milliseconds, no Strapi), `integration` for the app
 * booted on a fresh database per test file (SQLite by default, PostgreSQL with
 * DATABASE_CLIENT=postgres), `browser` for the admin panel in headless Chromium. `npm test` runs
 * them as tiers through scripts/test.js.
 */
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
};

module.exports = {
  // Integration files boot Strapi (and on PostgreSQL create a database): seconds, not milliseconds.
  testTimeout: 180000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
    },
    {
      // Headless Chromium (Debian's /usr/bin/chromium) against the built admin panel.
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/harness/global-setup.ts',
    },
  ],
};
