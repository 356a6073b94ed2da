// The site build at one corpus size (`bench:search -- --build`): a stand-in CMS serves the seed
// content with the given practices as the compendium, the real site is built from it, and the
// search island on /practices/ is timed in Chromium (its User Timing entries, over the query set);
// Pagefind indexes the built practice pages, to check the quality run's stand-in pages against them.
// The build renders an Open Graph image per practice into node_modules/.cache/og (OG_CACHE_DIR): the
// first run at a size renders them all, later runs take them from the cache; the row says which.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BestPracticeContentInput } from '@portal/schema';
import type { Browser } from 'playwright-core';
import { buildSite, log, ROOT } from '../../scripts/lib/services.ts';
import { seedDocuments, startServer, strapiHandler, withMeta } from '../../site/test-fixtures/fake-strapi.ts';
import type { OgStats } from '../../site/src/lib/og/stats.ts';
import type { HeldoutQuery } from './heldout.ts';
import { percentile } from './load-driver.ts';
import { runQueries } from './search-browser-run.ts';
import { indexWithPagefind } from './search-engines.ts';
import { type Quality, quality } from './search-metrics.ts';
import { serveDirectory } from './static-server.ts';

export interface BuildRow {
  n: number;
  buildSeconds: number;
  indexRaw: number;
  indexGzip: number;
  /** The island's search call in Chromium, over the query set. */
  p50: number;
  p95: number;
  /** The build's Open Graph images: how many, rendered or taken from the cache, and their time. */
  og: OgStats;
  /** Pagefind over the built practice pages (not the benchmark's stand-in pages). */
  pagefindOnBuilt: Quality;
}

/**
 * Pagefind over the built pages as a site would set it up: the page's <main> (title, place, the
 * practice), without the breadcrumbs, the test-data notice and the «Похожие практики» cards (a site
 * marks those data-pagefind-ignore; other practices' titles are no part of this one).
 */
const PAGEFIND_ON_BUILT = { rootSelector: 'main', excludeSelectors: ['nav', '[data-synthetic]', '[aria-labelledby="related-heading"]'] };

export async function measureBuild(browser: Browser, practices: readonly BestPracticeContentInput[], queries: readonly HeldoutQuery[]): Promise<BuildRow> {
  const n = practices.length;
  const work = mkdtempSync(join(tmpdir(), `portal-bench-${n}-`));
  try {
    const documents = await seedDocuments(join(ROOT, 'content'));
    const topicDocs = documents.get('topics') as Array<Record<string, unknown>>;
    documents.set(
      'best-practices',
      practices.map((p, i) => withMeta({ ...p, topic: topicDocs.find((t) => t.slug === p.topic) ?? null }, `bench-${i}`, 10_000 + i)),
    );
    const cms = await startServer(strapiHandler(documents));
    const dist = join(work, 'dist');
    log(`${n} practices: building the site...`);
    // The build writes what its images cost here (site/src/lib/og/stats.ts).
    process.env.OG_STATS_FILE = join(work, 'og-stats.json');
    const started = performance.now();
    try {
      await buildSite(cms.url, dist);
    } finally {
      await cms.close();
    }
    const buildSeconds = (performance.now() - started) / 1000;
    const og = JSON.parse(readFileSync(process.env.OG_STATS_FILE, 'utf8')) as OgStats;
    const indexJson = readFileSync(join(dist, 'practices', 'search', 'index.json'));
    log(`${n} practices: Pagefind over the built practice pages...`);
    await indexWithPagefind(
      practices.map((p) => ({ slug: p.slug, html: () => readFileSync(join(dist, 'practices', p.slug, 'index.html'), 'utf8') })),
      dist,
      PAGEFIND_ON_BUILT,
      log,
    );
    const server = await serveDirectory(dist, {}, { gzip: true });
    const page = await browser.newPage();
    try {
      const runs = await runQueries(browser, server.url, queries.map((q) => q.query), { depth: 10, repeats: 1, engines: ['pagefind'] });
      const pagefindOnBuilt = quality(queries, runs.pagefind!.ranked);
      log(`${n} practices: timing ${queries.length} queries in the built site's search...`);
      await page.goto(`${server.url}/practices/`);
      const box = page.getByRole('searchbox', { name: 'Найти практику' });
      await box.focus();
      await page.locator('[data-search-ready="true"]').waitFor();
      const durations: number[] = [];
      for (const { query } of queries) {
        const before = await page.evaluate(() => performance.getEntriesByName('compendium-search').length);
        await box.fill(query);
        await page.waitForFunction((count) => performance.getEntriesByName('compendium-search').length > count, before);
        durations.push(await page.evaluate(() => performance.getEntriesByName('compendium-search').at(-1)!.duration));
      }
      return { n, buildSeconds, indexRaw: indexJson.byteLength, indexGzip: gzipSync(indexJson).byteLength, p50: percentile(durations, 50), p95: percentile(durations, 95), og, pagefindOnBuilt };
    } finally {
      await page.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
