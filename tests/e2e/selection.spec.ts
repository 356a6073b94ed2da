import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { validApplication } from '../fixtures/application.ts';
import { outboxEmails } from '../support/outbox.ts';
import { contentManager, rest } from '../support/portal.ts';
import { cmsUrl, editor, expectNoSeriousA11yViolations, moveStage, rebuildSite } from './support.ts';

// The main selection in the browser: the editor draws, an expert signs in from the emailed link,
// scores a project and edits the score, cannot open a project that is not theirs; the working group
// confirms finalists and the site shows them on the announcement date.
// It publishes content and rebuilds the site, so it runs in the `publishing` project
// (playwright.config.ts), one spec at a time; it moves the stages it needs itself.
test.describe.configure({ mode: 'serial' });

const CITIES = ['Казань', 'Пермь', 'Томск', 'Самара'];
const EXPERTS = [
  { name: 'Ирина Экспертова', email: 'irina.e2e@example.org', city: 'Москва', listedPublicly: true },
  { name: 'Олег Судейкин', email: 'oleg.e2e@example.org', city: 'Омск', listedPublicly: false },
];
const references: string[] = [];

/** The sign-in link of the latest email to an expert, as a path of the portal. */
function signInPath(name: string): string {
  const mail = outboxEmails(process.env.PORTAL_OUTBOX!).filter((m) => m.includes(name) && m.includes('/expert/#')).at(-1) ?? '';
  const link = /(https?:\/\/\S+\/expert\/#[A-Za-z0-9_-]+)/.exec(mail)?.[1];
  if (!link) throw new Error(`no sign-in link for ${name}`);
  return new URL(link).pathname + new URL(link).hash;
}

test('four projects pass the technical review; the editor draws the experts', async () => {
  const { token, jwt } = editor();
  const year = (await rest(cmsUrl(), '/api/selection-rounds')).body.data[0].year;
  for (const [i, city] of CITIES.entries()) {
    const submitted = await rest(cmsUrl(), '/api/applications/submit', {
      method: 'POST',
      token,
      body: { data: { ...validApplication(), title: `Отбор e2e ${i + 1}: ${city}`, city }, idempotencyKey: `e2e-selection-${i}-${'s'.repeat(16)}`, year },
    });
    references.push(submitted.body.reference);
    const found = await rest(cmsUrl(), `/api/applications?filters[reference][$eq]=${submitted.body.reference}`, { token });
    const edit = await contentManager(cmsUrl(), jwt, `api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: { moderation: 'published', topicFit: 'pass', completenessDecision: 'pass' } });
    expect(edit.status).toBe(200);
  }
  for (const e of EXPERTS) expect((await contentManager(cmsUrl(), jwt, 'api::expert.expert', { method: 'POST', body: e })).status).toBe(201);
  await moveStage('main_selection', -2, 2);
  await moveStage('announcement', 5, 5);
  const draw = await contentManager(cmsUrl(), jwt, 'api::draw.draw', { method: 'POST', body: { year } });
  expect(draw.status).toBe(201);
  expect((await contentManager(cmsUrl(), jwt, `api::draw.draw/${draw.body.data.documentId}`, { method: 'PUT', body: { stage: 'drawn' } })).status).toBe(200);
  await rebuildSite();
});

test('the selection page shows the seed\'s hash; the finalists page names the announcement date', async ({ page }) => {
  const hash = (await rest(cmsUrl(), '/api/draws')).body.data[0].seedHash;
  await page.goto('/selection/');
  await expect(page.locator('[data-draw-hash]')).toContainText(hash);
  await expect(page.locator('[data-council]')).toContainText('Ирина Экспертова');
  await expect(page.locator('[data-council]')).not.toContainText('Олег Судейкин');
  await page.goto('/finalists/');
  await expect(page.locator('[data-finalists-pending]')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe('an expert', () => {
  // One expert, one browser: the session cookie from the emailed link carries over from test to test.
  let context: BrowserContext;
  let page: Page;
  let assigned: string[] = [];
  test.beforeAll(async ({ browser, baseURL }) => {
    context = await browser.newContext({ baseURL, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context?.close();
  });

  test('signs in from the emailed link and sees the three projects assigned to them', async () => {
    await page.goto(signInPath('Ирина Экспертова'));
    const desk = page.locator('[data-expert-desk]');
    await expect(desk).toContainText('Ирина Экспертова');
    await expect(page).not.toHaveURL(/#/);
    const mine = page.locator('[data-expert-project]');
    await expect(mine).toHaveCount(3);
    assigned = await mine.evaluateAll((links) => links.map((a) => a.getAttribute('data-expert-project')!));
    await expectNoSeriousA11yViolations(page);
  });

  test('scores a project and edits the score', async () => {
    await page.locator('[data-expert-project]').first().click();
    const form = page.locator('[data-expert-review-form]');
    const criteria = form.locator('[data-criterion]');
    const n = await criteria.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i += 1) await criteria.nth(i).locator('[data-score-input]').fill('7');
    await form.locator('[data-overall-comment]').fill('Проблема понятна, эффект измерим, команда справится.');
    await form.locator('[data-save-review]').click();
    await expect(page.locator('[data-review-total]')).toContainText('70 из 100');
    await expectNoSeriousA11yViolations(page);

    await criteria.nth(0).locator('[data-score-input]').fill('10');
    await form.locator('[data-save-review]').click();
    const expected = Math.round((100 * (10 + 7 * (n - 1))) / (10 * n));
    await expect(page.locator('[data-review-total]')).toContainText(`${expected} из 100`);
  });

  test('cannot open a project that is not theirs, in the page nor through the function', async () => {
    const other = references.find((r) => !assigned.includes(r))!;
    expect(other).toBeDefined();
    await page.goto(`/expert/?project=${other}`);
    await expect(page.locator('[data-not-assigned]')).toContainText('Этот проект вам не назначен');
    await expect(page.locator('[data-expert-review-form]')).toHaveCount(0);
    // Nor through the function directly, with the expert's own cookie.
    const forged = await page.request.put(`/api/experts/reviews/${other}`, { data: { scores: [], overallComment: 'x'.repeat(30) } });
    expect(forged.status()).toBe(404);
  });
});

test('the finalists page lists the confirmed finalists on the announcement date', async ({ page }) => {
  const { jwt } = editor();
  const year = (await rest(cmsUrl(), '/api/selection-rounds')).body.data[0].year;
  const result = await contentManager(cmsUrl(), jwt, 'api::selection-result.selection-result', { method: 'POST', body: { year } });
  expect(result.status).toBe(201);
  const finalists = references.slice(0, 2);
  await contentManager(cmsUrl(), jwt, `api::selection-result.selection-result/${result.body.data.documentId}`, { method: 'PUT', body: { finalists: finalists.join('\n'), confirmed: true } });
  await moveStage('main_selection', -10, -5);
  await moveStage('announcement', 0, 0);
  // The hourly job announces; a save of the result does it at once.
  await contentManager(cmsUrl(), jwt, `api::selection-result.selection-result/${result.body.data.documentId}`, { method: 'PUT', body: { confirmed: true } });
  await rebuildSite();

  await page.goto('/finalists/');
  const list = page.locator('[data-finalists]');
  for (const reference of finalists) await expect(list.locator(`[data-finalist="${reference}"]`)).toBeVisible();
  await expect(list.locator('[data-finalist]')).toHaveCount(2);
  await list.locator(`[data-finalist="${finalists[0]}"] a`).first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${finalists[0]}/`));
  await expectNoSeriousA11yViolations(page);
});
