import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fromCms } from './support.ts';

// The compendium's search as a reader uses it: word forms and typos, facets, shareable URLs.

test('an inflected, misspelt query finds the right practice first, and the state survives a reload', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const chusovoy = practices.find((p) => p.city === 'Чусовой');
  await page.goto('/practices/');
  const box = page.getByRole('searchbox', { name: 'Найти практику' });
  // «лыжной столицы» is not how the title says it (лыжная столица); «Чусовй» is a typo.
  await box.fill('лыжной столицы Чусовй');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toContainText(chusovoy.title);
  await expect(page.getByRole('status')).toHaveText(/Найден[аоы]? \d+ практик/);
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=/);

  await page.reload();
  await expect(box).toHaveValue('лыжной столицы Чусовй');
  await expect(page.locator('[data-search-results] > li').first()).toContainText(chusovoy.title);

  await page.locator('[data-search-results] > li').first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/practices/${chusovoy.slug}/$`));
  await page.goBack();
  await expect(box).toHaveValue('лыжной столицы Чусовй');
});

test('a facet narrows the results, shows counts, lives in the URL and Back undoes it', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const perm = practices.filter((p) => p.region === 'Пермский край');
  await page.goto('/practices/');
  const region = page.getByLabel('Регион');
  await page.getByRole('searchbox', { name: 'Найти практику' }).focus();
  await expect(page.locator('[data-search-ready="true"]')).toBeVisible();
  await expect(region.locator('option', { hasText: `Пермский край (${perm.length})` })).toHaveCount(1);
  await region.selectOption('Пермский край');
  await expect(page).toHaveURL(/region=/);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(perm.length);
  for (const p of perm) await expect(page.locator(`[data-search-results] > li[data-practice="${p.slug}"]`)).toBeVisible();

  await page.reload();
  await expect(region).toHaveValue('Пермский край');
  await expect(page.locator('[data-search-results] > li')).toHaveCount(perm.length);

  await page.goBack();
  await expect(page.locator('[data-practice-list] > li')).toHaveCount(practices.length);
});

test('a query with no results says what to try', async ({ page }) => {
  await page.goto('/practices/?q=космодром');
  await expect(page.getByRole('status')).toHaveText('Ничего не найдено.');
  await expect(page.locator('[data-search-empty]')).toContainText('«космодром» в сборнике не встречается');
});

test('the list works before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const practices = await fromCms<any[]>('best-practices');
  await page.goto('/practices/');
  await expect(page.locator('[data-practice-list] > li')).toHaveCount(practices.length);
  await expect(page.getByRole('searchbox', { name: 'Найти практику' })).toBeVisible();
  await context.close();
});

test('the search page with results has no serious accessibility violations', async ({ page }) => {
  await page.goto('/practices/?q=парк');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
