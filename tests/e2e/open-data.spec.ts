import { expect, test } from '@playwright/test';
import { expectNoJavaScript } from './support.ts';

// The open-data page as global-setup built it from the seed, served as the public would get it:
// no JavaScript, each file downloadable with the fields its dictionary lists, and a catalogue
// whose every resource is there.

test('/open-data/ ships no JavaScript: no script files, no islands', async ({ request }) => {
  await expectNoJavaScript(request, '/open-data/');
});

test('a reader downloads the practices as CSV for Excel, with the columns the dictionary describes', async ({ page, request }) => {
  await page.goto('/open-data/');
  await expect(page.getByRole('heading', { level: 1, name: 'Открытые данные' })).toBeVisible();
  const practices = page.locator('[data-dataset="best-practices"]');
  await expect(practices.getByRole('heading', { level: 2 })).toHaveText('Лучшие практики');
  const fields = await practices.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')));
  const href = await practices.getByRole('link', { name: 'best-practices.csv' }).getAttribute('href');
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  const csv = (await res.body()).toString('utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...records] = csv.slice(1).split('\r\n').filter(Boolean);
  expect(header!.split(';')).toEqual(fields);
  await expect(practices.locator('[data-rows]')).toHaveAttribute('data-rows', String(records.length));
  expect(records.length).toBeGreaterThan(0);
});

test('the catalogue names the licence and every file it lists downloads', async ({ page, request }) => {
  await page.goto('/open-data/');
  const licence = await page.locator('[data-licence]').getAttribute('data-licence');
  const catalogue = await (await request.get(await page.locator('[data-catalogue]').getAttribute('href') as string)).json();
  expect(catalogue.licenses[0].name).toBe(licence);
  for (const resource of catalogue.resources) {
    const res = await request.get(`/open-data/${resource.path}`);
    expect(res.status(), resource.path).toBe(200);
    expect((await res.body()).length, resource.path).toBe(resource.bytes);
  }
});

test('/open-data/ fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/open-data/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
