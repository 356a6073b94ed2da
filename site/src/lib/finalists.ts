// The finalists of a round in words and in order: the working group's list, published by the CMS on
// the announcement date with each finalist's place and calibrated score (0–100). Shared by the
// finalists page, the project pages and the list, so all three say the same.
import type { ProjectStage } from '@portal/schema';
import { formatDate } from '@portal/schema/domain/dates';
import { nouns, pluralize } from './plural.ts';

interface Ranked {
  reference: string;
  year: number;
  stage: ProjectStage;
  selectionRank: number | null;
  selectionScore: number | null;
}

/** The finalists of `year` (of every year when absent), by place; a finalist without a place last. */
export function finalistsOf<T extends Ranked>(projects: readonly T[], year?: number): T[] {
  const rank = (p: T) => p.selectionRank ?? Number.POSITIVE_INFINITY;
  return projects
    .filter((p) => p.stage === 'finalist' && (year === undefined || p.year === year))
    .sort((a, b) => rank(a) - rank(b) || a.reference.localeCompare(b.reference));
}

/** The years that have finalists, newest first. */
export function finalistYears(projects: readonly Ranked[]): number[] {
  return [...new Set(finalistsOf(projects).map((p) => p.year))].sort((a, b) => b - a);
}

/** «1-е место». */
export const placeText = (rank: number): string => `${rank}-е место`;

/** «87,3 балла из 100»: the calibrated score, to one decimal. */
export const selectionScoreText = (score: number): string => `${pluralize(Math.round(score * 10) / 10, nouns.point)} из 100`;

/** «Финалист отбора 2020 года: 1-е место, 87,3 балла из 100» (without the parts the CMS did not publish). */
export function finalistLine(project: Pick<Ranked, 'year' | 'selectionRank' | 'selectionScore'>): string {
  const parts = [project.selectionRank ? placeText(project.selectionRank) : null, project.selectionScore !== null ? selectionScoreText(project.selectionScore) : null].filter(Boolean);
  return `Финалист отбора ${project.year} года${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** The placeholder before the announcement, from the date of the round's announcement stage. */
export function finalistsPendingText(announcementDate: string | null): string {
  return announcementDate ? `Финалисты будут объявлены ${formatDate(announcementDate)}` : 'Финалистов объявят по итогам экспертного отбора';
}
