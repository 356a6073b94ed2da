import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fromCms } from './support.ts';

// axe-core on every page type, on a phone and on a desktop: one test per page and viewport, so a
// failure names the page and a slow page cannot take the others' time.
const first = async (type: string) => (await fromCms<Array<{ slug: string }>>(type))[0]!.slug;
// A page is its path, or a name and a way to find its path where it depends on the content.
const pages: Array<string | [page: string, path: () => string | Promise<string>]> = [
  '/',
  '/topics/',
  ['/topics/:slug/', async () => `/topics/${await first('topics')}/`],
  '/selection/',
  '/accelerator/',
  '/platform/',
  '/stories/',
  ['/stories/:slug/', async () => `/stories/${await first('success-stories')}/`],
  '/practices/',
  ['/practices/:slug/', async () => `/practices/${await first('best-practices')}/`],
  '/projects/',
  '/apply/',
  '/application-status/',
  '/finalists/',
  '/stats/',
  ['/search/ (with results)', () => '/search/?q=Чусовой'],
  '/expert/',
  '/open-data/',
  ['404 (/no-such-page/)', () => '/no-such-page/'],
];

for (const [viewportLabel, viewport] of [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test.describe(`no serious or critical accessibility violations on a ${viewportLabel}`, () => {
    test.use({ viewport });
    for (const entry of pages) {
      const [name, path]: [string, () => string | Promise<string>] = typeof entry === 'string' ? [entry, () => entry] : entry;
      test(name, async ({ page }) => {
        await page.goto(await path());
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}
