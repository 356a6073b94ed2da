import { defineConfig } from 'vitest/config';

// Three projects: `unit` (fast, no services), `integration` (a real Strapi on a real SQLite file,
// started by the tests themselves) and `integration-postgres` (the same test files, each on a fresh
// database of a PostgreSQL server that tests/support/postgres.ts starts for the run). The end-to-end
// tests run in Playwright, not here.
const integration = {
  include: ['tests/integration/**/*.test.ts'],
  environment: 'node',
  // Each file starts its own Strapi: one file at a time within a suite (npm test runs the SQLite and
  // the PostgreSQL suites side by side, so at most two Strapis, one per core).
  fileParallelism: false,
  // Measured on two busy cores: a beforeAll that starts Strapi takes 7–25 s (the demo file's, which
  // also loads the demo, 45–100 s); the slowest test about 20 s. npm test's summary names the slowest
  // test and hook against these and warns about any over half of them.
  testTimeout: 120_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['schema/**/*.test.ts', 'site/src/**/*.test.ts', 'functions/**/*.test.ts', 'scripts/**/*.test.ts', 'cms/src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Several CMS instances on one database need PostgreSQL (SQLite runs one instance).
        test: { name: 'integration', ...integration, exclude: ['tests/integration/replicas.test.ts'] },
      },
      {
        test: {
          name: 'integration-postgres',
          ...integration,
          // npm start's demo runs on embedded SQLite only, and its production guard refuses before
          // any database is touched: the file proves nothing more on PostgreSQL (it passes there,
          // in two more minutes of the run).
          // The personal-data scan reads a built site, which does not depend on the database (and
          // its demo load is the slowest set-up of the suite): SQLite only, like the demo's file.
          // The two site-build files build from the fixtures' fake CMS, no database at all. No file
          // of this suite builds the site, then: the SQLite suite runs beside it, and two `astro
          // build`s of site/ at once overwrite each other's site/.netlify/build (the Netlify adapter's
          // fixed folder) — CI failed so, ENOENT on .netlify/build/entry.mjs.
          exclude: [
            'tests/integration/demo.test.ts',
            'tests/integration/privacy-scan.test.ts',
            'tests/integration/site-build.test.ts',
            'tests/integration/site-discovery.test.ts',
          ],
          env: { PORTAL_TEST_DB: 'postgres' },
          globalSetup: ['tests/support/postgres.ts'],
        },
      },
    ],
  },
});
