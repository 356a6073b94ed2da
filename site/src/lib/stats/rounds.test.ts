import { describe, expect, it } from 'vitest';
import type { PortalStats, RoundStats } from '@portal/schema';
import { projectStageLabels } from '../project-stage.ts';
import { changeText, figureLabel, figureRows, figuresAhead, missingText, roundFigures, type StatsInput, type StatsProject } from './rounds.ts';

const project = (reference: string, stage: StatsProject['stage'], region: string, topic: string | null, city = 'Пермь'): StatsProject => ({
  reference,
  year: Number(reference.slice(0, 4)),
  stage,
  city,
  region,
  topic: topic ? { title: topic } : null,
});

const counted = (year: number, over: Partial<RoundStats> = {}): RoundStats => ({
  year,
  applications: { received: 10, byDay: [], byRegion: {}, cities: 4, regions: 3 },
  residents: { voted: 7 },
  votes: { projects: 20, ideas: 5, byDay: [], byTarget: [] },
  refinements: { submitted: 6, approved: 4 },
  experts: { count: 2, assigned: 6, submitted: 5 },
  ...over,
});

const stats = (...rounds: RoundStats[]): PortalStats => ({ rounds, residentsTotal: 9, generatedAt: '2026-12-07T00:00:00.000Z' });

const input = (over: Partial<StatsInput> = {}): StatsInput => ({
  rounds: [
    { year: 2025, title: 'Отбор 2025 года' },
    { year: 2026, title: 'Отбор 2026 года' },
  ],
  projects: [
    project('2026-000001', 'finalist', 'Пермский край', 'Общественные пространства'),
    project('2026-000002', 'finalist', 'Пермский край', 'Общественные пространства', 'Кунгур'),
    project('2026-000003', 'review_failed', 'Москва', null, 'Москва'),
    project('2025-000001', 'finalist', 'Москва', 'Туризм', 'Москва'),
  ],
  refinements: [
    { response: 'accepted', project: { reference: '2026-000001' } },
    { response: 'declined', project: { reference: '2026-000001' } },
    { response: 'accepted', project: { reference: '2025-000001' } },
  ],
  ideas: [{ project: { reference: '2026-000002' } }, { project: null }],
  stats: stats(counted(2026), counted(2025, { applications: { received: 14, byDay: [], byRegion: {}, cities: 5, regions: 3 } })),
  ...over,
});

describe('roundFigures', () => {
  it('counts each round from the collections and the CMS’s counts, newest first', () => {
    const [current, past] = roundFigures(input(), projectStageLabels);
    expect(current!.year).toBe(2026);
    expect(current!.values).toEqual({
      applications: 10,
      projects: 3,
      cities: 4,
      regions: 3,
      residents: 7,
      votes: 25,
      refinementsSubmitted: 6,
      refinementsApproved: 2,
      refinementsAcceptedPercent: 50,
      ideas: 1,
      ideaVotes: 5,
      experts: 2,
      reviewsSubmitted: 5,
      finalists: 2,
    });
    expect(current!.byStage).toEqual([
      { label: projectStageLabels.review_failed, count: 1 },
      { label: projectStageLabels.finalist, count: 2 },
    ]);
    expect(current!.byTopic).toEqual([
      { label: 'Общественные пространства', count: 2 },
      { label: 'Без тематики', count: 1 },
    ]);
    expect(current!.finalistsByRegion).toEqual([{ label: 'Пермский край', count: 2 }]);
    expect(past!.values.refinementsAcceptedPercent).toBe(100);
  });

  it('shows what an archive-only round has and leaves the rest as no data', () => {
    const zeros = counted(2020, {
      applications: { received: 0, byDay: [], byRegion: {}, cities: 0, regions: 0 },
      residents: { voted: 0 },
      votes: { projects: 0, ideas: 0, byDay: [], byTarget: [] },
      refinements: { submitted: 0, approved: 0 },
      experts: { count: 0, assigned: 0, submitted: 0 },
    });
    const [archive] = roundFigures(input({ rounds: [{ year: 2020, title: 'Отбор 2020 года' }], projects: [], refinements: [], ideas: [], stats: stats(zeros) }), projectStageLabels);
    expect(archive!.values.applications).toBeNull();
    expect(archive!.values.votes).toBeNull();
    expect(archive!.values.cities).toBeNull();
    expect(archive!.values.projects).toBe(0);
    expect(missingText(archive!)).toBe(
      'В базе портала пока нет данных об этом отборе: поступившие заявки, голоса жителей, присланные доработки и оценки экспертов; опубликованные проекты. Здесь показано то, что есть.',
    );
  });

  it('counts cities and regions from the published projects when the CMS does not', () => {
    const [current] = roundFigures(input({ stats: stats() }), projectStageLabels);
    expect(current!.values.cities).toBe(3);
    expect(current!.values.regions).toBe(2);
    expect(missingText(current!)).toMatch(/поступившие заявки/);
  });
});

describe('changes against the previous round', () => {
  it('says the difference in Russian, with the sign and the previous year', () => {
    expect(changeText(10, 14, 2025)).toBe('−4 к 2025 году');
    expect(changeText(1500, 300, 2025)).toBe('+1\u00a0200 к 2025 году');
    expect(changeText(3, 3, 2025)).toBe('как в 2025 году');
    expect(changeText(null, 3, 2025)).toBeNull();
    expect(changeText(3, 3, undefined)).toBeNull();
  });

  it('lists a round’s figures with their change; the oldest round has none', () => {
    const rounds = roundFigures(input(), projectStageLabels);
    const rows = figureRows(rounds, 0);
    expect(rows.find((r) => r.key === 'applications')).toEqual({ key: 'applications', label: 'заявок на отбор', value: '10', change: '−4 к 2025 году' });
    expect(rows.find((r) => r.key === 'refinementsAcceptedPercent')).toMatchObject({ value: '50\u00a0%', label: 'опубликованных доработок учтены командами' });
    expect(figureRows(rounds, 1).every((r) => r.change === null)).toBe(true);
  });
});

describe('the words of a figure', () => {
  it('agree with the count, as Intl.PluralRules says', () => {
    expect(figureLabel('regions', 74)).toBe('региона в отборе');
    expect(figureLabel('regions', 21)).toBe('регион в отборе');
    expect(figureLabel('regions', 85)).toBe('регионов в отборе');
    expect(figureLabel('cities', 3)).toBe('города в отборе');
    expect(figureLabel('experts', 41)).toBe('эксперт на оценке проектов');
    expect(figureLabel('residents', 2)).toBe('голосовавших жителя');
    expect(figureLabel('reviewsSubmitted', 1)).toBe('экспертная оценка');
    expect(figureLabel('finalists', 100)).toBe('финалистов');
  });

  it('fall back to the figure’s title where there is no count', () => {
    const [archive] = roundFigures(input({ rounds: [{ year: 2020, title: 'Отбор 2020 года' }], projects: [], refinements: [], ideas: [], stats: stats() }), projectStageLabels);
    expect(figureRows([archive!], 0).find((r) => r.key === 'applications')).toEqual({ key: 'applications', value: 'нет данных', label: 'Заявки на отбор', change: null });
  });
});

describe('figures of a part of the round still to come', () => {
  const round2026 = {
    year: 2026,
    title: 'Отбор 2026 года',
    timeZone: 'Europe/Moscow',
    voting: { startDate: '2026-03-01', endDate: '2026-04-30' },
    stages: [
      { kind: 'collection' as const, startDate: '2026-03-01' },
      { kind: 'technical_review' as const, startDate: '2026-05-01' },
      { kind: 'main_selection' as const, startDate: '2026-05-15' },
      { kind: 'announcement' as const, startDate: '2026-06-30' },
    ],
  };

  it('are ahead until their stage starts on the round’s calendar (Moscow time)', () => {
    expect(Object.keys(figuresAhead(round2026, new Date('2026-03-10T12:00:00Z')))).toEqual(['experts', 'reviewsSubmitted', 'finalists']);
    // 21:30 UTC on 14 May is 00:30 on 15 May in Moscow: the experts' stage has begun.
    expect(figuresAhead(round2026, new Date('2026-05-14T21:30:00Z'))).toEqual({ finalists: '2026-06-30' });
    expect(figuresAhead(round2026, new Date('2026-07-01T00:00:00Z'))).toEqual({});
    expect(Object.keys(figuresAhead(round2026, new Date('2026-02-01T00:00:00Z')))).toHaveLength(14);
    expect(figuresAhead({ year: 2020, title: 'Отбор 2020 года' }, new Date('2020-01-01T00:00:00Z'))).toEqual({});
  });

  it('say «впереди» and the day they start, never 0 or a fall against the round before', () => {
    const figures = roundFigures(
      input({
        rounds: [{ year: 2025, title: 'Отбор 2025 года' }, round2026],
        stats: stats(counted(2026, { experts: { count: 0, assigned: 0, submitted: 0 } }), counted(2025, { experts: { count: 41, assigned: 120, submitted: 120 } })),
        now: new Date('2026-03-10T12:00:00Z'),
      }),
      projectStageLabels,
    );
    const rows = figureRows(figures, 0);
    expect(rows.find((r) => r.key === 'experts')).toEqual({ key: 'experts', value: 'впереди', label: 'Эксперты на оценке проектов', change: 'начнётся 15 мая 2026 г.' });
    expect(rows.find((r) => r.key === 'finalists')?.change).toBe('начнётся 30 июня 2026 г.');
    expect(rows.find((r) => r.key === 'applications')).toMatchObject({ value: '10', change: 'как в 2025 году' });
    // The past round's figures are all counted.
    expect(figureRows(figures, 1).some((r) => r.value === 'впереди')).toBe(false);
  });
});
