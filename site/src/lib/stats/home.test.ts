import { describe, expect, it } from 'vitest';
import type { Figure, PortalStats, RoundStats } from '@portal/schema';
import { platformResults, portalCountable } from './home.ts';

// The organisers' 2019 results as content/platform.json holds them.
const organisers: Figure[] = [
  { value: 647, qualifier: 'exact', unit: null, compact: false, label: 'городов приняли участие в разработке проектов', asOf: null },
  { value: 82, qualifier: 'exact', unit: null, compact: false, label: 'региона России', asOf: null },
  { value: 101948, qualifier: 'exact', unit: null, compact: false, label: 'голосов оставлено жителями городов в проектах', asOf: null },
  { value: 35574, qualifier: 'exact', unit: null, compact: false, label: 'доработки оставлено жителями городов в проектах', asOf: null },
  { value: 10000, qualifier: 'more_than', unit: null, compact: false, label: 'публикаций о проектах программы в федеральных и региональных СМИ', asOf: null },
  { value: 3500000, qualifier: 'more_than', unit: null, compact: true, label: 'человек проинформировано в социальных сетях', asOf: null },
];

const round: RoundStats = {
  year: 2026,
  applications: { received: 312, byDay: [], byRegion: {}, cities: 140, regions: 61 },
  residents: { voted: 5000 },
  votes: { projects: 28000, ideas: 2100, byDay: [], byTarget: [] },
  refinements: { submitted: 900, approved: 700 },
  experts: { count: 30, assigned: 90, submitted: 88 },
};
const stats = (rounds: RoundStats[]): PortalStats => ({ rounds, residentsTotal: 5000, generatedAt: '2026-12-07T03:00:00.000Z' });

describe('portalCountable', () => {
  it('tells the figures the portal counts from those it cannot, by the label’s first word', () => {
    expect(organisers.map((f) => portalCountable(f.label))).toEqual([true, true, true, true, false, false]);
  });
});

describe('platformResults', () => {
  it('shows the portal’s counts, dated, and the organisers’ figures only for media and reach', () => {
    const figures = platformResults(stats([round]), organisers, 2019);
    expect(figures.map((f) => [f.value, f.source])).toEqual([
      [140, 'по данным портала на 7 декабря 2026 г.'],
      [61, 'по данным портала на 7 декабря 2026 г.'],
      [30100, 'по данным портала на 7 декабря 2026 г.'],
      [900, 'по данным портала на 7 декабря 2026 г.'],
      [10000, 'данные организаторов, 2019 г.'],
      [3500000, 'данные организаторов, 2019 г.'],
    ]);
    expect(figures.slice(0, 4).map((f) => f.label)).toEqual([
      'городов с заявками на отбор 2026 года',
      'регион России среди них',
      'голосов жителей за проекты и идеи отбора 2026 года',
      'доработок проектов предложили жители',
    ]);
  });

  it('makes each counted label agree with its number', () => {
    const few = { ...round, applications: { ...round.applications, cities: 74, regions: 3 }, votes: { ...round.votes, projects: 1, ideas: 0 }, refinements: { submitted: 22, approved: 0 } };
    expect(platformResults(stats([few]), organisers, 2019).slice(0, 4).map((f) => f.label)).toEqual([
      'города с заявками на отбор 2026 года',
      'региона России среди них',
      'голос жителей за проекты и идеи отбора 2026 года',
      'доработки проектов предложили жители',
    ]);
  });

  it('says when the voting starts instead of showing 0 votes before it', () => {
    const collecting = { ...round, votes: { projects: 0, ideas: 0, byDay: [], byTarget: [] }, refinements: { submitted: 0, approved: 0 } };
    const calendar = {
      now: new Date('2026-02-10T09:00:00Z'),
      rounds: [{ year: 2026, title: 'Отбор 2026 года', timeZone: 'Europe/Moscow', voting: { startDate: '2026-03-01', endDate: '2026-03-31' }, stages: [{ kind: 'collection' as const, startDate: '2026-02-01' }] }],
    };
    const figures = platformResults(stats([collecting]), organisers, 2019, calendar);
    expect(figures[0]).not.toHaveProperty('ahead');
    expect(figures[2]).toMatchObject({ label: 'Голоса жителей за проекты и идеи', ahead: 'начнётся 1 марта 2026 г.' });
    expect(figures[3]).toMatchObject({ label: 'Доработки от жителей', ahead: 'начнётся 1 марта 2026 г.' });
  });

  it('shows the organisers’ figures, marked as theirs, when the portal has counted nothing', () => {
    const figures = platformResults(stats([]), organisers, 2019);
    expect(figures).toHaveLength(6);
    expect(figures.every((f) => f.source === 'данные организаторов, 2019 г.')).toBe(true);
  });
});
