import { expect, test } from '@playwright/test';
import { EDITOR } from '../support/portal.ts';
import { cmsUrl } from './support.ts';

// The editors' tool: Strapi's admin panel signs an editor in and lists the seeded content.
test('an editor signs in to the admin panel and finds the topics', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`${cmsUrl()}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(EDITOR.email);
  await page.locator('input[name="password"]').fill(EDITOR.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/auth\/login/, { timeout: 20_000 });
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/api::topic.topic`);
  await expect(page.getByText('Умный город', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Креативные кластеры', { exact: true })).toBeVisible();
});
