import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { buildSite } from '../../scripts/lib/services.ts';
import { rest } from '../support/portal.ts';

/** The CMS the portal under test was built from (set by global-setup). */
export function cmsUrl(): string {
  const url = process.env.PORTAL_CMS_URL;
  if (!url) throw new Error('PORTAL_CMS_URL is not set: run the e2e tests through tests/playwright.config.ts');
  return url;
}

/** The editor's admin session and API token, signed in once by global-setup (Strapi rate-limits sign-ins). */
export function editor(): { token: string; jwt: string } {
  const token = process.env.PORTAL_EDITOR_TOKEN;
  const jwt = process.env.PORTAL_ADMIN_JWT;
  if (!token || !jwt) throw new Error('PORTAL_EDITOR_TOKEN / PORTAL_ADMIN_JWT are not set: run the e2e tests through tests/playwright.config.ts');
  return { token, jwt };
}

/**
 * What publishing does in production: the site is rebuilt from the CMS (into the folder global-setup
 * serves). A build is a whole `astro build`, 5–10 s on two busy cores, work the test's own 30 s were
 * never meant to cover: each rebuild adds REBUILD_BUDGET_MS to the running test's timeout.
 */
export const REBUILD_BUDGET_MS = 30_000;
export async function rebuildSite(): Promise<void> {
  const dir = process.env.PORTAL_SITE_DIR;
  if (!dir) throw new Error('PORTAL_SITE_DIR is not set: run the e2e tests through tests/playwright.config.ts');
  test.setTimeout(test.info().timeout + REBUILD_BUDGET_MS);
  await buildSite(cmsUrl(), dir);
}

/** Moves a stage of the round to run from `from` to `to` days from today, as an editor would. */
export async function moveStage(kind: string, from: number, to: number): Promise<void> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const round = (await rest(cmsUrl(), '/api/selection-rounds')).body.data[0];
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === kind ? { ...s, startDate: day(from), endDate: day(to) } : s));
  expect((await rest(cmsUrl(), `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token: editor().token, body: { data: { stages } } })).status).toBe(200);
}

/** Reads the CMS's public REST API, as the site build did. */
export async function fromCms<T = any>(path: string): Promise<T> {
  const res = await fetch(`${cmsUrl()}/api/${path}`);
  expect(res.status, `GET /api/${path}`).toBe(200);
  return ((await res.json()) as { data: T }).data;
}

/** Fails on any serious or critical accessibility violation axe-core finds. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** Russian digit grouping uses a no-break space: 101 948. */
export const ruNumber = (n: number) => new RegExp(new Intl.NumberFormat('ru-RU').format(n).replace(/\s/g, '\\s'));

/** A page served as the public gets it ships no JavaScript: no script files, no islands. */
export async function expectNoJavaScript(request: APIRequestContext, path: string): Promise<void> {
  const res = await request.get(path);
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
  expect(html).not.toContain('<astro-island');
}
