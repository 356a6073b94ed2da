// The charts of one round on /stats/: which to draw from the figures it has, their titles and tables.
import type { DailyCount } from '@portal/schema';
import { categoryChart, dailyChart, type CategoryCount, type ChartImage } from '../charts/plot.ts';
import { formatDate } from '@portal/schema/domain/dates';
import { formatNumber } from '../format-number.ts';
import { nouns, pluralize } from '../plural.ts';
import type { RoundFigures } from './rounds.ts';

export interface ChartBlock {
  /** Names the chart's file: /stats/charts/<id>.svg (chartPath). */
  id: string;
  title: string;
  image: ChartImage;
  columns: readonly [string, string];
  rows: ReadonlyArray<readonly [string, string]>;
  note?: string;
}

/** Where a chart's SVG file is on the site (src/pages/stats/charts/[id].svg.ts writes it). */
export const chartPath = (id: string) => `/stats/charts/${id}.svg`;

/** Regions drawn as bars (the table lists every one). */
export const TOP_REGIONS = 15;

function daily(id: string, title: string, series: readonly DailyCount[], unit: string, column: string): ChartBlock {
  return { id, title, image: dailyChart(series, title, unit), columns: ['Дата', column], rows: series.map((d) => [formatDate(d.date), formatNumber(d.count)] as const) };
}

function categories(id: string, title: string, items: readonly CategoryCount[], column: [string, string], limit = Infinity): ChartBlock {
  const counted = column[1].toLocaleLowerCase('ru-RU');
  const drawn = items.slice(0, limit);
  return {
    id,
    title,
    image: categoryChart(drawn, title),
    columns: column,
    rows: items.map((c) => [c.label, formatNumber(c.count)] as const),
    ...(items.length > drawn.length ? { note: `На графике ${drawn.length} с наибольшим числом ${counted}, в таблице — все ${items.length}.` } : {}),
  };
}

/**
 * Votes per day across the round's voting window. Votes dated outside it (possible only in data
 * loaded from elsewhere) are left out of the picture and counted in its note.
 */
function votesChart(window: { startDate: string; endDate: string } | null, byDay: readonly DailyCount[], year: number): ChartBlock {
  const inWindow = window ? byDay.filter((d) => d.date >= window.startDate && d.date <= window.endDate) : byDay;
  const chart = daily(`votes-${year}`, 'Голоса жителей по дням голосования', inWindow.length ? inWindow : byDay, 'голосов', 'Голосов');
  const outside = byDay.reduce((sum, d) => sum + d.count, 0) - inWindow.reduce((sum, d) => sum + d.count, 0);
  return outside > 0 && inWindow.length ? { ...chart, note: `Ещё ${pluralize(outside, nouns.vote)} датированы днями вне окна голосования и в график не вошли.` } : chart;
}

/** The round's charts, each only where there is something to draw (finalists are listed, not drawn: a few dozen). */
export function roundCharts(round: RoundFigures): ChartBlock[] {
  const charts: ChartBlock[] = [];
  const counted = round.counted;
  const y = round.year;
  if (counted && counted.applications.received > 0) charts.push(daily(`applications-${y}`, 'Заявки по дням приёма', counted.applications.byDay, 'заявок', 'Заявок'));
  if (counted && counted.votes.byDay.some((d) => d.count > 0)) charts.push(votesChart(round.voting, counted.votes.byDay, y));
  if (round.byStage.length) charts.push(categories(`stages-${y}`, 'Проекты по этапам отбора', round.byStage, ['Этап', 'Проектов']));
  if (round.byTopic.length) charts.push(categories(`topics-${y}`, 'Проекты по тематикам', round.byTopic, ['Тематика', 'Проектов']));
  if (round.byRegion.length) charts.push(categories(`regions-${y}`, 'Проекты по регионам', round.byRegion, ['Регион', 'Проектов'], TOP_REGIONS));
  return charts;
}

/**
 * The charts of the newest round that has something to draw, and its year; earlier rounds show
 * their figures only, which keeps the page light on a phone.
 */
export function newestCharts(rounds: readonly RoundFigures[]): { year: number; charts: ChartBlock[] } | null {
  for (const round of rounds) {
    const charts = roundCharts(round);
    if (charts.length) return { year: round.year, charts };
  }
  return null;
}
