import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '@portal/schema/domain';
import { generateDemo } from '../../scripts/lib/demo/generate.ts';
import { ROOT, startStrapi } from '../../scripts/lib/services.ts';
import { adminLogin, contentManager, rest, startTestCms, type TestCms } from '../support/portal.ts';

// npm start's demo, loaded by a real Strapi from a generated dataset (DEMO_DATA) as npm start does,
// at the main selection: last year's round finished, this year's draw made and half scored.
// What a newcomer and an editor would look at: the public API and the admin panel's lists.

const year = Number(calendarDate(new Date(), 'Europe/Moscow').slice(0, 4));
let cms: TestCms;
let jwt: string;
let work: string;
let loadSeconds = Number.NaN;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-demo-'));
  const dataset = join(work, 'dataset.json');
  writeFileSync(dataset, JSON.stringify(generateDemo({ seed: 2026, stage: 'main_selection', today: new Date() })));
  cms = await startTestCms({ DEMO_DATA: dataset, OUTBOX_DIR: join(work, 'outbox') });
  const loaded = /demo: loaded;.*\((\d+(?:\.\d+)?) s\)/.exec(readFileSync(join(cms.dir, 'strapi.log'), 'utf8'));
  if (loaded) loadSeconds = Number(loaded[1]);
  jwt = await adminLogin(cms.url);
}, 240_000);

afterAll(async () => {
  await cms?.dispose();
  rmSync(work, { recursive: true, force: true });
});

/**
 * The site built from `strapiUrl` as Netlify builds it (netlify.toml's `build:site`, CONTEXT=production)
 * or, with `local`, as npm start does. Its first half, `build:schema`, is left out: npm test built
 * the package already, and rewriting schema/dist here could hand a half-written file to a Strapi
 * that the PostgreSQL suite starts at the same time.
 */
async function netlifyBuild(strapiUrl: string, outDir: string, { local = false } = {}): Promise<{ code: number; output: string }> {
  const where = local ? { CONTEXT: '', NETLIFY: '' } : { NETLIFY: 'true', CONTEXT: 'production' };
  const child = spawn('npm', ['run', '--silent', 'build:site'], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_URL: strapiUrl, SITE_OUT_DIR: outDir, ...where },
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  return { code, output };
}

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every entry of a public collection, page by page as the site's loader reads it. */
async function all(path: string): Promise<any[]> {
  const entries: any[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await rest(cms.url, `/api/${path}${path.includes('?') ? '&' : '?'}pagination[page]=${page}&pagination[pageSize]=100`);
    expect(status, path).toBe(200);
    entries.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return entries;
  }
}

/** How many entries of a private type an editor sees in the admin panel's list with `filters`. */
async function editorCount(uid: string, filters = ''): Promise<number> {
  const { status, body } = await contentManager(cms.url, jwt, `${uid}?page=1&pageSize=1${filters}`);
  expect(status, uid).toBe(200);
  return body.pagination.total as number;
}

describe('the demo round that npm start loads', () => {
  // How fast is bench:demo's to measure (target ≤ 60 s); here the other suite may share the cores.
  it('loads completely, and the CMS log says in how many seconds', () => {
    expect(loadSeconds, 'the CMS log has no «demo: loaded» line').toBeGreaterThan(0);
  });

  it('says it is a demo, at which stage, in its public API', async () => {
    const { body } = await rest(cms.url, '/api/demo');
    expect(body).toMatchObject({ demo: true, seed: 2026, stage: 'main_selection' });
  });

  it("has at least 150 of this year's projects from 60 cities in 40 regions, in all five topics", async () => {
    const projects = (await all(`projects?filters[year][$eq]=${year}`)) as Array<{ city: string; region: string; topic: { slug: string } | null }>;
    expect(projects.length).toBeGreaterThanOrEqual(150);
    expect(new Set(projects.map((p) => p.city)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(projects.map((p) => p.region)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(projects.map((p) => p.topic?.slug)).size).toBe(5);
  });

  it('has applications waiting for moderation and refused ones, each refusal with its reason', async () => {
    const uid = 'api::application.application';
    expect(await editorCount(uid, '&filters[moderation][$eq]=pending')).toBeGreaterThan(0);
    expect(await editorCount(uid, '&filters[moderation][$eq]=rejected')).toBeGreaterThan(0);
    expect(await editorCount(uid, '&filters[moderation][$eq]=rejected&filters[moderationReason][$null]=true')).toBe(0);
    const failed = await all(`projects?filters[year][$eq]=${year}&filters[stage][$eq]=review_failed`);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((p) => typeof p.reviewNote === 'string' && p.reviewNote.length > 10)).toBe(true);
  });

  it('has over 3,000 verified residents whose votes are uneven, as real votes are', async () => {
    expect(await editorCount('api::voter.voter')).toBeGreaterThanOrEqual(3000);
    const { body: counts } = await rest(cms.url, '/api/votes/counts');
    const perProject = (Object.values(counts.projects) as number[]).sort((a, b) => b - a);
    const top = perProject.slice(0, Math.ceil(perProject.length / 10)).reduce((s, n) => s + n, 0);
    expect(top / counts.total).toBeGreaterThan(0.35);
    expect(perProject.at(-1)).toBeLessThan(perProject[0]! / 10);
  });

  it('has refinements pending, hidden, approved and answered by teams, and ideas with votes', async () => {
    const uid = 'api::refinement.refinement';
    for (const state of ['pending', 'hidden', 'approved']) expect(await editorCount(uid, `&filters[moderation][$eq]=${state}`), state).toBeGreaterThan(0);
    const approved = await all('refinements');
    expect(approved.some((r) => r.response === 'accepted' && r.reply)).toBe(true);
    expect(approved.some((r) => r.response === 'declined' && r.reply)).toBe(true);
    const ideas = await all('ideas');
    const { body: counts } = await rest(cms.url, '/api/votes/counts');
    expect(ideas.length).toBeGreaterThan(20);
    expect(ideas.filter((i) => (counts.ideas[i.documentId] ?? 0) > 0).length).toBeGreaterThan(10);
  });

  it("has last year's round finished: its draw revealed and 25 finalists announced", async () => {
    const draws = await all(`draws?filters[year][$eq]=${year - 1}`);
    expect(draws[0]?.revealedSeed).toMatch(/^[0-9a-f]{64}$/);
    const finalists = await all(`projects?filters[year][$eq]=${year - 1}&filters[stage][$eq]=finalist`);
    expect(finalists).toHaveLength(25);
    expect(finalists.map((p) => p.selectionRank).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("has this year's draw made, some reviews saved and some still to do", async () => {
    const uid = 'api::review.review';
    expect(await editorCount(uid, `&filters[year][$eq]=${year}&filters[state][$eq]=submitted`)).toBeGreaterThan(0);
    expect(await editorCount(uid, `&filters[year][$eq]=${year}&filters[state][$eq]=assigned`)).toBeGreaterThan(0);
    const draws = await all(`draws?filters[year][$eq]=${year}`);
    expect(draws[0]?.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(draws[0]?.revealedSeed ?? null).toBeNull();
  });

  it('a local build from the demo CMS, as npm start makes it, says «Демонстрационные данные» on every page', async () => {
    const outDir = join(work, 'local');
    const { code, output } = await netlifyBuild(cms.url, outDir, { local: true });
    expect(code, output).toBe(0);
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(150);
    const without = pages.filter((file) => !/<div class="demo-notice" role="note" data-demo-notice>\s*<strong>Демонстрационные данные\.<\/strong>/.test(readFileSync(file, 'utf8')));
    expect(without.map((file) => file.slice(outDir.length))).toEqual([]);
  });

  it('a public build from the demo CMS, made the way Netlify builds, stops and publishes nothing', async () => {
    const outDir = join(work, 'dist');
    const { code, output } = await netlifyBuild(cms.url, outDir);
    expect(code, output).not.toBe(0);
    expect(output).toContain('holds generated demo data');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('demo data never reach production', () => {
  it('a CMS started with NODE_ENV=production refuses to load the demo, and stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-demo-prod-'));
    try {
      const dataset = join(dir, 'dataset.json');
      writeFileSync(dataset, '{}');
      const started = startStrapi({ dbFile: join(dir, 'data.db'), env: { NODE_ENV: 'production', DEMO_DATA: dataset, VOTER_HASH_KEY: 'test-voter-hash-key-0123456789' }, logFile: join(dir, 'strapi.log') });
      await expect(started).rejects.toThrow(/exited with code/);
      expect(readFileSync(join(dir, 'strapi.log'), 'utf8')).toContain('Demo data never goes into a production database');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a Netlify build from the programme's real content has no demo notice and no demo entry", async () => {
    const archive = await startTestCms();
    const outDir = join(archive.dir, 'dist');
    try {
      const { code, output } = await netlifyBuild(archive.url, outDir);
      expect(code, output).toBe(0);
      const demo = generateDemo({ seed: 2026, stage: 'collection', today: new Date() });
      const titles = demo.applications.map((a) => String((a.data as { title: string }).title).replace(/"/g, '&quot;'));
      const pages = htmlFiles(outDir);
      expect(pages.length).toBeGreaterThan(10);
      const found = pages.flatMap((file) => {
        const html = readFileSync(file, 'utf8');
        return [...['Демонстрационные данные', 'data-demo-notice', demo.demoResident, demo.demoExpert], ...titles].filter((marker) => html.includes(marker)).map((marker) => `${file.slice(outDir.length)}: ${marker}`);
      });
      expect(found).toEqual([]);
    } finally {
      await archive.dispose();
    }
  });
});
