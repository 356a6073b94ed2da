// Ordering by residents' votes: the ideas of a project, the projects of the list.

/**
 * Items ordered by votes, most first; equal counts keep their given order (a stable sort), so of two
 * with as many votes the one given first stays first (the newer project, the older idea).
 */
export function rankByVotes<T>(items: readonly T[], votes: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, votes: votes(item) }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ item }) => item);
}

