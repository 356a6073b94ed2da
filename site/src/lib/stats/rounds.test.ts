import { describe, expect, it } from 'vitest';
import type { PortalStats, RoundStats } from '@portal/schema';
import { projectStageLabels } from '../project-stage.ts';
import { changeText, figureRows, missingText, roundFigures, type StatsInput, type StatsProject } from './rounds.ts';

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
    expect(rows.find((r) => r.key === 'applications')).toEqual({ key: 'applications', label: 'Заявок поступило', value: '10', change: '−4 к 2025 году' });
    expect(rows.find((r) => r.key === 'refinementsAcceptedPercent')?.value).toBe('50\u00a0%');
    expect(figureRows(rounds, 1).every((r) => r.change === null)).toBe(true);
  });
});
