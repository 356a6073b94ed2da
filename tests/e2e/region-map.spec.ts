import { expect, type Locator, type Page, test } from '@playwright/test';
import { nouns, pluralize } from '../../site/src/lib/plural.ts';
import { expectNoSeriousA11yViolations, fromCms } from './support.ts';

// The regions map on the compendium: a tile is a link a reader clicks or reaches by keyboard, a
// screen reader hears each tile's full name and figure, and the choice filters the list, lives in
// the URL and keeps the region select in step. (The same map filters /projects/: applications.spec.ts,
// which publishes a project.)

const PERM = 'Пермский край';
const YUGRA = 'Ханты-Мансийский автономный округ — Югра';
const practices = (n: number) => pluralize(n, nouns.practice);
/** Hidden text is 1 px wide; shown as a tooltip it is as wide as its words. */
const shownWidth = (locator: Locator) => locator.evaluate((e) => e.getBoundingClientRect().width);

/** Hydrated and the search index loaded: from now on the map filters in place. */
async function searchReady(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Найти практику' }).focus();
  await expect(page.locator('[data-search-ready="true"]')).toBeVisible();
}

test('a click on a tile filters the compendium, the URL keeps it and Back undoes it', async ({ page }) => {
  const all = await fromCms<any[]>('best-practices');
  const perm = all.filter((p) => p.region === PERM);
  expect(perm.length).toBeGreaterThan(0);
  await page.goto('/practices/');
  await expect(page.locator('[data-practice-list] > li')).toHaveCount(all.length);
  await searchReady(page);
  const map = page.getByRole('figure', { name: 'Практики по регионам' });
  // Each tile is named in full for a screen reader, with its figure in words.
  const tile = map.getByRole('link', { name: `${PERM}: ${practices(perm.length)}` });
  await tile.click();

  await expect(page).toHaveURL(/[?&]region=/);
  expect(new URL(page.url()).searchParams.get('region')).toBe(PERM);
  await expect(page.locator('[data-search-results] > li')).toHaveCount(perm.length);
  for (const p of perm) await expect(page.locator(`[data-search-results] > li[data-practice="${p.slug}"]`)).toBeVisible();
  await expect(page.locator('select[name="region"]')).toHaveValue(PERM);
  await expect(tile).toHaveAttribute('aria-current', 'true');

  await page.reload();
  await expect(page.locator('[data-search-results] > li')).toHaveCount(perm.length);
  await expect(map.getByRole('link', { name: new RegExp(`^${PERM}:`) })).toHaveAttribute('aria-current', 'true');

  await page.goBack();
  await expect(page.locator('[data-practice-list] > li')).toHaveCount(all.length);
  await expect(map.getByRole('link', { name: 'Все регионы' })).toHaveAttribute('aria-current', 'true');
});

test('the keyboard reaches every tile, shows its name and chooses a region with Enter', async ({ page }) => {
  const all = await fromCms<any[]>('best-practices');
  const yugra = all.filter((p) => p.region === YUGRA);
  await page.goto('/practices/');
  await searchReady(page);
  const map = page.getByRole('figure', { name: 'Практики по регионам' });
  await expect(map.locator('[data-region-tile] > :is(a[href], [tabindex="0"])')).toHaveCount(89);
  const tomsk = map.locator('[data-region-tile="Томская область"] > [tabindex="0"]');
  // A tile without practices is no link, but Tab still stops on it and a tooltip names it.
  await tomsk.focus();
  await expect(tomsk).toBeFocused();
  const tomskName = tomsk.getByText('Томская область: 0 практик');
  await expect.poll(() => shownWidth(tomskName)).toBeGreaterThan(50);
  // Tab order follows the map west to east: from Yugra's western neighbour to Yugra.
  await map.locator('[data-region-tile="Свердловская область"] > *').focus();
  await page.keyboard.press('Tab');
  const tile = map.getByRole('link', { name: new RegExp(`^${YUGRA}:`) });
  await expect(tile).toBeFocused();
  await expect.poll(() => shownWidth(tile.getByText(`${YUGRA}: ${practices(yugra.length)}`))).toBeGreaterThan(50);
  await expect.poll(() => shownWidth(tomskName)).toBeLessThan(2);
  await page.keyboard.press('Enter');

  await expect(page.locator('[data-search-results] > li')).toHaveCount(yugra.length);
  expect(new URL(page.url()).searchParams.get('region')).toBe(YUGRA);
  await expect(page.locator('select[name="region"]')).toHaveValue(YUGRA);
  await expect(tile).toBeFocused();

  // The select moves the map's mark with it.
  await page.locator('select[name="region"]').selectOption(PERM);
  await expect(map.getByRole('link', { name: new RegExp(`^${PERM}:`) })).toHaveAttribute('aria-current', 'true');
  await expect(tile).not.toHaveAttribute('aria-current');
});

test('the map has a legend and a table alternative, and works as links before any script', async ({ browser }) => {
  const all = await fromCms<any[]>('best-practices');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practices/');
  const map = page.getByRole('figure', { name: 'Практики по регионам' });
  await expect(map.locator('[data-region-tile]')).toHaveCount(89);
  await expect(map.getByRole('list', { name: 'Легенда' })).toContainText('0 практик');

  await map.getByText('Таблица: Практики по регионам').click();
  const table = map.getByRole('table');
  const regions = new Set(all.map((p) => p.region));
  await expect(table.locator('tbody tr')).toHaveCount(regions.size);
  const perm = all.filter((p) => p.region === PERM).length;
  await expect(table.getByRole('row', { name: new RegExp(PERM) })).toContainText(practices(perm));

  const link = map.getByRole('link', { name: new RegExp(`^${PERM}:`) });
  await expect(link).toHaveAttribute('href', `/practices/?${new URLSearchParams({ region: PERM })}`);
  await context.close();
});

test('the compendium filtered from the map has no serious accessibility violations', async ({ page }) => {
  await page.goto(`/practices/?${new URLSearchParams({ region: PERM })}`);
  await expect(page.getByRole('figure', { name: 'Практики по регионам' }).getByRole('link', { name: new RegExp(`^${PERM}:`) })).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
