// Benchmark of the compendium search against the static search engines a site would pick instead
// (issue 16). Not part of `npm test`.
//   npm run bench:search                      # held-out practices alone, + 1,000 and + 10,000 look-alikes
//   npm run bench:search -- --sizes 0,1000    # a quicker run
//   npm run bench:search -- --build           # also builds the real site at each size (slow): build
//                                             # time, Open Graph images, the island's latency, and
//                                             # Pagefind over the built practice pages
// One run, one corpus per size, the same queries for every engine: this portal's search (whatever
// engine site/src/lib/search holds), Pagefind 1.6 (its Node API indexing one page per practice, its
// own pagefind.js searching) and MiniSearch 7.2 (the portal's Russian stemmer, fuzzy and prefix).
// The corpus is the held-out set (tests/fixtures/search-heldout: real-style practices and reader-style
// queries whose answers were written before any engine ran) plus N look-alikes from generateLookalikes.
// It prints recall@1, recall@5, MRR@10, the search call's p50/p95 in Chromium and the index size
// per engine and size, the targets with ✔/✘, and writes the tables to docs/search-benchmark.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { BestPracticeContentInput } from '@portal/schema';
import { chromium } from 'playwright-core';
import { generateLookalikes, generatePractices } from '../scripts/lib/practice-generator.ts';
import { log, ROOT } from '../scripts/lib/services.ts';
import { buildSearchIndex } from '../site/src/lib/search/build-index.ts';
import { CompendiumSearch } from '../site/src/lib/search/engine.ts';
import { toSearchable } from '../site/src/lib/search/practice.ts';
import { type QualityQuery, recallAt } from '../site/src/lib/search/quality.ts';
import { coveredQueries, loadHeldout } from './lib/heldout.ts';
import { percentile } from './lib/load-driver.ts';
import { type BuildRow, measureBuild } from './lib/search-build.ts';
import { type EngineName, pagefindBytesPerQuery, runQueries } from './lib/search-browser-run.ts';
import { buildEngines, bundleBrowserEngines, closePagefind, type IndexSizes } from './lib/search-engines.ts';
import { quality, type Quality } from './lib/search-metrics.ts';
import { serveDirectory } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,1000,10000' },
    build: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'docs', 'search-benchmark.md') },
    seed: { type: 'string', default: '42' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--sizes: whole numbers ≥ 0, got «${values.sizes}»`);
const seed = Number(values.seed);
if (!Number.isInteger(seed)) throw new Error(`--seed: a whole number, got «${values.seed}»`);
const MRR_DEPTH = 10;
/** Each query's latency is the median of this many calls in a row. */
const REPEATS = 3;
const ENGINES: ReadonlyArray<{ name: EngineName; label: string }> = [
  { name: 'ours', label: 'this portal' },
  { name: 'pagefind', label: 'Pagefind 1.6' },
  { name: 'mini', label: 'MiniSearch 7.2' },
];

const topics = JSON.parse(readFileSync(join(ROOT, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string; title: string }>;
const topicOf = (slug: string | null | undefined) => topics.find((t) => t.slug === slug) ?? null;
const heldout = loadHeldout();
const queries = heldout.queries.map((q) => q.query);

interface EngineRow {
  quality: Quality;
  p50: number;
  p95: number;
}
interface SizeResult {
  n: number;
  engines: Record<EngineName, EngineRow>;
  sizes: IndexSizes;
  /** Median bytes Pagefind's bundle sends for one query on a fresh visit. */
  pagefindPerQuery: number;
  covered: number;
}

function lookalikes(count: number): BestPracticeContentInput[] {
  let last = 0;
  return generateLookalikes({
    count,
    seed,
    anchors: heldout.anchors,
    onProgress: (done) => {
      if (done - last >= 2000 || done === count) {
        last = done;
        process.stderr.write(`\r  generating look-alikes: ${done}/${count}`);
        if (done === count) process.stderr.write('\n');
      }
    },
  });
}

/** This portal's recall@5 on its own public query set (tests/fixtures/search-queries.json), as before. */
function publicSet(): { recall: number; count: number } {
  const fixture = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {
    corpus: { count: number; seed: number };
    queries: QualityQuery[];
  };
  const practices = generatePractices({ count: fixture.corpus.count, seed: fixture.corpus.seed, topics: topics.map((t) => t.slug) });
  const { index, cards } = buildSearchIndex(practices.map((p) => toSearchable(p, topicOf(p.topic))));
  const engine = new CompendiumSearch(index);
  return { recall: recallAt(5, fixture.queries, (q) => engine.search(q).docs.map((d) => cards[d]!.slug)).recall, count: fixture.queries.length };
}

async function measureSize(browser: Awaited<ReturnType<typeof chromium.launch>>, n: number, corpus: BestPracticeContentInput[], bundle: string): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), `portal-bench-search-${n}-`));
  try {
    const covered = coveredQueries(heldout, corpus.slice(heldout.practices.length)).length;
    log(`+ ${n.toLocaleString('en')}: building the three indexes over ${corpus.length.toLocaleString('en')} practices...`);
    const indexSizes = await buildEngines(corpus, topicOf, dir, log);
    // Gzipped as Netlify's CDN sends text (Pagefind's own index files are compressed already).
    const server = await serveDirectory(dir, { '/bench/engines.js': bundle }, { gzip: true });
    try {
      log(`+ ${n.toLocaleString('en')}: ${queries.length} queries × 3 engines in Chromium...`);
      const runs = await runQueries(browser, server.url, queries, { depth: MRR_DEPTH, repeats: REPEATS, engines: ENGINES.map((e) => e.name) });
      log(`+ ${n.toLocaleString('en')}: Pagefind's bytes per query on fresh visits...`);
      const sample = queries.filter((_, i) => i % 7 === 0);
      const perQuery = await pagefindBytesPerQuery(browser, server.url, sample);
      const row = (name: EngineName): EngineRow => {
        const run = runs[name]!;
        return { quality: quality(heldout.queries, run.ranked), p50: percentile(run.ms, 50), p95: percentile(run.ms, 95) };
      };
      return { n, engines: { ours: row('ours'), mini: row('mini'), pagefind: row('pagefind') }, sizes: indexSizes, pagefindPerQuery: percentile(perQuery, 50), covered };
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const f3 = (value: number) => value.toFixed(3);
const mark = (ok: boolean) => (ok ? '✔' : '✘');
const label = (n: number) => (n === 0 ? 'held-out alone' : `+ ${n.toLocaleString('en')} generated`);

function indexCell(name: EngineName, r: SizeResult): string {
  if (name === 'ours') return kb(r.sizes.ours);
  if (name === 'mini') return kb(r.sizes.mini);
  return `${kb(r.pagefindPerQuery)} per query, ${kb(r.sizes.pagefindIndex)} in all (+ ${kb(r.sizes.pagefindFragments)} fragments)`;
}

function report(results: SizeResult[], builds: BuildRow[], pub: { recall: number; count: number }): string {
  const lines: string[] = [];
  const kinds = [...new Set(heldout.queries.map((q) => q.kind))];
  lines.push(
    `Held-out set: ${heldout.practices.length} practices, ${heldout.queries.length} queries (${kinds.map((k) => `${heldout.queries.filter((q) => q.kind === k).length} ${k}`).join(', ')}); look-alikes from generateLookalikes, seed ${seed}. MRR over the first ${MRR_DEPTH} results; latency: the search call in Chromium, per query the median of ${REPEATS} calls in a row; index: gzip (Pagefind's files are compressed already). Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end of the run.`,
    '',
    '| practices in the index | engine | recall@1 | recall@5 | MRR | p50 | p95 | index |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    for (const { name, label: engine } of ENGINES) {
      const e = r.engines[name];
      lines.push(`| ${label(r.n)} | ${engine} | ${f3(e.quality.recall1)} | ${f3(e.quality.recall5)} | ${f3(e.quality.mrr)} | ${ms(e.p50)} | ${ms(e.p95)} | ${indexCell(name, r)} |`);
    }
  }
  lines.push('', 'Targets for this portal:', '');
  for (const r of results) {
    const ours = r.engines.ours.quality;
    const pf = r.engines.pagefind.quality;
    lines.push(`- ${mark(ours.recall5 >= pf.recall5 && ours.mrr >= pf.mrr)} ${label(r.n)}: recall@5 and MRR at or above Pagefind's (${f3(ours.recall5)} / ${f3(ours.mrr)} against ${f3(pf.recall5)} / ${f3(pf.mrr)})`);
  }
  const big = results.find((r) => r.n === 10_000);
  if (big) {
    const ours = big.engines.ours;
    lines.push(
      `- ${mark(ours.quality.recall5 >= 0.9)} recall@5 ≥ 0.9 at + 10,000 (${f3(ours.quality.recall5)})`,
      `- ${mark(ours.p95 <= 50)} p95 ≤ 50 ms at + 10,000 (${ms(ours.p95)})`,
      `- ${mark(big.sizes.ours <= 400 * 1024)} index ≤ 400 KB gzip at + 10,000 (${kb(big.sizes.ours)})`,
    );
  } else lines.push('- (the targets at + 10,000 need `--sizes` to include 10000)');

  const last = results.at(-1);
  if (last) {
    lines.push('', `recall@5 by kind of query, ${label(last.n)}:`, '', `| kind | queries | ${ENGINES.map((e) => e.label).join(' | ')} |`, `|---|---|${ENGINES.map(() => '---').join('|')}|`);
    for (const kind of kinds) {
      const subset = heldout.queries.map((q, i) => [q, i] as const).filter(([q]) => q.kind === kind);
      const cells = ENGINES.map(({ name }) => {
        const missed = new Set(last.engines[name].quality.misses.map((m) => m.query));
        return f3(subset.filter(([q]) => !missed.has(q.query)).length / subset.length);
      });
      lines.push(`| ${kind} | ${subset.length} | ${cells.join(' | ')} |`);
    }
    for (const { name, label: engine } of ENGINES) {
      const misses = last.engines[name].quality.misses;
      if (misses.length) lines.push('', `Not in the first five of ${engine} at ${label(last.n)} (${misses.length}): ${misses.map((m) => `«${m.query}»`).join(', ')}`);
    }
  }
  if (results.some((r) => r.covered)) lines.push('', `Unfair queries (a look-alike of the expected practice's theme holds all their words): ${results.map((r) => `${label(r.n)}: ${r.covered}`).join(', ')}`);
  lines.push('', `This portal on its own public query set (tests/fixtures/search-queries.json, ${pub.count} queries over 1,000 practices of generatePractices): recall@5 = ${f3(pub.recall)}.`);

  if (builds.length) {
    lines.push('', 'Site build (`--build`): the real site from a stand-in CMS, and the search island timed on /practices/', '');
    lines.push(
      '| practices | site build | index raw | index gzip | p50 | p95 | OG images | rendered | render time | from the cache | cache time | Pagefind on the built pages: recall@5 / MRR |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const b of builds) {
      const c = (x: number) => x.toLocaleString('en');
      const og = `${c(b.og.images)} | ${c(b.og.rendered)} | ${(b.og.renderMilliseconds / 1000).toFixed(1)} s | ${c(b.og.cached)} | ${(b.og.cacheMilliseconds / 1000).toFixed(1)} s`;
      lines.push(`| ${c(b.n)} | ${b.buildSeconds.toFixed(1)} s | ${kb(b.indexRaw)} | ${kb(b.indexGzip)} | ${ms(b.p50)} | ${ms(b.p95)} | ${og} | ${f3(b.pagefindOnBuilt.recall5)} / ${f3(b.pagefindOnBuilt.mrr)} |`);
    }
  }
  return lines.join('\n');
}

const all = [...heldout.practices, ...lookalikes(Math.max(...sizes))];
const work = mkdtempSync(join(tmpdir(), 'portal-bench-search-'));
const bundle = join(work, 'engines.js');
await bundleBrowserEngines(bundle);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const results: SizeResult[] = [];
const builds: BuildRow[] = [];
try {
  for (const n of sizes) results.push(await measureSize(browser, n, all.slice(0, heldout.practices.length + n), bundle));
  if (values.build) for (const n of sizes) builds.push(await measureBuild(browser, all.slice(0, heldout.practices.length + n), heldout.queries));
} finally {
  await browser.close();
  await closePagefind();
  rmSync(work, { recursive: true, force: true });
}
const text = report(results, builds, publicSet());
console.log(`\n${text}`);
writeFileSync(values.out, `<!-- Written by \`npm run bench:search\` (bench/search.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. -->\n\n${text}\n`);
log(`Tables written to ${relative(ROOT, values.out)}.`);

