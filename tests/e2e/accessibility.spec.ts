import { test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fromCms } from './support.ts';

// axe-core on every page type, on a phone and on a desktop.
test.describe('no serious or critical accessibility violations', () => {
  const pages = async () => {
    const [topic] = await fromCms<any[]>('topics');
    const [story] = await fromCms<any[]>('success-stories');
    const [practice] = await fromCms<any[]>('best-practices');
    return ['/', '/topics/', `/topics/${topic.slug}/`, '/selection/', '/accelerator/', '/platform/', `/stories/${story.slug}/`, '/practices/', `/practices/${practice.slug}/`, '/projects/', '/apply/', '/application-status/', '/finalists/', '/expert/', '/no-such-page/'];
  };

  for (const [label, viewport] of [
    ['phone', { width: 375, height: 812 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    test(`every page type on a ${label}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of await pages()) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
    });
  }
});
