// Search quality on a fixed query set: the share of queries whose expected practice is among the
// first k results (recall@k). Used by the unit test (a floor) and by bench/search.ts (the table).

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
