import type { BestPracticeEntry } from '@portal/schema';

type PracticeLike = Pick<BestPracticeEntry, 'slug' | 'title' | 'year' | 'region' | 'topic'>;

/** The compendium's order: newest first, then by title as a Russian reader sorts. */
export function comparePractices(a: PracticeLike, b: PracticeLike): number {
  return b.year - a.year || a.title.localeCompare(b.title, 'ru');
}

/**
 * Up to `limit` other practices worth reading next: the same topic first, then the same region,
 * then the same year; in the compendium's order within each.
 */
export function relatedPractices<P extends PracticeLike>(practice: P, all: readonly P[], limit = 3): P[] {
  const score = (other: P) =>
    (practice.topic && other.topic?.slug === practice.topic.slug ? 4 : 0) +
    (other.region === practice.region ? 2 : 0) +
    (other.year === practice.year ? 1 : 0);
  return all
    .filter((other) => other.slug !== practice.slug && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || comparePractices(a, b))
    .slice(0, limit);
}
