import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../bench/lib/static-server.ts';
import { ROOT } from '../../scripts/lib/services.ts';
import { addSampleProjects, seedDocuments, startServer, strapiHandler } from '../../site/test-fixtures/fake-strapi.ts';

// Sharing and discovery on a real `astro build` (issue 15, point 6): every section has an index page,
// the sitemap, robots.txt and RSS feeds, Open Graph tags with a generated image on every page, and
// schema.org data blocks. The CMS is the site's stand-in serving content/ with two sample projects.

const SITE_URL = 'https://100gorodov.example';
const work = mkdtempSync(join(tmpdir(), 'portal-discovery-'));
const dist = join(work, 'dist');
const ogCache = join(work, 'og-cache');
let site: Awaited<ReturnType<typeof serveDirectory>>;
let firstBuildStats: { images: number; rendered: number; cached: number };

async function build(): Promise<{ images: number; rendered: number; cached: number }> {
  const statsFile = join(work, `og-stats-${Date.now()}.json`);
  const child = spawn('npm', ['run', '--silent', 'build', '-w', 'site'], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_URL: cmsUrl, SITE_OUT_DIR: dist, SITE_URL, OG_CACHE_DIR: ogCache, OG_STATS_FILE: statsFile },
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  expect(code, output).toBe(0);
  return JSON.parse(readFileSync(statsFile, 'utf8'));
}

let cmsUrl = '';
let closeCms = async () => undefined as void;

beforeAll(async () => {
  const documents = await seedDocuments(join(ROOT, 'content'));
  addSampleProjects(documents);
  const cms = await startServer(strapiHandler(documents));
  cmsUrl = cms.url;
  closeCms = cms.close;
  firstBuildStats = await build();
  site = await serveDirectory(dist);
});

afterAll(async () => {
  await site?.close();
  await closeCms();
  rmSync(work, { recursive: true, force: true });
});

/** Every built HTML page as its URL path («/practices/surgut-park/»), the 404 page left out. */
function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

const html = (path: string) => parseHTML(readFileSync(join(dist, path, 'index.html'), 'utf8')).document;
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
const xml = (path: string) => new DOMParser().parseFromString(readFileSync(join(dist, path), 'utf8'), 'text/xml') as unknown as Document;
const ldBlocks = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent ?? '')].flat());

describe('every section has an index page', () => {
  it('answers 200 for every path prefix of every built page', async () => {
    const pages = builtPages();
    expect(pages).toContain('/stories/surgut-park/');
    const prefixes = new Set<string>();
    for (const page of pages) {
      const parts = page.split('/').filter(Boolean);
      for (let i = 0; i <= parts.length; i++) prefixes.add(`/${parts.slice(0, i).map((p) => `${p}/`).join('')}`);
    }
    const answers = await Promise.all(
      [...prefixes].map(async (prefix) => [prefix, (await fetch(`${site.url}${prefix}`)).status] as const),
    );
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
    expect(prefixes).toContain('/stories/');
  });

  it('lists every success story on /stories/ and offers the feeds there', () => {
    const doc = html('/stories/');
    const links = [...doc.querySelectorAll('[data-story-list] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/stories/surgut-park/', '/stories/chusovoy-ski-capital/']));
    const feeds = [...doc.querySelectorAll('[data-feed-list] a')].map((a) => a.getAttribute('href'));
    expect(feeds).toEqual(['/stories/rss.xml', '/practices/rss.xml', '/selection/rss.xml']);
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every public page by its full address and none of the private ones', () => {
    const index = xml('sitemap-index.xml');
    const sitemaps = [...index.querySelectorAll('sitemap > loc')].map((l) => new URL(l.textContent!.trim()).pathname);
    const listed = sitemaps.flatMap((s) => [...xml(s).querySelectorAll('url > loc')].map((l) => l.textContent!.trim()));
    const publicPages = builtPages().filter((p) => !['/expert/', '/application-status/', '/practices/print/'].includes(p));
    expect(listed.sort()).toEqual(publicPages.map((p) => `${SITE_URL}${p}`).sort());
    for (const hidden of ['/expert/', '/application-status/', '/practices/print/']) {
      expect(meta(html(hidden), 'robots'), hidden).toContain('noindex');
    }
  });

  it('names the sitemap in robots.txt', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`);
  });
});

describe('RSS feeds', () => {
  it('are RSS 2.0 in Russian whose every item links a built page', () => {
    for (const feed of ['/stories/rss.xml', '/practices/rss.xml', '/selection/rss.xml']) {
      const doc = xml(feed);
      expect(doc.querySelector('rss')?.getAttribute('version'), feed).toBe('2.0');
      expect(doc.querySelector('channel > language')?.textContent).toBe('ru');
      const items = [...doc.querySelectorAll('item')];
      expect(items.length, feed).toBeGreaterThan(0);
      for (const item of items) {
        const link = new URL(item.querySelector('link')!.textContent!.trim());
        expect(link.origin).toBe(SITE_URL);
        expect(existsSync(join(dist, link.pathname, 'index.html')), link.href).toBe(true);
        expect(item.querySelector('title')?.textContent?.trim()).toBeTruthy();
      }
    }
    const news = [...xml('/selection/rss.xml').querySelectorAll('item > title')].map((t) => t.textContent);
    expect(news.at(-1)).toMatch(/^Начался приём заявок — /);
  });

  it('are announced in the head of every page', () => {
    const links = [...html('/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href'));
    expect(links).toEqual(['/stories/rss.xml', '/practices/rss.xml', '/selection/rss.xml']);
  });
});

describe('Open Graph and Twitter cards', () => {
  it('every page has its title, description, address, locale, site name and a 1200×630 PNG that exists', () => {
    for (const path of builtPages()) {
      const doc = html(path);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']) {
        expect(meta(doc, key), `${path} ${key}`).toBeTruthy();
      }
      expect(meta(doc, 'og:locale'), path).toBe('ru_RU');
      expect(meta(doc, 'og:url'), path).toBe(`${SITE_URL}${path}`);
      expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
      const image = new URL(meta(doc, 'og:image')!);
      expect(meta(doc, 'twitter:image'), path).toBe(image.href);
      expect(image.origin, path).toBe(SITE_URL);
      const png = readFileSync(join(dist, image.pathname));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  it('gives each practice, project and success story an image of its own', () => {
    for (const [page, image] of [
      ['/practices/surgut-park/', '/og/practices/surgut-park.png'],
      ['/projects/2020-000101/', '/og/projects/2020-000101.png'],
      ['/stories/surgut-park/', '/og/stories/surgut-park.png'],
      ['/selection/', '/og/site/default.png'],
    ] as const) {
      expect(meta(html(page), 'og:image'), page).toBe(`${SITE_URL}${image}`);
    }
    expect(meta(html('/practices/surgut-park/'), 'og:type')).toBe('article');
  });

  it('renders each image once: the next build takes them all from the cache', async () => {
    expect(firstBuildStats.rendered).toBe(firstBuildStats.images);
    const images = readdirSync(join(dist, 'og'), { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(firstBuildStats.images).toBe(images.length);
    // The list the images were written from (src/pages/og/cards.json.ts) is not published.
    expect(readdirSync(join(dist, 'og')).filter((f) => !statSync(join(dist, 'og', f)).isDirectory())).toEqual([]);
    const again = await build();
    expect(again).toMatchObject({ images: images.length, rendered: 0, cached: images.length });
  });
});

describe('schema.org data', () => {
  it('the home page names the programme as an Organization of the АСИ', () => {
    const [org] = ldBlocks(html('/'));
    expect(org).toMatchObject({ '@type': 'Organization', name: '100 городских лидеров', url: `${SITE_URL}/` });
    expect(org.parentOrganization.name).toBe('Агентство стратегических инициатив');
  });

  it('the selection page has an Event for each stage of the round, with ISO dates', () => {
    const events = ldBlocks(html('/selection/')).filter((b) => b['@type'] === 'Event');
    const stages = JSON.parse(readFileSync(join(ROOT, 'content', 'selection-rounds.json'), 'utf8'))[0].stages;
    expect(events).toHaveLength(stages.length);
    for (const event of events) {
      expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('practices and stories are Articles whose image is their card', () => {
    for (const [page, kind] of [['/practices/surgut-park/', 'practices'], ['/stories/surgut-park/', 'stories']] as const) {
      const [article] = ldBlocks(html(page));
      expect(article, page).toMatchObject({ '@type': 'Article', url: `${SITE_URL}${page}`, image: [`${SITE_URL}/og/${kind}/surgut-park.png`] });
      expect(article.headline, page).toBeTruthy();
    }
  });
});
