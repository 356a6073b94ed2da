// Benchmark of the compendium search (issue: quality and speed, measured). Not part of `npm test`.
//   npm run bench:search              # N = 1,000 and 10,000
//   npm run bench:search -- --sizes 1000
// For the fixed query set it prints recall@5 of this portal's search and of plain fuse.js (default
// options, raw text) as the baseline; for each N it builds the real site from a stand-in CMS serving
// N generated practices and measures the build, the index size and, in Chromium, the latency of the
// search call (the island's User Timing entries) beside plain fuse.js's in the same page. The build
// renders an Open Graph image per practice into node_modules/.cache/og (OG_CACHE_DIR): the first
// run at a size renders them all, later runs take them from the cache; the table prints which.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { chromium } from 'playwright-core';
import { buildSite, log, ROOT } from '../scripts/lib/services.ts';
import { generatePractices } from '../scripts/lib/practice-generator.ts';
import { seedDocuments, startServer, strapiHandler, withMeta } from '../site/test-fixtures/fake-strapi.ts';
import { buildSearchIndex } from '../site/src/lib/search/build-index.ts';
import { CompendiumSearch } from '../site/src/lib/search/engine.ts';
import { toSearchable } from '../site/src/lib/search/practice.ts';
import { type QualityQuery, recallAt } from '../site/src/lib/search/quality.ts';
import type { OgStats } from '../site/src/lib/og/stats.ts';
import { serveDirectory } from './lib/static-server.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const fixture = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {
  corpus: { count: number; seed: number };
  queries: QualityQuery[];
};
const topics = JSON.parse(readFileSync(join(ROOT, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string; title: string }>;
const topicOf = (slug: string | null | undefined) => topics.find((t) => t.slug === slug) ?? null;
const queries = fixture.queries.map((q) => q.query);

type Practice = ReturnType<typeof generatePractices>[number];

function corpus(count: number): Practice[] {
  let last = 0;
  return generatePractices({
    count,
    seed: fixture.corpus.seed,
    topics: topics.map((t) => t.slug),
    onProgress: (done) => {
      if (done - last >= 2000 || done === count) {
        last = done;
        process.stderr.write(`\r  generating practices: ${done}/${count}`);
        if (done === count) process.stderr.write('\n');
      }
    },
  });
}

/** Plain fuse.js with its default options over the practices' raw text: the baseline. */
const BASELINE_KEYS = ['title', 'city', 'region', 'summary', 'body'];

function quality(practices: Practice[]): { ours: ReturnType<typeof recallAt>; baseline: ReturnType<typeof recallAt> } {
  const { index, cards } = buildSearchIndex(practices.map((p) => toSearchable(p, topicOf(p.topic))));
  const engine = new CompendiumSearch(index);
  const ours = recallAt(5, fixture.queries, (q) => engine.search(q).docs.map((d) => cards[d]!.slug));
  const fuse = new Fuse(practices, { keys: BASELINE_KEYS });
  const baseline = recallAt(5, fixture.queries, (q) => fuse.search(q).map((r) => r.item.slug));
  return { ours, baseline };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface SizeRow {
  n: number;
  /** recall@5 of the query set when the compendium holds n practices (more look-alikes). */
  recall: number;
  buildSeconds: number;
  indexRaw: number;
  indexGzip: number;
  p50: number;
  p95: number;
  baseP50: number;
  baseP95: number;
  /** The build's Open Graph images: how many, rendered or taken from the cache, and their time. */
  og: OgStats;
}

async function measureSize(n: number, practices: Practice[]): Promise<SizeRow> {
  const work = mkdtempSync(join(tmpdir(), `portal-bench-${n}-`));
  try {
    // A stand-in CMS: the seed content, with the generated practices as the compendium.
    const documents = await seedDocuments(join(ROOT, 'content'));
    const topicDocs = documents.get('topics') as Array<Record<string, unknown>>;
    documents.set(
      'best-practices',
      practices.map((p, i) =>
        withMeta({ ...p, topic: topicDocs.find((t) => t.slug === p.topic) ?? null }, `bench-${i}`, 10_000 + i),
      ),
    );
    const cms = await startServer(strapiHandler(documents));
    const dist = join(work, 'dist');
    log(`N = ${n}: building the site...`);
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

    writeFileSync(join(work, 'raw.json'), JSON.stringify(practices));
    const server = await serveDirectory(dist, {
      '/bench/raw.json': join(work, 'raw.json'),
      '/bench/fuse.mjs': join(ROOT, 'node_modules', 'fuse.js', 'dist', 'fuse.mjs'),
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      log(`N = ${n}: timing ${queries.length} queries in Chromium...`);
      await page.goto(`${server.url}/practices/`);
      const box = page.getByRole('searchbox', { name: 'Найти практику' });
      await box.focus();
      await page.locator('[data-search-ready="true"]').waitFor();
      const durations: number[] = [];
      for (const query of queries) {
        const before = await page.evaluate(() => performance.getEntriesByName('compendium-search').length);
        await box.fill(query);
        await page.waitForFunction((count) => performance.getEntriesByName('compendium-search').length > count, before);
        durations.push(await page.evaluate(() => performance.getEntriesByName('compendium-search').at(-1)!.duration));
      }
      const baseline = await page.evaluate(
        async ({ qs, keys }) => {
          const { default: BaselineFuse } = await import('/bench/fuse.mjs' as string);
          const docs = await (await fetch('/bench/raw.json')).json();
          const fuse = new BaselineFuse(docs, { keys });
          return qs.map((q: string) => {
            const t = performance.now();
            fuse.search(q);
            return performance.now() - t;
          });
        },
        { qs: queries, keys: BASELINE_KEYS },
      );
      return {
        n,
        recall: quality(practices).ours.recall,
        buildSeconds,
        indexRaw: indexJson.byteLength,
        indexGzip: gzipSync(indexJson).byteLength,
        p50: percentile(durations, 50),
        p95: percentile(durations, 95),
        baseP50: percentile(baseline, 50),
        baseP95: percentile(baseline, 95),
        og,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const rows: SizeRow[] = [];
const all = corpus(Math.max(fixture.corpus.count, ...sizes));
const q = quality(all.slice(0, fixture.corpus.count));
for (const n of sizes) rows.push(await measureSize(n, all.slice(0, n)));

console.log(`\nSearch quality: ${fixture.queries.length} queries, corpus of ${fixture.corpus.count} generated practices (seed ${fixture.corpus.seed})\n`);
console.log('| search | recall@5 |');
console.log('|---|---|');
console.log(`| this portal (stems + fuse.js over the vocabulary) | ${q.ours.recall.toFixed(3)} |`);
console.log(`| baseline: plain fuse.js, default options, raw text | ${q.baseline.recall.toFixed(3)} |`);
if (q.ours.misses.length) console.log(`\nMissed by this portal: ${q.ours.misses.map((m) => `«${m.query}»`).join(', ')}`);

console.log('\nSpeed and size (latency: the search call in Chromium, over the query set)\n');
console.log('| N | recall@5 | site build | index raw | index gzip | p50 | p95 | baseline p50 | baseline p95 |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.n.toLocaleString('en')} | ${r.recall.toFixed(3)} | ${r.buildSeconds.toFixed(1)} s | ${kb(r.indexRaw)} | ${kb(r.indexGzip)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.baseP50)} | ${ms(r.baseP95)} |`);
}
console.log('\nOpen Graph images in the build (rendered with satori + resvg, or read from the cache of earlier builds)\n');
console.log('| N | images | rendered | render time | per image | from the cache | cache time | per image |');
console.log('|---|---|---|---|---|---|---|---|');
const perImage = (ms: number, count: number) => (count ? `${(ms / count).toFixed(1)} ms` : '–');
for (const { n, og } of rows) {
  const count = (c: number) => c.toLocaleString('en');
  const render = `${count(og.rendered)} | ${(og.renderMilliseconds / 1000).toFixed(1)} s | ${perImage(og.renderMilliseconds, og.rendered)}`;
  const cache = `${count(og.cached)} | ${(og.cacheMilliseconds / 1000).toFixed(1)} s | ${perImage(og.cacheMilliseconds, og.cached)}`;
  console.log(`| ${count(n)} | ${count(og.images)} | ${render} | ${cache} |`);
}
const big = rows.find((r) => r.n === 10_000);
if (big) {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(`\nTargets at N = 10,000: index ≤ 400 KB gzip: ${verdict(big.indexGzip <= 400 * 1024)}; p95 ≤ 50 ms: ${verdict(big.p95 <= 50)}; build ≤ 120 s: ${verdict(big.buildSeconds <= 120)} (with ${big.og.rendered.toLocaleString('en')} Open Graph images rendered, ${big.og.cached.toLocaleString('en')} from the cache).`);
}
