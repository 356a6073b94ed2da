import { expect, test } from '@playwright/test';
import { expectNoJavaScript, fromCms } from './support.ts';

// The statistics page as global-setup built it from the seed: the archive's 2020 round only, no
// applications or votes in the CMS. The page shows what it has, says what is missing, ships no
// JavaScript and fits a phone; the home page marks the organisers' figures as theirs.

test('/stats/ ships no JavaScript: no script files, no islands', async ({ request }) => {
  await expectNoJavaScript(request, '/stats/');
});

test('/stats/ shows the archive round and says, in Russian, what the portal does not hold', async ({ page }) => {
  await page.goto('/stats/');
  await expect(page.getByRole('heading', { level: 1, name: 'Статистика' })).toBeVisible();
  const round = page.locator('[data-stats-round="2020"]');
  await expect(round.getByRole('heading', { level: 2 })).toHaveText('Текущий отбор: 2020 год');
  await expect(round.locator('[data-stats-missing]')).toContainText('В базе портала пока нет данных об этом отборе: поступившие заявки, голоса жителей');
  await expect(round.locator('[data-stat="applications"]')).toContainText('нет данных');
  // Counted, not typed: the round's published projects as the CMS lists them.
  const published = await fromCms<unknown[]>('projects?filters[year][$eq]=2020');
  await expect(round.locator('[data-stat="projects"] .figure-value')).toHaveText(String(published.length));
});

test('/stats/ fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/stats/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the home page marks each of the organisers’ results with its source and year', async ({ page }) => {
  await page.goto('/');
  const results = page.locator('[data-home-results]');
  await expect(results.getByRole('heading', { name: 'Результаты работы платформы' })).toBeVisible();
  const sources = results.locator('[data-figure-source]');
  await expect(sources).toHaveCount(6);
  for (const source of await sources.allTextContents()) expect(source).toBe('данные организаторов, 2019 г.');
  await results.getByRole('link', { name: 'Вся статистика программы' }).click();
  await expect(page).toHaveURL(/\/stats\/$/);
});
