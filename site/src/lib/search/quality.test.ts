import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePractice } from './build-index.ts';
import { devPractices, devQueries, generatedPractices } from './dev-set.ts';
import { CompendiumSearch } from './engine.ts';
import { type QualityQuery, rankReport } from './quality.ts';

// Floors on the public query sets: the generator's own set (tests/fixtures/search-queries.json,
// against the generated corpus it was written for) and the DEV set (tests/fixtures/search-dev/:
// real-style practices, alone and mixed with 1,000 generated ones). dev-eval.ts prints the same
// measures up to 10,000 practices, beside MiniSearch.
const root = join(import.meta.dirname, '..', '..', '..', '..');
const fixture = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {
  corpus: { count: number; seed: number };
  queries: QualityQuery[];
};

function report(practices: SearchablePractice[], queries: readonly QualityQuery[]) {
  const { index, cards } = buildSearchIndex(practices);
  const engine = new CompendiumSearch(index);
  return { slugs: new Set(cards.map((c) => c.slug)), ...rankReport(queries, (q) => engine.search(q).docs.map((d) => cards[d]!.slug)) };
}

const misses = (r: ReturnType<typeof report>) => `misses: ${JSON.stringify(r.misses, null, 1)}`;
// Generating and indexing 1,000 practices takes 1–6 s on two busy cores.
const HEAVY = { timeout: 20_000 };
let generated: SearchablePractice[] | null = null;
const thousand = () => (generated ??= generatedPractices(fixture.corpus.count, fixture.corpus.seed));

describe('search quality on the generator query set', () => {
  it('has at least 40 queries, each aimed at a practice of the corpus; recall@5 ≥ 0.95, MRR ≥ 0.9', HEAVY, () => {
    const r = report(thousand(), fixture.queries);
    expect(fixture.queries.length).toBeGreaterThanOrEqual(40);
    for (const q of fixture.queries) expect(r.slugs, q.query).toContain(q.expect);
    expect(r.recall5, misses(r)).toBeGreaterThanOrEqual(0.95);
    expect(r.mrr, misses(r)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('search quality on the DEV set', () => {
  it('has at least 60 queries, each aimed at a DEV practice', () => {
    expect(devQueries.length).toBeGreaterThanOrEqual(60);
    const slugs = new Set(devPractices().map((p) => p.slug));
    for (const q of devQueries) expect(slugs, q.query).toContain(q.expect);
  });

  it('DEV practices alone: recall@5 ≥ 0.95, MRR ≥ 0.95', () => {
    const r = report(devPractices(), devQueries);
    expect(r.recall5, misses(r)).toBeGreaterThanOrEqual(0.95);
    expect(r.mrr, misses(r)).toBeGreaterThanOrEqual(0.95);
  });

  it('mixed with 1,000 generated practices: recall@5 ≥ 0.93, MRR ≥ 0.9', HEAVY, () => {
    const r = report([...devPractices(), ...thousand()], devQueries);
    expect(r.recall5, misses(r)).toBeGreaterThanOrEqual(0.93);
    expect(r.mrr, misses(r)).toBeGreaterThanOrEqual(0.9);
  });
});
