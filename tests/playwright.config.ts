import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// One portal for the whole run: global-setup starts Strapi on a temporary SQLite database seeded
// from content/, builds the site from it and serves site and functions with netlify dev.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8898);

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
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /(applications|voting|selection)\.spec\.ts/ },
    // These publish content and rebuild the site: they run after everything else, one after another.
    { name: 'applications', use: { browserName: 'chromium' }, testMatch: /applications\.spec\.ts/, dependencies: ['chromium'] },
    { name: 'residents', use: { browserName: 'chromium' }, testMatch: /voting\.spec\.ts/, dependencies: ['applications'] },
    { name: 'selection', use: { browserName: 'chromium' }, testMatch: /selection\.spec\.ts/, dependencies: ['residents'] },
  ],
});
