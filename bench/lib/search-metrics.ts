// Ranking quality over the held-out queries: recall@k (the share of queries with an expected
// practice among the first k results) and the mean reciprocal rank of the first expected practice
// within the first `depth` results (0 when none is there).
import type { HeldoutQuery } from './heldout.ts';

export interface Quality {
  recall1: number;
  recall5: number;
  mrr: number;
  /** Queries with no expected practice among the first five. */
  misses: Array<{ query: string; expect: string[]; got: string[] }>;
}

export function quality(queries: readonly HeldoutQuery[], ranked: readonly string[][]): Quality {
  let hits1 = 0;
  let hits5 = 0;
  let reciprocal = 0;
  const misses: Quality['misses'] = [];
  queries.forEach((q, i) => {
    const got = ranked[i] ?? [];
    const rank = got.findIndex((slug) => q.expect.includes(slug));
    if (rank === 0) hits1++;
    if (rank >= 0 && rank < 5) hits5++;
    else misses.push({ query: q.query, expect: q.expect, got: got.slice(0, 5) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  });
  const n = queries.length || 1;
  return { recall1: hits1 / n, recall5: hits5 / n, mrr: reciprocal / n, misses };
}
