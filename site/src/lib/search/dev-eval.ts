// Quality of the compendium search on the DEV set (tests/fixtures/search-dev/), alone and mixed with
// generated practices, beside MiniSearch 7 configured with the same Russian stemming:
//   node site/src/lib/search/dev-eval.ts [--sizes 0,1000,10000] [--misses]
// Prints recall@1, recall@5, MRR, the gzip size of the serialised index and the search time in Node
// (the browser latency is bench/search.ts's job).
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { buildSearchIndex, type SearchablePractice } from './build-index.ts';
import { devPractices, devQueries, generatedPractices } from './dev-set.ts';
import { CompendiumSearch } from './engine.ts';
import { type RankReport, rankReport } from './quality.ts';
import { terms } from './text.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0,1000,10000' }, misses: { type: 'boolean', default: false } } });

interface Row {
  engine: string;
  size: number;
  report: RankReport;
  gzipKB: number;
  p50: number;
  p95: number;
}

function timed(queries: readonly string[], search: (q: string) => unknown): { p50: number; p95: number } {
  const times = queries.map((q) => {
    const t = performance.now();
    search(q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function ours(size: number, practices: SearchablePractice[]): Row {
  const { index, cards } = buildSearchIndex(practices);
  const engine = new CompendiumSearch(index);
  const search = (q: string) => engine.search(q).docs.map((d) => cards[d]!.slug);
  search('прогрев');
  const report = rankReport(devQueries, search);
  return { engine: 'portal', size, report, gzipKB: gzipSync(JSON.stringify(index)).length / 1024, ...timed(devQueries.map((q) => q.query), search) };
}

function minisearch(size: number, practices: SearchablePractice[]): Row {
  const ms = new MiniSearch({
    idField: 'slug',
    fields: ['title', 'place', 'summary', 'text'],
    processTerm: (term) => terms(term)[0] ?? null,
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
    searchOptions: { boost: { title: 3, place: 2.5, summary: 1.5 }, fuzzy: 0.2, prefix: true },
  });
  ms.addAll(
    practices.map((p) => ({ slug: p.slug, title: p.title, place: `${p.city} ${p.region} ${p.topic?.title ?? ''}`, summary: p.summary, text: p.body.join(' ') })),
  );
  const search = (q: string) => ms.search(q).map((r) => String(r.id));
  const report = rankReport(devQueries, search);
  return { engine: 'MiniSearch 7.2', size, report, gzipKB: gzipSync(JSON.stringify(ms)).length / 1024, ...timed(devQueries.map((q) => q.query), search) };
}

const dev = devPractices();
const rows: Row[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  const practices = [...dev, ...generatedPractices(size)];
  rows.push(ours(size, practices), minisearch(size, practices));
}

const f3 = (x: number) => x.toFixed(3);
console.log(`DEV set: ${dev.length} practices, ${devQueries.length} queries\n`);
console.log('| engine | + generated | recall@1 | recall@5 | MRR | index gzip | p50 / p95 (Node) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.engine} | ${r.size} | ${f3(r.report.recall1)} | ${f3(r.report.recall5)} | ${f3(r.report.mrr)} | ${r.gzipKB.toFixed(0)} KB | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms |`);
}
if (values.misses) {
  for (const r of rows.filter((row) => row.engine === 'portal')) {
    console.log(`\nportal + ${r.size}: queries not ranked first`);
    for (const m of r.report.misses) console.log(`  ${m.rank || '—'}\t${m.query} → ${m.expect}\t[${m.got.join(', ')}]`);
  }
}
