import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fromCms } from './support.ts';

// axe-core on every page type, on a phone and on a desktop: one test per page and viewport, so a
// failure names the page and a slow page cannot take the others' time.
const first = async (type: string) => (await fromCms<Array<{ slug: string }>>(type))[0]!.slug;
const pages: Array<[page: string, path: () => string | Promise<string>]> = [
  ['/', () => '/'],
  ['/topics/', () => '/topics/'],
  ['/topics/:slug/', async () => `/topics/${await first('topics')}/`],
  ['/selection/', () => '/selection/'],
  ['/accelerator/', () => '/accelerator/'],
  ['/platform/', () => '/platform/'],
  ['/stories/', () => '/stories/'],
  ['/stories/:slug/', async () => `/stories/${await first('success-stories')}/`],
  ['/practices/', () => '/practices/'],
  ['/practices/:slug/', async () => `/practices/${await first('best-practices')}/`],
  ['/projects/', () => '/projects/'],
  ['/apply/', () => '/apply/'],
  ['/application-status/', () => '/application-status/'],
  ['/finalists/', () => '/finalists/'],
  ['/stats/', () => '/stats/'],
  ['/search/ (with results)', () => '/search/?q=Чусовой'],
  ['/expert/', () => '/expert/'],
  ['/open-data/', () => '/open-data/'],
  ['404 (/no-such-page/)', () => '/no-such-page/'],
];

for (const [viewportLabel, viewport] of [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test.describe(`no serious or critical accessibility violations on a ${viewportLabel}`, () => {
    test.use({ viewport });
    for (const [name, path] of pages) {
      test(name, async ({ page }) => {
        await page.goto(await path());
        await expectNoSeriousA11yViolations(page);
      });
    }
  });
}
