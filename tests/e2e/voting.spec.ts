import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { statusToken } from '@portal/schema/status-link';
import { validApplication } from '../fixtures/application.ts';
import { latestCode } from '../support/outbox.ts';
import { contentManager, rest } from '../support/portal.ts';
import { cmsUrl, editor, expectNoSeriousA11yViolations, rebuildSite } from './support.ts';

// A resident verifies by a code from their mail, votes with the keyboard, is told a second vote is
// already counted, votes for an idea, leaves a refinement that appears once a moderator approves it.
// It publishes a project and rebuilds the site, so it runs in the `publishing` project
// (playwright.config.ts), one spec at a time; it opens the voting window itself.
test.describe.configure({ mode: 'serial' });

const STATUS_SECRET = 'e2e-status-link-secret-0123456789';
const EMAIL = 'resident.e2e@example.ru';
let reference = '';
let projectId = '';
// One resident, one browser: the session cookie carries over from test to test, as on a real visit.
let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser, baseURL }) => {
  context = await browser.newContext({ baseURL, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
  page = await context.newPage();
});
test.afterAll(async () => {
  await context?.close();
});

test('a published project with an idea, inside the voting window', async ({ request }) => {
  const { token, jwt } = await editor();
  const { body: rounds } = await rest(cmsUrl(), '/api/selection-rounds');
  const round = rounds.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(-5), endDate: day(5) } : s));
  expect((await rest(cmsUrl(), `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);

  const submitted = await rest(cmsUrl(), '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: { ...validApplication(), title: 'Набережная для всех' }, idempotencyKey: `e2e-voting-${'v'.repeat(16)}`, year: round.year },
  });
  reference = submitted.body.reference;
  const found = await rest(cmsUrl(), `/api/applications?filters[reference][$eq]=${reference}`, { token });
  expect((await contentManager(cmsUrl(), jwt, `api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: { moderation: 'published' } })).status).toBe(200);
  projectId = (await rest(cmsUrl(), `/api/projects?filters[reference][$eq]=${reference}`)).body.data[0].documentId;

  // The team proposes an idea from its private status link, through the portal's function; a
  // moderator publishes it.
  const idea = await request.post('/api/team/ideas', { data: { token: statusToken(reference, STATUS_SECRET), title: 'Амфитеатр у воды', description: 'Ступени к реке' } });
  expect(idea.status()).toBe(201);
  const ideaId = ((await idea.json()) as { documentId: string }).documentId;
  expect((await contentManager(cmsUrl(), jwt, `api::idea.idea/${ideaId}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
  await rebuildSite();
});

test('a resident verifies by email code, votes by keyboard, and a second vote is counted once', async () => {
  await page.goto(`/projects/${reference}/`);
  const panel = page.locator(`[data-vote-panel="${projectId}"]`);
  await expect(panel.locator('[data-vote-count]')).toHaveAttribute('data-vote-count', '0');
  const vote = panel.locator('[data-vote-button]');
  await expect(vote).toBeEnabled();
  await vote.focus();
  await page.keyboard.press('Enter');

  await page.getByLabel('Электронная почта').fill(EMAIL);
  await page.getByRole('button', { name: 'Получить код' }).click();
  const code = page.getByLabel('Код из письма');
  await expect(code).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await code.fill(latestCode(process.env.PORTAL_OUTBOX!, EMAIL));
  await page.keyboard.press('Enter');

  await expect(panel.locator('[data-vote-message]')).toHaveText('Ваш голос учтён');
  await expect(panel.locator('[data-vote-count]')).toHaveAttribute('data-vote-count', '1');
  await expect(vote).toHaveAttribute('aria-pressed', 'true');

  await vote.click();
  await expect(panel.locator('[data-vote-message]')).toHaveText('Вы уже поддержали этот проект — голос учитывается один раз');
  await expect(panel.locator('[data-vote-count]')).toHaveAttribute('data-vote-count', '1');
  const counts = await (await fetch(`${cmsUrl()}/api/votes/counts`)).json();
  expect(counts.projects[projectId]).toBe(1);

  // The session survives a reload (HttpOnly cookie): the resident sees their vote, not a sign-in.
  await page.reload();
  await expect(panel.locator('[data-vote-button]')).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousA11yViolations(page);
});

test('the resident votes for an idea inside the project', async () => {
  await page.goto(`/projects/${reference}/`);
  const idea = page.locator('[data-idea]').filter({ hasText: 'Амфитеатр у воды' });
  await idea.getByRole('button', { name: /Поддержать/ }).click();
  await expect(idea.locator('[data-vote-count]')).toHaveAttribute('data-vote-count', '1');
});

test('a refinement appears on the project page after a moderator approves it', async () => {
  await page.goto(`/projects/${reference}/`);
  const text = 'Добавить пандусы к спуску на набережную для колясок';
  await page.getByLabel('Ваша доработка').fill(text);
  await page.getByRole('button', { name: 'Отправить доработку' }).click();
  await expect(page.locator('[data-refinement-message]')).toContainText('после проверки модератором');

  const { jwt } = await editor();
  const pending = await contentManager(cmsUrl(), jwt, 'api::refinement.refinement?filters[moderation][$eq]=pending');
  const mine = pending.body.results.find((r: any) => r.text === text);
  expect(mine).toBeTruthy();
  expect((await contentManager(cmsUrl(), jwt, `api::refinement.refinement/${mine.documentId}`, { method: 'PUT', body: { moderation: 'approved' } })).status).toBe(200);
  await rebuildSite();

  await page.goto(`/projects/${reference}/`);
  await expect(page.locator(`[data-refinement="${mine.documentId}"]`)).toContainText(text);
  await expect(page.locator('[data-refinement-stats]')).toContainText('1 доработка');
  await expectNoSeriousA11yViolations(page);
});

test('the projects list shows the votes and sorts by them', async () => {
  await page.goto('/projects/?sort=votes');
  const first = page.locator('[data-project]').first();
  await expect(first).toHaveAttribute('data-project', reference);
  await expect(first.locator('[data-project-votes]')).toContainText('1 голос');
});
