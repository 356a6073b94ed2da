import { expect, test } from '@playwright/test';
import { EDITOR } from '../support/portal.ts';
import { cmsUrl } from './support.ts';

// The editors' tool: Strapi's admin panel signs an editor in and lists the seeded content.
test('an editor signs in to the admin panel and finds the topics', async ({ page }) => {
  // The admin panel is a large single-page app: starting it takes seconds on two busy cores.
  test.setTimeout(60_000);
  // A link straight to the topics, as an editor bookmarks it: the panel asks to sign in first and then
  // opens the page asked for (one start of the app, not a second one for a page.goto after signing in).
  const topics = `${cmsUrl()}/admin/content-manager/collection-types/api::topic.topic`;
  await page.goto(topics);
  await page.locator('input[name="email"]').fill(EDITOR.email);
  await page.locator('input[name="password"]').fill(EDITOR.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/admin\/content-manager\/collection-types\/api::topic\.topic/, { timeout: 20_000 });
  await expect(page.getByText('Умный город', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Креативные кластеры', { exact: true })).toBeVisible();
});
