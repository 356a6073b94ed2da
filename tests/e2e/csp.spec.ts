import { expect, type Page, test } from '@playwright/test';
import { validApplication } from '../fixtures/application.ts';
import { contentManager, rest } from '../support/portal.ts';
import { cmsUrl, editor, fromCms, moveStage, rebuildSite } from './support.ts';

// Every page type under the portal's Content-Security-Policy, as netlify dev serves it with
// netlify.toml's headers: the header and Astro's <meta> policy are there, no script, style, image or
// request is refused (no `securitypolicyviolation` event, no CSP message in the console), and the
// page's scripts still work (one interaction per page type that has an island or a script).
// It publishes a project (the project page exists only then) and rebuilds the site, so it runs in the
// `publishing` project (playwright.config.ts). Its tests are independent after the first: one page
// failing does not hide the others.

const PROJECT_TITLE = 'Проверка политики безопасности: сквер у школы';

interface PageType {
  name: string;
  path: () => string | Promise<string>;
  /** What a visitor would see only if the page's scripts ran. */
  works?: (page: Page) => Promise<void>;
}

const first = async (type: string) => (await fromCms<Array<{ slug: string }>>(type))[0]!.slug;
const published = async () => {
  const projects = await fromCms<Array<{ title: string; reference: string }>>(`projects?filters[title][$eq]=${encodeURIComponent(PROJECT_TITLE)}`);
  return projects[0]!.reference;
};

/** The page types; a new page type is one more entry. */
const PAGES: PageType[] = [
  { name: 'home', path: () => '/' },
  { name: 'selection (programme)', path: () => '/selection/' },
  { name: 'accelerator (programme)', path: () => '/accelerator/' },
  { name: 'platform (programme)', path: () => '/platform/' },
  { name: 'topics', path: () => '/topics/' },
  { name: 'topic', path: async () => `/topics/${await first('topics')}/` },
  { name: 'stories', path: () => '/stories/' },
  { name: 'story', path: async () => `/stories/${await first('success-stories')}/` },
  {
    name: 'statistics (charts and the regions map)',
    path: () => '/stats/',
    works: async (page) => {
      await expect(page.locator('[data-region-map]').first()).toBeVisible();
      // The charts are same-origin SVG files: the policy lets them load.
      const chart = page.locator('img.chart-image').first();
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    },
  },
  { name: 'open data', path: () => '/open-data/' },
  {
    name: 'site search (a shared query; the header form on every other page)',
    path: () => '/search/?q=Чусовой',
    works: async (page) => {
      await expect(page.locator('[data-search-group="practices"] li mark').first()).toBeVisible();
      await page.getByRole('searchbox', { name: 'Найти на сайте' }).fill('Чксвой');
      await expect(page.locator('[data-search-suggestion]')).toBeVisible();
    },
  },
  {
    name: 'practices list',
    path: () => '/practices/',
    works: async (page) => {
      await page.getByRole('searchbox', { name: 'Найти практику' }).fill('парк');
      await expect(page.getByRole('status')).toHaveText(/Найден[аоы]? \d+ практик/);
    },
  },
  {
    name: 'practices search (a shared query)',
    path: () => '/practices/?q=парк',
    works: async (page) => expect(page.locator('[data-search-results] > li').first()).toBeVisible(),
  },
  { name: 'practice', path: async () => `/practices/${await first('best-practices')}/` },
  {
    name: 'practices print',
    path: () => '/practices/print/?region=Пермский край',
    works: async (page) => {
      await expect(page.locator('[data-filter-status]')).toContainText('Показать весь сборник');
      // The print dialog itself is the browser's; the page's part is to open it.
      await page.evaluate(() => (window.print = () => void (document.body.dataset.printed = 'yes')));
      await page.getByRole('button', { name: 'Распечатать' }).click();
      await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    },
  },
  {
    name: 'projects list',
    path: () => '/projects/',
    works: async (page) => expect(page.locator('form[data-project-filters]')).toBeVisible(),
  },
  {
    name: 'project',
    path: async () => `/projects/${await published()}/`,
    // The islands' own part, without waiting for a function: «sign in to propose» opens the sign-in.
    works: async (page) => {
      await page.getByRole('button', { name: 'Войти и предложить доработку' }).click();
      await expect(page.getByLabel('Электронная почта')).toBeVisible();
    },
  },
  { name: 'finalists', path: () => '/finalists/' },
  {
    name: 'apply',
    path: () => '/apply/',
    works: async (page) => expect(page.locator('form.application-form[data-form-ready="true"]')).toBeVisible(),
  },
  {
    name: 'application status',
    path: () => '/application-status/',
    works: async (page) => expect(page.locator('[data-status-no-token]')).toBeVisible(),
  },
  {
    name: 'expert desk',
    path: () => '/expert/',
    // Signed out is known only after the desk asked /api/experts/me: a request connect-src must allow.
    works: async (page) => expect(page.locator('[data-expert-state="signed-out"]')).toBeVisible(),
  },
  { name: '404', path: () => '/no-such-page/' },
];

/** Records what the page's policies refuse, from before the first script of every document. */
async function watchViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => refused.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(line: string): void }).reportCspViolation(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) refused.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => refused.push(`page error: ${error.message}`));
  return refused;
}

test('a published project, so that the project page exists, and the application form open', async () => {
  // As an editor would: the application comes in through the CMS and is published from the admin panel.
  await moveStage('collection', -5, 5);
  const { token, jwt } = editor();
  const { year } = (await rest(cmsUrl(), '/api/selection-rounds')).body.data[0];
  const application = { data: { ...validApplication(), title: PROJECT_TITLE }, idempotencyKey: `e2e-csp-${'c'.repeat(16)}`, year };
  const { status, body } = await rest(cmsUrl(), '/api/applications/submit', { method: 'POST', token, body: application });
  expect(status).toBe(201);
  const [stored] = (await rest(cmsUrl(), `/api/applications?filters[reference][$eq]=${body.reference}`, { token })).body.data;
  const moderated = await contentManager(cmsUrl(), jwt, `api::application.application/${stored.documentId}`, { method: 'PUT', body: { moderation: 'published' } });
  expect(moderated.status).toBe(200);
  await rebuildSite();
});

for (const type of PAGES) {
  test(`${type.name}: served under the policy, nothing refused, its scripts work`, async ({ page }) => {
    const refused = await watchViolations(page);
    const response = await page.goto(await type.path());
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self'/);
    expect(meta).toContain("connect-src 'self'");
    // Every island hydrated: Astro drops `ssr` from an island once its script has run.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await type.works?.(page);
    expect(refused).toEqual([]);
  });
}
