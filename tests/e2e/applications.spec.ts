import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { outboxEmails } from '../support/outbox.ts';
import { rest } from '../support/portal.ts';
import { cmsUrl, editor, expectNoSeriousA11yViolations, rebuildSite } from './support.ts';

// An applicant applies, an editor publishes the project, a reviewer records the technical review.
// It opens the collection window and rebuilds the site, as publishing does in production, so it runs
// in the `publishing` project (playwright.config.ts): after the read-only tests, one spec at a time.
// It sets up all it needs itself and does not rely on the other publishing specs, nor they on it.
test.describe.configure({ mode: 'serial' });

const app = validApplication();
// Hostile but valid text: it must be shown as text on every page, never run.
app.title = 'Сад <img src=x onerror="window.__xss=1"> на крыше';
let reference = '';
let statusLink = '';

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|json|js|txt|xml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** What an editor does in the admin panel's edit view of an application. */
async function editApplication(patch: Record<string, unknown>): Promise<void> {
  const { token, jwt } = await editor();
  const { body } = await rest(cmsUrl(), `/api/applications?filters[reference][$eq]=${reference}`, { token });
  const res = await fetch(`${cmsUrl()}/content-manager/collection-types/api::application.application/${body.data[0].documentId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(res.status).toBe(200);
}

async function fill(page: Page, label: string, value: string, nth = 0) {
  await page.getByLabel(label, { exact: true }).nth(nth).fill(value);
}

test('an editor opens the collection window and the site is rebuilt', async () => {
  const { token } = await editor();
  const { body } = await rest(cmsUrl(), '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(-5), endDate: day(5) } : s));
  expect((await rest(cmsUrl(), `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);
  await rebuildSite();
});

test('an applicant fills the form, fixes a mistake, submits and gets a reference', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/apply/');
  await expect(page.locator('form.application-form[data-form-ready="true"]')).toBeVisible();
  await fill(page, 'Название проекта', app.title);
  await page.getByLabel('Тематика', { exact: true }).selectOption(app.topic);
  await fill(page, 'Город', app.city);
  await page.getByLabel('Регион', { exact: true }).selectOption(app.region);
  await fill(page, 'Краткое описание проекта', app.description);
  await fill(page, 'Проблема, которую решает проект', app.problem);
  await fill(page, 'Целевая аудитория', app.audience);
  await fill(page, 'Планируемый эффект', app.effect.text);
  const indicator = app.effect.indicators[0];
  await fill(page, 'Название показателя', indicator.name);
  await fill(page, 'Единица измерения', indicator.unit);
  await fill(page, 'Сейчас', String(indicator.baseline));
  await fill(page, 'Цель', String(indicator.target));
  // The mistake: items that do not add up to the total.
  await fill(page, 'Общий бюджет, ₽', '4500000');
  await fill(page, 'Статья расходов', 'Ремонт кровли');
  await fill(page, 'Сумма, ₽', '4000000');
  await page.getByLabel('Источник', { exact: true }).selectOption('co_financing');
  await fill(page, 'Ссылка на видеоролик', app.videoUrl);
  await fill(page, 'Образование', app.leaderCv.education);
  await fill(page, 'Опыт работы', app.leaderCv.experience);
  await fill(page, 'Достижения', app.leaderCv.achievements);
  await fill(page, 'Имя и фамилия', app.team[0].name);
  await fill(page, 'Роль в проекте', app.team[0].role);
  await fill(page, 'Компетенции', app.team[0].competences);
  await fill(page, 'Электронная почта', app.contacts.email);
  await fill(page, 'Телефон', app.contacts.phone);
  await page.getByLabel('Согласен(на) на обработку персональных данных').check();

  await page.getByRole('button', { name: 'Отправить заявку' }).click();
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Сумма статей не равна общему бюджету');

  await fill(page, 'Сумма, ₽', '4500000');
  await expect(page.locator('[data-budget-sum]')).toHaveAttribute('data-budget-match', 'true');
  await page.getByRole('button', { name: 'Отправить заявку' }).click();

  await expect(page.locator('[data-application-success]')).toBeVisible({ timeout: 20_000 });
  reference = (await page.locator('[data-application-reference]').textContent())!.trim();
  expect(reference).toMatch(/^2020-\d{6}$/);
  statusLink = (await page.locator('a[data-status-link]').getAttribute('href'))!;
  expect(statusLink).toContain('/application-status/#');
  expect(outboxEmails(process.env.PORTAL_OUTBOX!).some((e) => e.includes(reference))).toBe(true);
  await expectNoSeriousA11yViolations(page);
});

test('the status page shows the application as submitted', async ({ page }) => {
  await page.goto(new URL(statusLink).pathname + new URL(statusLink).hash);
  await expect(page.locator('[data-status-state="loaded"]')).toBeVisible();
  await expect(page.locator('[data-status-reference]')).toContainText(reference);
  await expect(page.locator('[data-status-title]')).toHaveText(app.title);
});

test('an editor publishes it: after the rebuild the project page is public, without contacts', async ({ page }) => {
  await editApplication({ moderation: 'published' });
  await rebuildSite();
  await page.goto('/projects/');
  await page.getByRole('link', { name: app.title }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${reference}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(app.title);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await page.goto('/projects/');
  await expect(page.locator(`li[data-project="${reference}"]`)).toContainText('<img src=x');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();

  // Nothing private anywhere in the built site.
  const secrets = [app.contacts.email, PRIVATE_MARKERS.phone, '987) 654', '9876543210', app.leaderCv.education];
  const leaks = builtFiles(process.env.PORTAL_SITE_DIR!).filter((file) => secrets.some((s) => readFileSync(file, 'utf8').includes(s)));
  expect(leaks).toEqual([]);
});

test('the regions map filters the projects list by keyboard, in step with the region select', async ({ page }) => {
  await page.goto('/projects/?sort=votes');
  const map = page.getByRole('figure', { name: 'Проекты по регионам' });
  const inRegion = await page.locator(`[data-project-list] > li[data-region="${app.region}"]`).count();
  expect(inRegion).toBeGreaterThan(0);
  await expect(map.locator(`[data-region-tile="${app.region}"]`)).toHaveAttribute('data-value', String(inRegion));
  const tile = map.getByRole('link', { name: new RegExp(`^${app.region}: `) });
  await tile.focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]region=/);
  const query = new URL(page.url()).searchParams;
  expect([query.get('region'), query.get('sort')]).toEqual([app.region, 'votes']);
  await expect(page.locator('[data-project-list] > li:visible')).toHaveCount(inRegion);
  await expect(page.locator('select[name="region"]')).toHaveValue(app.region);
  await expect(tile).toHaveAttribute('aria-current', 'true');
  await expect(tile).toBeFocused();
  await expect(page.locator('[data-project-count]')).toHaveText(/^Найдено: /);
  await expectNoSeriousA11yViolations(page);

  await map.getByRole('link', { name: 'Все регионы' }).click();
  await expect(page).toHaveURL(/\/projects\/\?sort=votes$/);
  await expect(page.locator('[data-project-count]')).toHaveText(/^Всего /);
  await expect(tile).not.toHaveAttribute('aria-current');
});

test('a reviewer records the technical review: status and project pages show the result', async ({ page }) => {
  const reason = 'Проект не относится к заявленной тематике';
  await editApplication({ topicFit: 'fail', topicFitReason: reason, completenessDecision: 'pass' });
  await rebuildSite();
  await page.goto(new URL(statusLink).pathname + new URL(statusLink).hash);
  await expect(page.locator('[data-status-state="loaded"]')).toBeVisible();
  await expect(page.locator('li[data-step="technical_review"]')).toHaveAttribute('data-step-state', 'failed');
  await expect(page.locator('main')).toContainText(reason);
  await page.goto(`/projects/${reference}/`);
  await expect(page.locator('[data-review-failed]')).toBeVisible();
  await expect(page.locator('[data-review-note]')).toContainText(reason);
});
