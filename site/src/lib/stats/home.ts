// The home page's «Результаты работы платформы»: the figures the portal counts itself where it holds
// the data, the organisers' own figures only for what it cannot count (media publications, social
// reach), each with its source and date.
import type { Figure, PortalStats } from '@portal/schema';
import { formatDate } from '../dates.ts';

export type SourcedFigure = Figure & { source: string };

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
 */
export function platformResults(stats: PortalStats, organisers: readonly Figure[], organisersYear: number): SourcedFigure[] {
  const round = stats.rounds.find((r) => r.applications.received > 0 || r.votes.projects + r.votes.ideas > 0);
  const editorial = (f: Figure): SourcedFigure => ({ ...f, asOf: null, source: `данные организаторов, ${organisersYear} г.` });
  if (!round) return organisers.map(editorial);
  const asOf = stats.generatedAt.slice(0, 10);
  const source = `по данным портала на ${formatDate(asOf)} г.`;
  const counted = (value: number, label: string): SourcedFigure => ({ value, label, unit: null, qualifier: 'exact', compact: false, asOf: null, source });
  return [
    counted(round.applications.cities, `городов подали заявки на отбор ${round.year} года`),
    counted(round.applications.regions, 'регионов России среди них'),
    counted(round.votes.projects + round.votes.ideas, `голосов жителей за проекты и идеи отбора ${round.year} года`),
    counted(round.refinements.submitted, 'доработок проектов предложили жители'),
    ...organisers.filter((f) => !portalCountable(f.label)).map(editorial),
  ];
}
