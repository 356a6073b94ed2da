import { expect, type Page, test } from '@playwright/test';
import { fromCms } from './support.ts';

// The site-wide search as a reader uses it: the header's box on any page, results grouped by kind
// with the matched words marked, the query in the address, a spelling suggestion, and the plain form
// when scripts do not run.

const headerBox = (page: Page) => page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('searchbox');
const groups = (page: Page) => page.locator('[data-search-group]');

test('the header box finds practices and success stories, grouped, with the words marked, and the query is in the address', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const stories = await fromCms<any[]>('success-stories');
  const chusovoy = practices.find((p) => p.city === 'Чусовой');
  const story = stories.find((s) => s.city === 'Чусовой');
  const indexRequests: string[] = [];
  page.on('request', (r) => /\/search\/.+\.json$/.test(new URL(r.url()).pathname) && indexRequests.push(r.url()));

  await page.goto(`/practices/${chusovoy.slug}/`);
  await headerBox(page).fill('лыжной столицы');
  // Nothing is fetched for search until the reader searches.
  expect(indexRequests).toEqual([]);
  await headerBox(page).press('Enter');

  await expect(page).toHaveURL(/\/search\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('лыжной столицы');
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toHaveValue('лыжной столицы');
  // Groups in a fixed order (practices first), each with its count; other kinds may follow.
  await expect(groups(page).first().locator('h2')).toHaveText(/^Практики\s+\d+$/);
  await expect(page.locator('[data-search-group="stories"] h2')).toHaveText(/^Истории успеха\s+\d+$/);
  await expect(page.getByRole('status')).toHaveText(/^Найдено \d+ результат(а|ов)?: \d+ практик[аи]?, \d+ истори[яий] успеха(, .+)?\.$/);

  const first = page.locator('[data-search-group="practices"] li').first();
  await expect(first.getByRole('link')).toHaveText(chusovoy.title);
  await expect(first.getByRole('link')).toHaveAttribute('href', `/practices/${chusovoy.slug}/`);
  await expect(first.locator('mark').first()).toHaveText(/^лыжн/i);
  await expect(first).toContainText('Чусовой, Пермский край');
  await expect(page.locator('[data-search-group="stories"] li').first().getByRole('link')).toHaveAttribute('href', `/stories/${story.slug}/`);
});

test('results follow the box as the reader types; the address follows once typing pauses, and a reload keeps the query', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Найти на сайте' }).fill('Сургут');
  await expect(page.locator('[data-search-group="practices"] li').first()).toContainText('Сургут');
  await expect(page).toHaveURL(/\?q=%D0%A1%D1%83%D1%80%D0%B3%D1%83%D1%82$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toHaveValue('Сургут');
  await expect(page.locator('[data-search-group="practices"] li').first()).toContainText('Сургут');
});

test('a misspelling that finds nothing gets «Возможно, вы имели в виду», and Back returns to it', async ({ page }) => {
  await page.goto('/search/?q=Чксвой');
  await expect(page.getByRole('status')).toHaveText('Ничего не найдено.');
  const suggestion = page.locator('[data-search-suggestion]');
  await expect(suggestion).toHaveText('Возможно, вы имели в виду Чусовой?');
  await suggestion.getByRole('link', { name: 'Чусовой' }).click();

  await expect(page).toHaveURL(/\?q=%D0%A7%D1%83%D1%81%D0%BE%D0%B2%D0%BE%D0%B9$/);
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toHaveValue('Чусовой');
  await expect(page.locator('[data-search-group="practices"] li').first()).toContainText('Чусовой');
  await expect(suggestion).toHaveCount(0);

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toHaveValue('Чксвой');
  await expect(page.getByRole('status')).toHaveText('Ничего не найдено.');
  await page.goForward();
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toHaveValue('Чусовой');
});

test('without JavaScript the header form still takes the query to the search page, which says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/');
  await headerBox(page).fill('парк');
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%D0%BF%D0%B0%D1%80%D0%BA$/);
  await expect(page.locator('[data-search-noscript]')).toContainText('для него нужен JavaScript');
  await expect(page.getByRole('searchbox', { name: 'Найти на сайте' })).toBeVisible();
  await context.close();
});

test('on a 375 px phone the header box is visible, fits and submits', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await expect(headerBox(page)).toBeVisible();
  await expect(page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('button', { name: 'Найти' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await headerBox(page).fill('Полярные Зори');
  await page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('button', { name: 'Найти' }).click();
  await expect(page.locator('[data-search-group="practices"] li').first()).toContainText('Полярн');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
