// The home page's «Результаты работы платформы»: the figures the portal counts itself where it holds
// the data, the organisers' own figures only for what it cannot count (media publications, social
// reach), each with its source and date.
import type { Figure, PortalStats } from '@portal/schema';
import { formatDate } from '@portal/schema/domain/dates';
import { nouns, pluralWord } from '../plural.ts';
import { FIGURE_LABELS, figuresAhead, type FigureKey, type StatsRound } from './rounds.ts';

/** `ahead`: the figure's part of the round is still to come («начнётся 1 марта 2026 г.»); shown instead of its 0. */
export type SourcedFigure = Figure & { source: string; ahead?: string };

/** The organisers' figures the portal can count itself: their labels start with these stems. */
const COUNTABLE = ['город', 'регион', 'голос', 'доработ'] as const;

/** Whether an organisers' figure is one the portal counts («городов…», «голосов…»), by its label's first word. */
export function portalCountable(label: string): boolean {
  const first = label.trim().split(/\s+/)[0]?.toLocaleLowerCase('ru-RU') ?? '';
  return COUNTABLE.some((stem) => first.startsWith(stem));
}

/**
 * The figures for the block: the newest round the CMS counted (cities, regions, votes, refinements),
 * then the organisers' figures it cannot count. Without counted data, the organisers' figures alone.
 * With the rounds' calendars and the build's moment, a figure whose part of the round has not
 * started (the votes before the voting) says so instead of showing 0.
 */
export function platformResults(
  stats: PortalStats,
  organisers: readonly Figure[],
  organisersYear: number,
  calendar?: { rounds: readonly StatsRound[]; now: Date },
): SourcedFigure[] {
  const round = stats.rounds.find((r) => r.applications.received > 0 || r.votes.projects + r.votes.ideas > 0);
  const editorial = (f: Figure): SourcedFigure => ({ ...f, asOf: null, source: `данные организаторов, ${organisersYear} г.` });
  if (!round) return organisers.map(editorial);
  const asOf = stats.generatedAt.slice(0, 10);
  const source = `по данным портала на ${formatDate(asOf)} г.`;
  const calendarRound = calendar?.rounds.find((r) => r.year === round.year);
  const ahead = calendarRound && calendar ? figuresAhead(calendarRound, calendar.now) : {};
  const counted = (key: FigureKey, value: number, label: string): SourcedFigure => {
    const figure = { value, label, unit: null, qualifier: 'exact' as const, compact: false, asOf: null, source };
    const start = ahead[key];
    if (!start) return figure;
    return { ...figure, label: FIGURE_LABELS.find((f) => f.key === key)!.title, ahead: `начнётся ${formatDate(start)} г.` };
  };
  const votes = round.votes.projects + round.votes.ideas;
  return [
    counted('cities', round.applications.cities, `${pluralWord(round.applications.cities, nouns.city)} с заявками на отбор ${round.year} года`),
    counted('regions', round.applications.regions, `${pluralWord(round.applications.regions, nouns.region)} России среди них`),
    counted('votes', votes, `${pluralWord(votes, nouns.vote)} жителей за проекты и идеи отбора ${round.year} года`),
    counted('refinementsSubmitted', round.refinements.submitted, `${pluralWord(round.refinements.submitted, nouns.refinement)} проектов предложили жители`),
    ...organisers.filter((f) => !portalCountable(f.label)).map(editorial),
  ];
}
