// Search quality on a fixed query set: recall@k (the share of queries whose expected practice is
// among the first k results) and MRR (the mean of 1 / rank of the expected practice, 0 when it is
// not in the first `depth`). Used by the unit tests (floors), dev-eval.ts and bench/search.ts.

export interface QualityQuery {
  query: string;
  /** Slug of the practice that must be found. */
  expect: string;
}

export interface RecallReport {
  recall: number;
  misses: Array<{ query: string; expect: string; got: string[] }>;
}

export function recallAt(k: number, queries: readonly QualityQuery[], search: (query: string) => string[]): RecallReport {
  const misses: RecallReport['misses'] = [];
  for (const { query, expect } of queries) {
    const got = search(query).slice(0, k);
    if (!got.includes(expect)) misses.push({ query, expect, got });
  }
  return { recall: queries.length ? (queries.length - misses.length) / queries.length : 0, misses };
}

export interface RankReport {
  recall1: number;
  recall5: number;
  mrr: number;
  /** Queries whose expected practice is not first, with its rank (0: not in the first `depth`). */
  misses: Array<{ query: string; expect: string; rank: number; got: string[] }>;
}

/** recall@1, recall@5 and MRR (over the first `depth` results) of one search function. */
export function rankReport(queries: readonly QualityQuery[], search: (query: string) => string[], depth = 100): RankReport {
  let first = 0;
  let five = 0;
  let reciprocal = 0;
  const misses: RankReport['misses'] = [];
  for (const { query, expect } of queries) {
    const got = search(query).slice(0, depth);
    const rank = got.indexOf(expect) + 1;
    if (rank === 1) first++;
    if (rank >= 1 && rank <= 5) five++;
    if (rank >= 1) reciprocal += 1 / rank;
    if (rank !== 1) misses.push({ query, expect, rank, got: got.slice(0, 5) });
  }
  const n = queries.length || 1;
  return { recall1: first / n, recall5: five / n, mrr: reciprocal / n, misses };
}
