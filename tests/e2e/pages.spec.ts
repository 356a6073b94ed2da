import { expect, test } from '@playwright/test';
import { fromCms, ruNumber } from './support.ts';

// Every page type renders what the CMS holds: the expectations are read from Strapi's REST API,
// not written into the test.

test('home: the programme, its figures, the five topics, the round and the quote', async ({ page }) => {
  const programme = await fromCms('programme');
  const topics = await fromCms<any[]>('topics?sort=order:asc');
  await page.goto('/');
  await expect(page).toHaveTitle(/100 городских лидеров/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(programme.name);
  await expect(page.getByText(programme.purpose)).toBeVisible();
  for (const goal of programme.goals) await expect(page.getByText(goal.title, { exact: false }).first()).toBeVisible();
  await expect(page.locator('[data-figure]').filter({ hasText: ruNumber(50_000) }).first()).toContainText('более');
  await expect(page.locator('[data-topics-count]')).toHaveText(`${topics.length} тематик отбора`);
  await expect(page.locator('[data-topic-list] a')).toHaveText(topics.map((t) => t.title));
  await expect(page.locator('[data-round-status]')).toBeVisible();
  await expect(page.locator('[data-round-dates]')).toContainText('13 января – 3 марта 2020');
  await expect(page.locator('figure[data-quote] time')).toHaveAttribute('datetime', programme.quote.date);
  await expect(page.locator('figure[data-quote] time')).toHaveText('18 сентября 2019');
});

test('topics: the list and each topic’s page', async ({ page }) => {
  const topics = await fromCms<any[]>('topics?sort=order:asc');
  await page.goto('/topics/');
  await expect(page.locator('[data-topic-list] > li')).toHaveCount(topics.length);
  for (const topic of topics) {
    await page.goto(`/topics/${topic.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
    await expect(page).toHaveTitle(new RegExp(topic.title));
  }
});

test('selection: stages with dates, what an application contains, the review, the six criteria', async ({ page }) => {
  const [round] = await fromCms<any[]>('selection-rounds?sort=year:desc');
  await page.goto('/selection/');
  const stages = page.locator('[data-timeline] > li');
  await expect(stages).toHaveCount(round.stages.length);
  await expect(stages.locator('h3')).toHaveText(round.stages.map((s: any) => s.title));
  await expect(stages.nth(0).locator('[data-stage-dates]')).toHaveText('13 января – 17 февраля 2020');
  await expect(stages.nth(1).locator('[data-stage-dates]')).toHaveText('17–23 февраля 2020');
  await expect(stages.nth(2).locator('[data-stage-dates]')).toHaveText('23 февраля – 2 марта 2020');
  await expect(stages.nth(3).locator('[data-stage-dates]')).toHaveText('3 марта 2020');
  await expect(page.locator('[data-requirements] > li')).toHaveCount(round.requirements.length);
  await expect(page.locator(`[data-team-size="${round.maxTeamSize}"]`)).toContainText(`До ${round.maxTeamSize} членов`);
  await expect(page.locator('[data-review-checks] > li')).toHaveCount(round.reviewChecks.length);
  const criteria = page.locator('[data-criteria] > li');
  await expect(criteria).toHaveCount(6);
  await expect(page.locator('[data-criteria] > li[data-based-on-votes="true"]')).toContainText('Общественная поддержка проекта');
  await expect(page.locator('[data-projects-per-expert]')).toHaveText('3 проекта');
  await expect(page.locator('[data-finalists-count]')).toHaveText('25 финалистов');
});

test('accelerator: the four modules and their results', async ({ page }) => {
  const modules = await fromCms<any[]>('accelerator-modules?sort=number:asc');
  await page.goto('/accelerator/');
  const items = page.locator('[data-modules] > li');
  await expect(items).toHaveCount(modules.length);
  for (const [i, m] of modules.entries()) await expect(items.nth(i)).toContainText(m.result);
});

test('platform: advantages, 2019 results in Russian number format, success stories', async ({ page }) => {
  const platform = await fromCms('platform');
  const stories = await fromCms<any[]>('success-stories?sort=order:asc');
  await page.goto('/platform/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(platform.name);
  for (const a of platform.advantages) await expect(page.getByText(a.text)).toBeVisible();
  const results = page.locator('[data-platform-results]');
  await expect(results).toContainText(ruNumber(101_948));
  await expect(results).toContainText(ruNumber(35_574));
  await expect(results).toContainText('3,5 млн');
  await expect(page.locator('[data-story-list] > li')).toHaveCount(stories.length);

  await page.locator('[data-story-list] a').first().click();
  await expect(page).toHaveURL(new RegExp(`/stories/${stories[0].slug}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(stories[0].title);
  await expect(page.locator('main')).toContainText(ruNumber(58_343));
});

test('practices: the list and a practice page with its figures', async ({ page }) => {
  const practices = await fromCms<any[]>('best-practices');
  await page.goto('/practices/');
  await expect(page.locator('li[data-practice]')).toHaveCount(practices.length);
  const surgut = practices.find((p) => p.city === 'Сургут');
  await page.getByRole('link', { name: surgut.title }).click();
  await expect(page).toHaveURL(new RegExp(`/practices/${surgut.slug}/$`));
  await expect(page.locator('[data-field="city"]')).toHaveText(surgut.city);
  await expect(page.locator('[data-field="region"]')).toHaveText(surgut.region);
  await expect(page.locator('main')).toContainText(ruNumber(8280));
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
});

test('the functions answer on the same origin: /api/health says «ok» and nothing more', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});
