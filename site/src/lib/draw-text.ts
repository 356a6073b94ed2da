// The expert draw of a round, as the selection page tells it: before the assignment only the SHA-256
// of the secret seed is public; after it, the seed, the numbers and the data anyone can recompute
// the assignment from (`npm run assign`, scripts/assign.ts).
import type { DrawEntry, DrawPublishedData } from '@portal/schema';
import { calendarDate } from '@portal/schema/domain/round-calendar';
import { formatDate } from '@portal/schema/domain/dates';
import { formatNumber } from './format-number.ts';

/** The draw of the newest round, or null before the first is announced. */
export function latestDraw<T extends Pick<DrawEntry, 'year'>>(draws: readonly T[]): T | null {
  return [...draws].sort((a, b) => b.year - a.year)[0] ?? null;
}

/** «10 февраля 2020»: the day of a CMS timestamp in the round's time zone; null without one. */
export function drawDay(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : formatDate(calendarDate(date, timeZone));
}

/** The sentence before the hash. */
export function hashPublishedText(draw: Pick<DrawEntry, 'announcedAt'>, timeZone: string): string {
  const day = drawDay(draw.announcedAt, timeZone);
  return `Хеш SHA-256 секретного зерна опубликован${day ? ` ${day}` : ''}:`;
}

/** The figures of a made draw, as terms and values of a list. */
export function drawFacts(data: Pick<DrawPublishedData, 'projects' | 'experts' | 'projectsPerExpert' | 'reviewsPerProject'>): Array<{ term: string; value: string }> {
  const reviews = Object.values(data.reviewsPerProject);
  const min = reviews.length ? Math.min(...reviews) : 0;
  const max = reviews.length ? Math.max(...reviews) : 0;
  return [
    { term: 'Проектов', value: formatNumber(data.projects.length) },
    { term: 'Экспертов', value: formatNumber(data.experts.length) },
    { term: 'Проектов у каждого эксперта', value: formatNumber(data.projectsPerExpert) },
    { term: 'Оценок на проект', value: min === max ? formatNumber(max) : `${formatNumber(min)}–${formatNumber(max)}` },
  ];
}

/** Where the site publishes a draw's data. */
export const drawJsonPath = (year: number): string => `/selection/draw-${year}.json`;

/** The draw as the site publishes it for download: the CMS's fields without Strapi's bookkeeping. */
export function drawJson(draw: DrawEntry) {
  const { year, stage, seedHash, announcedAt, revealedSeed, drawnAt, note, publishedData } = draw;
  return { year, stage, seedHash, announcedAt, revealedSeed, drawnAt, note, publishedData };
}

/** The command that recomputes and checks a published draw from the CMS's public API. */
export const assignCommand = (year: number, cmsUrl: string): string => `npm run assign -- --round ${year} --from ${cmsUrl.replace(/\/+$/, '')}`;

/** What the command checks, in the order it does. */
export const assignChecks = [
  'SHA-256 раскрытого зерна совпадает с хешем, опубликованным до распределения;',
  'распределение, заново посчитанное по зерну и опубликованным данным, совпадает с опубликованным;',
  'соблюдены правила: у каждого эксперта нужное число проектов, ни одного проекта из его города или с заявленным конфликтом интересов, оценки распределены по проектам поровну (насколько позволяют конфликты).',
] as const;
