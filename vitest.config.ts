import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, no services) and `integration` (a real Strapi on a real database,
// started by the tests themselves). The end-to-end tests run in Playwright, not here.
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
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file starts its own Strapi; two at once would fight over 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
