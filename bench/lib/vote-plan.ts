// The vote benchmark's workload, precomputed and deterministic: who votes for what, in which order,
// which requests repeat an earlier vote and which arrive as a double-click (two identical requests
// at the same moment). Voters and projects are indices into the lists the set-up made.
import { mulberry32 } from '../../scripts/lib/practice-generator.ts';

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** One step of the plan: a voter's vote for a project, sent once or as a double-click (twice at once). */
export interface VoteUnit {
  voter: number;
  project: number;
  copies: 1 | 2;
}

export interface VotePlan {
  units: VoteUnit[];
  /** Requests the plan sends (a double-click counts twice). */
  requests: number;
  /** Distinct (voter, project) pairs: the votes that should be counted. */
  distinct: number;
  duplicates: number;
  doubleClicks: number;
}

/**
 * Hands out (voter, project) pairs that no earlier phase used, so that every phase of the benchmark
 * votes afresh and all phases can be checked together. Projects are not equally popular: each
 * voter's preference order is a weighted random permutation with Zipf-like weights 1/(rank+1)^0.7,
 * so the first projects collect many votes (contention on the same counts) and the tail a few.
 */
export function pairAllocator(voters: number, projects: number, seed: number) {
  const weights = Array.from({ length: projects }, (_, p) => 1 / (p + 1) ** 0.7);
  const orders = new Map<number, number[]>();
  const used = new Map<number, number>();
  const orderOf = (voter: number) => {
    let order = orders.get(voter);
    if (!order) {
      // Efraimidis–Spirakis: sorting by u^(1/w) is weighted sampling without replacement.
      const random = mulberry32(seed * 1_000_003 + voter);
      order = weights
        .map((w, p) => ({ p, key: random() ** (1 / w) }))
        .sort((a, b) => b.key - a.key)
        .map((e) => e.p);
      orders.set(voter, order);
    }
    return order;
  };
  return {
    voters,
    projects,
    /** The voter's next `n` projects, not handed out before. */
    take(voter: number, n: number): number[] {
      const from = used.get(voter) ?? 0;
      if (from + n > projects) throw new Error(`voter ${voter} has no ${n} more projects to vote for (${projects} projects)`);
      used.set(voter, from + n);
      return orderOf(voter).slice(from, from + n);
    },
  };
}
export type PairAllocator = ReturnType<typeof pairAllocator>;

/**
 * `requests` vote requests by the given voters: (1 - duplicateShare) of them are distinct pairs in
 * random order; the rest repeat an earlier pair, a `doubleClickShare` of them as a double-click of
 * the original request (both sent at once), the others later in the run (a resident pressing again).
 */
export function buildPlan(options: {
  allocator: PairAllocator;
  voters: number[];
  requests: number;
  duplicateShare: number;
  doubleClickShare: number;
  seed: number;
}): VotePlan {
  const { allocator, requests, duplicateShare, doubleClickShare } = options;
  const random = mulberry32(options.seed);
  const distinct = requests - Math.round(requests * duplicateShare);
  const duplicates = requests - distinct;
  const voters = shuffle([...options.voters], random);
  const originals: Array<{ voter: number; project: number }> = [];
  voters.forEach((voter, i) => {
    const n = Math.floor(distinct / voters.length) + (i < distinct % voters.length ? 1 : 0);
    for (const project of allocator.take(voter, n)) originals.push({ voter, project });
  });
  shuffle(originals, random);
  const doubleClicks = Math.min(distinct, Math.round(duplicates * doubleClickShare));
  const clicked = new Set(shuffle(originals.map((_, i) => i), random).slice(0, doubleClicks));
  const keyed: Array<{ key: number; unit: VoteUnit }> = originals.map((o, i) => ({ key: i, unit: { ...o, copies: clicked.has(i) ? 2 : 1 } }));
  for (let r = 0; r < duplicates - doubleClicks; r++) {
    const i = Math.floor(random() * distinct);
    keyed.push({ key: i + 0.5 + random() * (distinct - i), unit: { ...originals[i]!, copies: 1 } });
  }
  keyed.sort((a, b) => a.key - b.key);
  return { units: keyed.map((k) => k.unit), requests, distinct, duplicates, doubleClicks };
}
