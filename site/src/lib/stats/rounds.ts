// The statistics page's figures, counted from the public collections and the CMS's own counts
// (`GET /api/stats`) at build time. Pure: the page passes the loaded data in.
import { PROJECT_STAGES, refinementStats, type PortalStats, type ProjectStage, type RoundStats } from '@portal/schema';
import type { CategoryCount } from '../charts/plot.ts';

/** What of a project the figures need. */
export interface StatsProject {
  reference: string;
  year: number;
  stage: ProjectStage;
  city: string;
  region: string;
  topic: { title: string } | null;
}

export interface StatsInput {
  /** The rounds with their voting window (schema's votingWindow), which the votes-per-day chart spans. */
  rounds: ReadonlyArray<{ year: number; title: string; voting?: { startDate: string; endDate: string } | null }>;
  projects: readonly StatsProject[];
  refinements: ReadonlyArray<{ response: string; project: { reference: string } | null }>;
  ideas: ReadonlyArray<{ project: { reference: string } | null }>;
  stats: PortalStats;
}

/** One figure of a round; `null` where the portal holds no data for it. */
export type FigureKey =
  | 'applications'
  | 'projects'
  | 'cities'
  | 'regions'
  | 'residents'
  | 'votes'
  | 'refinementsSubmitted'
  | 'refinementsApproved'
  | 'refinementsAcceptedPercent'
  | 'ideas'
  | 'ideaVotes'
  | 'experts'
  | 'reviewsSubmitted'
  | 'finalists';

export interface RoundFigures {
  year: number;
  title: string;
  values: Record<FigureKey, number | null>;
  byStage: CategoryCount[];
  byTopic: CategoryCount[];
  byRegion: CategoryCount[];
  finalistsByTopic: CategoryCount[];
  finalistsByRegion: CategoryCount[];
  /** The CMS's own counts for the round (per-day series), when it holds any. */
  counted: RoundStats | null;
  voting: { startDate: string; endDate: string } | null;
}

/** A project's, refinement's or idea's round: the year its project reference starts with («2020-000101»). */
export const yearOfReference = (reference: string): number => Number(reference.slice(0, 4));

/** Counts of `keys` among `items`, as chart bars, those with none left out. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
}

/**
 * The CMS's counts of a round when it holds any of its data. A round the portal did not run (the
 * 2020 round of the archive) comes back all zeros: those are missing figures, not zero applications.
 */
function heldBy(round: RoundStats | undefined): RoundStats | null {
  if (!round) return null;
  const held = round.applications.received + round.votes.projects + round.votes.ideas + round.refinements.submitted + round.experts.assigned;
  return held > 0 ? round : null;
}

const distinct = (values: readonly string[]) => new Set(values.map((v) => v.trim().toLocaleLowerCase('ru-RU'))).size;

/** Every round the portal knows (a published round or data of its year), newest first, with its figures. */
export function roundFigures(input: StatsInput, stageLabels: Record<ProjectStage, string>): RoundFigures[] {
  const years = new Set([...input.rounds.map((r) => r.year), ...input.projects.map((p) => p.year), ...input.stats.rounds.map((r) => r.year)]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const projects = input.projects.filter((p) => p.year === year);
      const finalists = projects.filter((p) => p.stage === 'finalist');
      const counted = heldBy(input.stats.rounds.find((r) => r.year === year));
      const ofYear = <T extends { project: { reference: string } | null }>(items: readonly T[]) => items.filter((i) => i.project && yearOfReference(i.project.reference) === year);
      const refinements = refinementStats(ofYear(input.refinements));
      const topicOf = (p: StatsProject) => p.topic?.title ?? 'Без тематики';
      return {
        year,
        title: input.rounds.find((r) => r.year === year)?.title ?? `Отбор ${year} года`,
        values: {
          applications: counted?.applications.received ?? null,
          projects: projects.length,
          // The applications' cities and regions when the CMS counts them; else the published projects'.
          cities: counted ? counted.applications.cities : projects.length ? distinct(projects.map((p) => `${p.city}|${p.region}`)) : null,
          regions: counted ? counted.applications.regions : projects.length ? distinct(projects.map((p) => p.region)) : null,
          residents: counted?.residents.voted ?? null,
          votes: counted ? counted.votes.projects + counted.votes.ideas : null,
          refinementsSubmitted: counted?.refinements.submitted ?? null,
          refinementsApproved: refinements.count,
          refinementsAcceptedPercent: refinements.acceptedPercent,
          ideas: ofYear(input.ideas).length,
          ideaVotes: counted?.votes.ideas ?? null,
          experts: counted?.experts.count ?? null,
          reviewsSubmitted: counted?.experts.submitted ?? null,
          finalists: finalists.length,
        },
        byStage: PROJECT_STAGES.map((stage) => ({ label: stageLabels[stage], count: projects.filter((p) => p.stage === stage).length })).filter((s) => s.count > 0),
        byTopic: countBy(projects, topicOf),
        byRegion: countBy(projects, (p) => p.region),
        finalistsByTopic: countBy(finalists, topicOf),
        finalistsByRegion: countBy(finalists, (p) => p.region),
        counted,
        voting: input.rounds.find((r) => r.year === year)?.voting ?? null,
      };
    });
}

/** A figure's change against the previous round's: «+12 к 2025 году», «−3 к 2025 году», «как в 2025 году». */
export function changeText(current: number | null, previous: number | null, previousYear: number | undefined): string | null {
  if (current === null || previous === null || previousYear === undefined) return null;
  const delta = current - previous;
  if (delta === 0) return `как в ${previousYear} году`;
  // A typographic minus («−4»), as Russian print sets it, whatever the runtime's ICU writes.
  return `${signed.format(delta).replace('-', '\u2212')} к ${previousYear} году`;
}

const signed = new Intl.NumberFormat('ru-RU', { signDisplay: 'exceptZero', maximumFractionDigits: 1 });

/** What the portal does not hold for a round, in Russian («заявки, голоса…»), or null when it holds everything. */
export function missingText(figures: RoundFigures): string | null {
  const missing: string[] = [];
  if (!figures.counted) missing.push('поступившие заявки, голоса жителей, присланные доработки и оценки экспертов');
  if (figures.values.projects === 0) missing.push('опубликованные проекты');
  if (!missing.length) return null;
  return `В базе портала пока нет данных об этом отборе: ${missing.join('; ')}. Здесь показано то, что есть.`;
}

/** Each figure's name on the page, in the order shown; `%` where it is a share. */
export const FIGURE_LABELS: ReadonlyArray<{ key: FigureKey; label: string; unit?: '%' }> = [
  { key: 'applications', label: 'Заявок поступило' },
  { key: 'projects', label: 'Проектов опубликовано после модерации' },
  { key: 'cities', label: 'Городов участвует' },
  { key: 'regions', label: 'Регионов участвует' },
  { key: 'residents', label: 'Жителей проголосовали' },
  { key: 'votes', label: 'Голосов жителей за проекты и идеи' },
  { key: 'refinementsSubmitted', label: 'Доработок прислали жители' },
  { key: 'refinementsApproved', label: 'Доработок опубликовано после модерации' },
  { key: 'refinementsAcceptedPercent', label: 'Доля опубликованных доработок, учтённых командами', unit: '%' },
  { key: 'ideas', label: 'Идей внутри проектов' },
  { key: 'ideaVotes', label: 'Голосов за идеи' },
  { key: 'experts', label: 'Экспертов оценивали проекты' },
  { key: 'reviewsSubmitted', label: 'Экспертных оценок выставлено' },
  { key: 'finalists', label: 'Финалистов' },
];

export interface FigureRow {
  key: FigureKey;
  label: string;
  /** «1 234», «45 %», or «нет данных». */
  value: string;
  change: string | null;
}

const number = new Intl.NumberFormat('ru-RU');

/** The figures of `rounds[index]` as the page lists them, each with its change against the round before. */
export function figureRows(rounds: readonly RoundFigures[], index: number): FigureRow[] {
  const round = rounds[index]!;
  const previous = rounds[index + 1];
  return FIGURE_LABELS.map(({ key, label, unit }) => {
    const value = round.values[key];
    return {
      key,
      label,
      value: value === null ? 'нет данных' : `${number.format(value)}${unit ? `\u00a0${unit}` : ''}`,
      change: changeText(value, previous?.values[key] ?? null, previous?.year),
    };
  });
}
