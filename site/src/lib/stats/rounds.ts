// The statistics page's figures, counted from the public collections and the CMS's own counts
// (`GET /api/stats`) at build time. Pure: the page passes the loaded data in.
import { PROJECT_STAGES, refinementStats, type PortalStats, type ProjectStage, type RoundStats, type SelectionRound, type StageKind } from '@portal/schema';
import { calendarDate, votingWindow } from '@portal/schema/domain/round-calendar';
import type { CategoryCount } from '../charts/plot.ts';
import { formatDate } from '@portal/schema/domain/dates';
import { nouns, pluralWord, type PluralForms } from '../plural.ts';

/** What of a project the figures need. */
export interface StatsProject {
  reference: string;
  year: number;
  stage: ProjectStage;
  city: string;
  region: string;
  topic: { title: string } | null;
}

/** What of a round the figures need. */
export interface StatsRound {
  year: number;
  title: string;
  /** The residents' voting window (schema's votingWindow), which the votes-per-day chart spans. */
  voting?: { startDate: string; endDate: string } | null;
  /** The round's calendar: a figure whose part of the round has not started yet is ahead. */
  stages?: ReadonlyArray<{ kind: StageKind; startDate: string }>;
  timeZone?: string;
}

/** A published round as the figures need it. */
export const statsRound = (round: SelectionRound): StatsRound => ({
  year: round.year,
  title: round.title,
  voting: votingWindow(round),
  stages: round.stages,
  timeZone: round.timeZone,
});

export interface StatsInput {
  rounds: readonly StatsRound[];
  projects: readonly StatsProject[];
  refinements: ReadonlyArray<{ response: string; project: { reference: string } | null }>;
  ideas: ReadonlyArray<{ project: { reference: string } | null }>;
  stats: PortalStats;
  /** The moment of the build: what has not started by then is ahead. */
  now?: Date;
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
  /** The figures still ahead (their part of the round starts later), with the day each starts. */
  ahead: Partial<Record<FigureKey, string>>;
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
      const round = input.rounds.find((r) => r.year === year);
      return {
        year,
        title: round?.title ?? `Отбор ${year} года`,
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
        voting: round?.voting ?? null,
        ahead: round && input.now ? figuresAhead(round, input.now) : {},
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

/** Where a figure's data comes from: until that part of the round starts, the figure is ahead, not zero. */
type FigureStage = 'collection' | 'voting' | 'main_selection' | 'announcement';

/**
 * Each figure's words on the page, in the order shown: the noun that agrees with the count and the
 * words after it («74 региона в отборе»); `title` where there is no count («Регионы в отборе: нет
 * данных»); `%` where it is a share; `stage`, the part of the round that produces it.
 */
export const FIGURE_LABELS: ReadonlyArray<{ key: FigureKey; title: string; noun?: PluralForms; tail?: string; unit?: '%'; stage: FigureStage }> = [
  { key: 'applications', title: 'Заявки на отбор', noun: nouns.application, tail: 'на отбор', stage: 'collection' },
  { key: 'projects', title: 'Проекты на сайте после модерации', noun: nouns.project, tail: 'на сайте после модерации', stage: 'collection' },
  { key: 'cities', title: 'Города в отборе', noun: nouns.city, tail: 'в отборе', stage: 'collection' },
  { key: 'regions', title: 'Регионы в отборе', noun: nouns.region, tail: 'в отборе', stage: 'collection' },
  { key: 'residents', title: 'Голосовавшие жители', noun: { one: 'голосовавший житель', few: 'голосовавших жителя', many: 'голосовавших жителей' }, stage: 'voting' },
  { key: 'votes', title: 'Голоса жителей за проекты и идеи', noun: nouns.vote, tail: 'жителей за проекты и идеи', stage: 'voting' },
  { key: 'refinementsSubmitted', title: 'Доработки от жителей', noun: nouns.refinement, tail: 'от жителей', stage: 'voting' },
  { key: 'refinementsApproved', title: 'Доработки на сайте после модерации', noun: nouns.refinement, tail: 'на сайте после модерации', stage: 'voting' },
  { key: 'refinementsAcceptedPercent', title: 'Доля опубликованных доработок, учтённых командами', tail: 'опубликованных доработок учтены командами', unit: '%', stage: 'voting' },
  { key: 'ideas', title: 'Идеи в проектах', noun: nouns.idea, tail: 'в проектах', stage: 'voting' },
  { key: 'ideaVotes', title: 'Голоса за идеи', noun: nouns.vote, tail: 'за идеи', stage: 'voting' },
  { key: 'experts', title: 'Эксперты на оценке проектов', noun: nouns.expert, tail: 'на оценке проектов', stage: 'main_selection' },
  { key: 'reviewsSubmitted', title: 'Экспертные оценки', noun: { one: 'экспертная оценка', few: 'экспертные оценки', many: 'экспертных оценок' }, stage: 'main_selection' },
  { key: 'finalists', title: 'Финалисты', noun: nouns.finalist, stage: 'announcement' },
];

/** The words after a figure's number: «региона в отборе» for 74, «% опубликованных доработок…» for a share. */
export function figureLabel(key: FigureKey, value: number): string {
  const { noun, tail, unit } = FIGURE_LABELS.find((f) => f.key === key)!;
  return [unit ? null : noun && pluralWord(value, noun), tail].filter(Boolean).join(' ');
}

/**
 * The figures of a round whose part has not started on `now`'s day (in the round's time zone), each
 * with the day it starts: the current round's experts during the collection, its finalists before the
 * announcement. Voting starts with the round's voting window.
 */
export function figuresAhead(round: StatsRound, now: Date): Partial<Record<FigureKey, string>> {
  if (!round.stages?.length) return {};
  const today = calendarDate(now, round.timeZone ?? 'Europe/Moscow');
  const starts = (kind: StageKind) => round.stages?.find((s) => s.kind === kind)?.startDate ?? null;
  const stageStart: Record<FigureStage, string | null> = {
    collection: starts('collection'),
    voting: round.voting?.startDate ?? starts('collection'),
    main_selection: starts('main_selection'),
    announcement: starts('announcement'),
  };
  const ahead: Partial<Record<FigureKey, string>> = {};
  for (const { key, stage } of FIGURE_LABELS) {
    const start = stageStart[stage];
    if (start && start > today) ahead[key] = start;
  }
  return ahead;
}

export interface FigureRow {
  key: FigureKey;
  /** «1 234», «45 %», «нет данных», or «впереди» for a part of the round still to come. */
  value: string;
  /** The words after the value: agreeing with the count, or the figure's title when there is none. */
  label: string;
  /** The change against the round before, or the day a figure still ahead starts («начнётся 1 марта 2027 г.»). */
  change: string | null;
}

const number = new Intl.NumberFormat('ru-RU');

/** The figures of `rounds[index]` as the page lists them, each with its change against the round before. */
export function figureRows(rounds: readonly RoundFigures[], index: number): FigureRow[] {
  const round = rounds[index]!;
  const previous = rounds[index + 1];
  return FIGURE_LABELS.map(({ key, title, unit }) => {
    const value = round.values[key];
    const ahead = round.ahead[key];
    if (ahead) return { key, value: 'впереди', label: title, change: `начнётся ${formatDate(ahead)} г.` };
    if (value === null) return { key, value: 'нет данных', label: title, change: null };
    return {
      key,
      value: `${number.format(value)}${unit ? `\u00a0${unit}` : ''}`,
      label: figureLabel(key, value),
      change: changeText(value, previous?.values[key] ?? null, previous?.year),
    };
  });
}
