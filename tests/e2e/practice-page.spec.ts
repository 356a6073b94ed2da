import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, fromCms, ruNumber } from './support.ts';

// A practice's own page and the printable compendium, on the portal built from the seed plus a few
// synthetic practices (tests/e2e/global-setup.ts).

test('the Surgut practice page leads with its figures and tells the whole practice', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const surgut = practices.find((p) => p.slug === 'surgut-park');
  await page.goto(`/practices/${surgut.slug}/`);

  const article = page.locator(`article[data-practice="${surgut.slug}"]`);
  const figures = article.locator('.practice-figures [data-figure]');
  await expect(figures).toHaveCount(surgut.results.length);
  await expect(figures.nth(0)).toContainText(ruNumber(8280));
  await expect(figures.nth(1)).toContainText(ruNumber(58_343));
  // The figures come first: above the facts and the summary.
  const figuresBox = await article.locator('.practice-figures').boundingBox();
  const summaryBox = await article.locator('[data-field="summary"]').boundingBox();
  expect(figuresBox!.y).toBeLessThan(summaryBox!.y);

  await expect(article.locator('dd[data-field="city"]')).toHaveText(surgut.city);
  await expect(article.locator('dd[data-field="region"]')).toHaveText(surgut.region);
  await expect(article.locator('dd[data-field="year"]')).toHaveText(String(surgut.year));
  if (surgut.topic) {
    await expect(article.locator('dd[data-field="topic"] a')).toHaveAttribute('href', `/topics/${surgut.topic.slug}/`);
  } else {
    await expect(article.locator('dd[data-field="topic"]')).toHaveCount(0);
  }

  await expect(article.locator('[data-steps] > li')).toHaveCount(surgut.steps.length);
  await expect(article.locator('[data-participation]')).toContainText(ruNumber(58_343));
  const source = article.locator('[data-sources] a').first();
  await expect(source).toHaveAttribute('href', surgut.links[0].url);
  await expect(source).toHaveAttribute('rel', /noopener/);
  await expect(source).toContainText('внешний сайт');
  await expect(page.locator('[data-synthetic]')).toHaveCount(0);
  await expect(article.getByRole('link', { name: 'Сборник для печати' })).toHaveAttribute('href', '/practices/print/');
});

test('related practices share the topic or the region, at most four', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const surgut = practices.find((p) => p.slug === 'surgut-park');
  await page.goto(`/practices/${surgut.slug}/`);
  const related = page.locator('[data-related] li[data-practice]');
  await expect(page.getByRole('heading', { name: 'Похожие практики' })).toBeVisible();
  const count = await related.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(4);
  for (const region of await related.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.region))) {
    expect(region).toBe(surgut.region);
  }
  await related.first().getByRole('link').click();
  await expect(page.locator('article[data-practice]')).toBeVisible();
  await expect(page.locator('[data-synthetic]')).toBeVisible();
});

test('a practice with a topic links the topic’s page', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const withTopic = practices.find((p) => p.topic);
  await page.goto(`/practices/${withTopic.slug}/`);
  const link = page.locator('dd[data-field="topic"] a');
  await expect(link).toHaveText(withTopic.topic.title);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/topics/${withTopic.topic.slug}/$`));
});

test('the printable compendium lists every practice in its contents and on its own', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  await page.goto('/practices/print/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Федеральный сборник успешных практик');
  await expect(page.getByRole('button', { name: 'Распечатать' })).toBeVisible();

  const entries = page.locator('[data-toc] > li');
  await expect(entries).toHaveCount(practices.length);
  await expect(page.locator('section[data-print-practice]')).toHaveCount(practices.length);
  for (const practice of practices) {
    const entry = page.locator(`[data-toc-entry="${practice.slug}"] a`);
    await expect(entry).toHaveAttribute('href', `#practice-${practice.slug}`);
    await expect(page.locator(`#practice-${practice.slug} h2`)).toContainText(practice.title);
  }
  await expect(entries.first().locator('.toc-number')).toHaveText('1.');

  // On paper: no site header or footer, no button.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Распечатать' })).toBeHidden();
});

test('?region= leaves only that region’s practices, in the contents too', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  const region = 'Ханты-Мансийский автономный округ — Югра';
  const inRegion = practices.filter((p) => p.region === region);
  expect(inRegion.length).toBeGreaterThan(1);
  expect(inRegion.length).toBeLessThan(practices.length);

  await page.goto(`/practices/print/?${new URLSearchParams({ region })}`);
  await expect(page.locator('section[data-print-practice]:visible')).toHaveCount(inRegion.length);
  await expect(page.locator('[data-toc] > li:visible')).toHaveCount(inRegion.length);
  for (const p of inRegion) await expect(page.locator(`#practice-${p.slug}`)).toBeVisible();
  await expect(page.locator('[data-filter-status]')).toContainText(`из ${practices.length}: регион ${region}`);
  await page.getByRole('link', { name: 'Показать весь сборник' }).click();
  await expect(page.locator('section[data-print-practice]:visible')).toHaveCount(practices.length);
});

test('without JavaScript the printable compendium is whole, whatever the filter', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const practices = await fromCms<any[]>('best-practices');
  await page.goto(`/practices/print/?${new URLSearchParams({ region: 'Пермский край' })}`);
  await expect(page.locator('section[data-print-practice]:visible')).toHaveCount(practices.length);
  await context.close();
});

// axe-core on the practice page and the printable compendium: one test per page, as in accessibility.spec.ts.
const richPractice = async () => {
  const practices = await fromCms<any[]>('best-practices');
  return practices.find((p) => p.synthetic && p.budget && p.contact) ?? practices[0];
};
for (const [name, path] of [
  ['the Surgut practice page', () => '/practices/surgut-park/'],
  ['a practice page with a budget and a contact', async () => `/practices/${(await richPractice()).slug}/`],
  ['the printable compendium', () => '/practices/print/'],
  ['the printable compendium filtered by year', async () => `/practices/print/?year=${(await richPractice()).year}`],
] as const) {
  test(`${name} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(await path());
    await expectNoSeriousA11yViolations(page);
  });
}
