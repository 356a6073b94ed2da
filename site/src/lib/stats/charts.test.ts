import { describe, expect, it } from 'vitest';
import { projectStageLabels } from '../project-stage.ts';
import { newestCharts, roundCharts, TOP_REGIONS } from './charts.ts';
import { roundFigures, type StatsProject } from './rounds.ts';
import { RUSSIAN_REGIONS, type RoundStats } from '@portal/schema';

const counted: RoundStats = {
  year: 2026,
  applications: { received: 3, byDay: [{ date: '2026-01-13', count: 1 }, { date: '2026-01-14', count: 2 }], byRegion: {}, cities: 2, regions: 2 },
  residents: { voted: 1 },
  votes: { projects: 0, ideas: 0, byDay: [{ date: '2026-01-13', count: 0 }], byTarget: [] },
  refinements: { submitted: 0, approved: 0 },
  experts: { count: 0, assigned: 0, submitted: 0 },
};
const projects: StatsProject[] = RUSSIAN_REGIONS.slice(0, 20).map((region, i) => ({
  reference: `2026-${String(i + 1).padStart(6, '0')}`,
  year: 2026,
  stage: 'submitted',
  city: `Город ${i}`,
  region,
  topic: { title: 'Общественные пространства' },
}));

describe('roundCharts', () => {
  const rounds = roundFigures(
    {
      rounds: [
        { year: 2025, title: 'Отбор 2025 года' },
        { year: 2026, title: 'Отбор 2026 года' },
      ],
      projects,
      refinements: [],
      ideas: [],
      stats: { rounds: [counted], residentsTotal: 1, generatedAt: '2026-01-15T00:00:00.000Z' },
    },
    projectStageLabels,
  );

  it('draws what the round has — applications per day, stages, topics, regions — and skips empty series', () => {
    const charts = roundCharts(rounds[0]!);
    expect(charts.map((c) => c.title)).toEqual(['Заявки по дням приёма', 'Проекты по этапам отбора', 'Проекты по тематикам', 'Проекты по регионам']);
    expect(charts[0]!.rows).toEqual([
      ['13 января 2026', '1'],
      ['14 января 2026', '2'],
    ]);
  });

  it('draws the top regions and tables them all, saying so', () => {
    const regions = roundCharts(rounds[0]!).find((c) => c.title === 'Проекты по регионам')!;
    expect(regions.rows).toHaveLength(20);
    expect(regions.image.svg.match(/<rect /g)).toHaveLength(TOP_REGIONS);
    expect(regions.note).toBe('На графике 15 с наибольшим числом проектов, в таблице — все 20.');
  });

  it('charts the newest round with data only', () => {
    expect(newestCharts(rounds)?.year).toBe(2026);
    expect(newestCharts(rounds.slice(1))).toBeNull();
  });
});

describe('the votes-per-day chart', () => {
  it('spans the voting window and counts the votes dated outside it in its note', () => {
    const votes: RoundStats = {
      ...counted,
      votes: {
        projects: 7,
        ideas: 0,
        byDay: [
          { date: '2025-10-16', count: 2 },
          { date: '2026-01-13', count: 4 },
          { date: '2026-01-14', count: 1 },
        ],
        byTarget: [],
      },
    };
    const [round] = roundFigures(
      { rounds: [{ year: 2026, title: 'Отбор 2026 года', voting: { startDate: '2026-01-13', endDate: '2026-01-14' } }], projects: [], refinements: [], ideas: [], stats: { rounds: [votes], residentsTotal: 1, generatedAt: '' } },
      projectStageLabels,
    );
    const chart = roundCharts(round!).find((c) => c.id === 'votes-2026')!;
    expect(chart.rows).toEqual([
      ['13 января 2026', '4'],
      ['14 января 2026', '1'],
    ]);
    expect(chart.note).toBe('Ещё 2 голоса датированы днями вне окна голосования и в график не вошли.');
  });
});
