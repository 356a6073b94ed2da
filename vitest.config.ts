import { defineConfig } from 'vitest/config';

// Three projects: `unit` (fast, no services), `integration` (a real Strapi on a real SQLite file,
// started by the tests themselves) and `integration-postgres` (the same test files, each on a fresh
// database of a PostgreSQL server that tests/support/postgres.ts starts for the run). The end-to-end
// tests run in Playwright, not here.
const integration = {
  include: ['tests/integration/**/*.test.ts'],
  environment: 'node',
  // Each file starts its own Strapi; two at once would fight over 2 cores.
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['schema/**/*.test.ts', 'site/src/**/*.test.ts', 'functions/**/*.test.ts', 'scripts/**/*.test.ts', 'cms/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: { name: 'integration', ...integration },
      },
      {
        test: {
          name: 'integration-postgres',
          ...integration,
          // npm start's demo runs on embedded SQLite only, and its production guard refuses before
          // any database is touched: the file proves nothing more on PostgreSQL (it passes there,
          // in two more minutes of the run).
          exclude: ['tests/integration/demo.test.ts'],
          env: { PORTAL_TEST_DB: 'postgres' },
          globalSetup: ['tests/support/postgres.ts'],
        },
      },
    ],
  },
});
