import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// One portal for the whole run: global-setup starts Strapi on a temporary SQLite database seeded
// from content/, builds the site from it and serves site and functions with netlify dev.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8898);
/** The specs that publish content and rebuild the site. */
const PUBLISHING = /(applications|csp|voting|selection|preview)\.spec\.ts/;

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: join(import.meta.dirname, '..', '.run', 'results', 'e2e.json') }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Read-only: every test reads the portal as global-setup built it, two at a time. When they have all
    // finished — passed or failed — `publishing` runs: a teardown project is ordered after its setup
    // project but, unlike a dependent one, is never skipped because a test there failed.
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: PUBLISHING, teardown: 'publishing' },
    // These publish content and rebuild the site, so they must not overlap each other nor the read-only
    // tests: one worker, one spec after another. Each spec is a serial story of its own (a failure
    // skips the rest of that spec only; scripts/summarize-tests.ts reports those as not run).
    { name: 'publishing', use: { browserName: 'chromium' }, testMatch: PUBLISHING, workers: 1 },
  ],
});
