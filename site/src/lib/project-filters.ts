import { nouns, pluralize } from './plural.ts';
import { rankByVotes } from './vote-ranking.ts';

/** The list filters of /projects/: empty means «all». */
export interface ProjectFilters {
  topic: string;
  region: string;
}

export function matchesProjectFilters(project: { topic: string; region: string }, filters: ProjectFilters): boolean {
  return (!filters.topic || project.topic === filters.topic) && (!filters.region || project.region === filters.region);
}

/** The order of /projects/: newest first (the build's order) or by residents' votes. */
export type ProjectSort = 'new' | 'votes';

/** `?sort=votes` → 'votes'; anything else is the default order. */
export const readProjectSort = (value: string | null | undefined): ProjectSort => (value === 'votes' ? 'votes' : 'new');

/** The list in the chosen order; `items` come in the build's order (newest first). */
export function sortProjects<T extends { votes: number }>(items: readonly T[], sort: ProjectSort): T[] {
  return sort === 'votes' ? rankByVotes(items, (p) => p.votes) : [...items];
}

/** The sentence above the list: how many are shown and in what order. */
export function projectListStatus(shown: number, filtered: boolean, sort: ProjectSort): string {
  const order = sort === 'votes' ? 'по числу голосов' : 'сначала новые';
  return filtered ? `Найдено: ${pluralize(shown, nouns.project)}, ${order}.` : `Всего ${pluralize(shown, nouns.project)}, ${order}.`;
}

/**
 * The project counts of a `GET /api/votes/counts` answer, checked by hand: the list's script stays
 * free of zod. Null when the answer is not that shape (the build's counts stay).
 */
export function projectCountsOf(body: unknown): Record<string, number> | null {
  const projects = body && typeof body === 'object' ? (body as { projects?: unknown }).projects : undefined;
  if (!projects || typeof projects !== 'object' || Array.isArray(projects)) return null;
  const counts: Record<string, number> = {};
  for (const [id, n] of Object.entries(projects)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
    counts[id] = n;
  }
  return counts;
}
