import { expect, test } from '@playwright/test';
import { contentManager, EDITOR } from '../support/portal.ts';
import { cmsUrl, editor, fromCms, rebuildSite } from './support.ts';

// Strapi's Preview (issue 19): an editor saves a draft, opens the preview from the edit view and sees
// the draft rendered by the site's own topic page with the «Черновик — предпросмотр» bar, while the
// public page keeps the published text. Each draft is discarded afterwards; the last test rebuilds the
// site (as every publish does), so this spec runs in the `publishing` project (playwright.config.ts).
test.describe.configure({ mode: 'serial' });

const UID = 'api::topic.topic';
const SLUG = 'historic-city';

test('an editor previews a topic\'s draft from the edit view; the public page keeps the published text', async ({ page }) => {
  // The admin panel is a large single-page app: starting it, and then its preview screen, takes tens of
  // seconds on two busy cores (the whole test took 66 s at a load average of 20).
  test.setTimeout(150_000);
  const [topic] = await fromCms<Array<{ documentId: string; description: string }>>(`topics?filters[slug][$eq]=${SLUG}`);
  expect(topic, `the seed's topic ${SLUG}`).toBeTruthy();
  const draftText = `Черновик редактора ${Date.now()}: новое описание тематики, ещё не опубликованное.`;
  const saved = await contentManager(cmsUrl(), editor().jwt, `${UID}/${topic!.documentId}`, { method: 'PUT', body: { description: draftText } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  try {
    // The edit view's preview, as an editor opens it (the panel asks to sign in first, then opens it).
    await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/${UID}/${topic!.documentId}/preview`);
    await page.locator('input[name="email"]').fill(EDITOR.email);
    await page.locator('input[name="password"]').fill(EDITOR.password);
    await page.locator('button[type="submit"]').click();
    // Strapi's preview screen frames the address the CMS's handler gave it (cms/config/admin.ts).
    await expect(page.locator('iframe')).toHaveAttribute('src', /\/preview\/\?type=topics&/, { timeout: 60_000 });
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-preview-bar="draft"]')).toContainText('Черновик — предпросмотр', { timeout: 30_000 });
    await expect(frame.getByText(draftText)).toBeVisible();
    await expect(frame.locator('h1')).toHaveText(/Исторический город|историческ/i);

    // The readers' page is the published one, unchanged and without the bar.
    const reader = await page.context().newPage();
    await reader.goto(`/topics/${SLUG}/`);
    await expect(reader.getByText(topic!.description.split('\n')[0]!.slice(0, 60)).first()).toBeVisible();
    await expect(reader.getByText(draftText)).toHaveCount(0);
    await expect(reader.locator('[data-preview-bar]')).toHaveCount(0);
  } finally {
    const discarded = await contentManager(cmsUrl(), editor().jwt, `${UID}/${topic!.documentId}/actions/discard`, { method: 'POST' });
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200);
  }
});

test('the preview page lets in only the CMS\'s address, is never cached or indexed, and only the CMS may frame it', async ({ request }) => {
  const [topic] = await fromCms<Array<{ documentId: string }>>(`topics?filters[slug][$eq]=${SLUG}`);
  const refused = await request.get(`/preview/?type=topics&documentId=${topic!.documentId}&secret=guessed`);
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toMatch(/Нет доступа к предпросмотру/);
  expect(refused.headers()['cache-control']).toBe('no-store');
  expect(refused.headers()['x-robots-tag']).toBe('noindex, nofollow');

  // The address the CMS gives its Preview: it points at this site and carries the secret.
  const shown = await request.get(await previewAddress(topic!.documentId));
  expect(shown.status()).toBe(200);
  const headers = shown.headers();
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  // Astro's policy of the page, with the framing rule the page adds (netlify.toml's X-Frame-Options
  // still arrives, and browsers ignore it when frame-ancestors is present: the first test frames it).
  expect(headers['content-security-policy']).toContain(`frame-ancestors ${new URL(cmsUrl()).origin};`);
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  const html = await shown.text();
  expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
  expect(html).toContain('data-preview-bar="draft"');

  // The public pages keep theirs: no framing at all.
  const publicPage = await request.get(`/topics/${SLUG}/`);
  expect(publicPage.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(publicPage.headers()['x-frame-options']).toBe('DENY');
});

// The adapter rewrites its function on every build; netlify dev reads only the staged copy
// (site/src/lib/preview/function-route.ts). Before, a rebuild under a running netlify dev left every
// /api function answering 404 and unknown addresses going to the preview function.
test('after a site rebuild the functions, the static 404 page and the preview all still answer', async ({ request }) => {
  const [topic] = await fromCms<Array<{ documentId: string }>>(`topics?filters[slug][$eq]=${SLUG}`);
  const draftText = `Черновик после пересборки ${Date.now()}.`;
  const saved = await contentManager(cmsUrl(), editor().jwt, `${UID}/${topic!.documentId}`, { method: 'PUT', body: { description: draftText } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  try {
    await rebuildSite();
    const health = await request.get('/api/health');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const missing = await request.get('/no-such-page/');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Страница не найдена');
    expect(missing.headers()['x-robots-tag']).toBeUndefined();
    const shown = await request.get(await previewAddress(topic!.documentId));
    expect(shown.status()).toBe(200);
    const html = await shown.text();
    expect(html).toContain(draftText);
    expect(html).toContain('data-preview-bar="draft"');
  } finally {
    const discarded = await contentManager(cmsUrl(), editor().jwt, `${UID}/${topic!.documentId}/actions/discard`, { method: 'POST' });
    expect(discarded.status, JSON.stringify(discarded.body)).toBe(200);
  }
});

/** The address the CMS gives its Preview for a topic (what the edit view frames). */
async function previewAddress(documentId: string): Promise<string> {
  const res = await fetch(`${cmsUrl()}/content-manager/preview/url/${UID}?documentId=${documentId}&status=draft`, {
    headers: { authorization: `Bearer ${editor().jwt}` },
  });
  expect(res.status).toBe(200);
  const { data } = (await res.json()) as { data: { url: string } };
  return data.url;
}
