import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePractices } from '../../../../scripts/lib/practice-generator.ts';
import { buildSearchIndex } from './build-index.ts';
import { CompendiumSearch } from './engine.ts';
import { toSearchable } from './practice.ts';
import { type QualityQuery, recallAt } from './quality.ts';

// The fixed query set against the fixed generated corpus it was written for; bench/search.ts prints
// the same measure beside plain fuse.js.
const root = join(import.meta.dirname, '..', '..', '..', '..');
const fixture = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-queries.json'), 'utf8')) as {
  corpus: { count: number; seed: number };
  queries: QualityQuery[];
};
const topics = JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string; title: string }>;

describe('search quality on the fixed query set', () => {
  const practices = generatePractices({ count: fixture.corpus.count, seed: fixture.corpus.seed, topics: topics.map((t) => t.slug) });
  const { index, cards } = buildSearchIndex(
    practices.map((p) => toSearchable(p, topics.find((t) => t.slug === p.topic) ?? null)),
  );
  const engine = new CompendiumSearch(index);
  const search = (q: string) => engine.search(q).docs.map((d) => cards[d]!.slug);

  it('has at least 40 queries, each aimed at a practice of the corpus', () => {
    expect(fixture.queries.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(cards.map((c) => c.slug));
    for (const q of fixture.queries) expect(slugs, q.query).toContain(q.expect);
  });

  it('finds the expected practice among the first five for at least 90 % of the queries', () => {
    const report = recallAt(5, fixture.queries, search);
    expect(report.recall, `missed: ${JSON.stringify(report.misses, null, 1)}`).toBeGreaterThanOrEqual(0.9);
  });
});
