import { describe, expect, it } from 'vitest';
import { describeFilter, isFiltering, matchesPracticeFilter, parsePracticeFilter } from './print-filter.ts';

const perm = { topic: 'smart-city', region: 'Пермский край', year: 2019 };
const surgut = { topic: null, region: 'Ханты-Мансийский автономный округ — Югра', year: 2019 };

describe('parsePracticeFilter', () => {
  it('reads topic, region and year, repeated or comma-separated', () => {
    expect(parsePracticeFilter('?topic=smart-city&region=%D0%9F%D0%B5%D1%80%D0%BC%D1%81%D0%BA%D0%B8%D0%B9+%D0%BA%D1%80%D0%B0%D0%B9&year=2019,2020&year=2021')).toEqual({
      topics: ['smart-city'],
      regions: ['Пермский край'],
      years: [2019, 2020, 2021],
    });
  });

  it('ignores empty values and years that are not years', () => {
    const filter = parsePracticeFilter('?topic=&year=next&year=19');
    expect(filter).toEqual({ topics: [], regions: [], years: [] });
    expect(isFiltering(filter)).toBe(false);
  });
});

describe('matchesPracticeFilter', () => {
  it('matches everything without a filter', () => {
    const none = parsePracticeFilter('');
    expect([perm, surgut].every((p) => matchesPracticeFilter(p, none))).toBe(true);
  });

  it('requires every criterion given, any value of each', () => {
    const filter = parsePracticeFilter(new URLSearchParams({ region: 'Пермский край', year: '2018,2019' }));
    expect(matchesPracticeFilter(perm, filter)).toBe(true);
    expect(matchesPracticeFilter(surgut, filter)).toBe(false);
    expect(matchesPracticeFilter({ ...perm, year: 2020 }, filter)).toBe(false);
  });

  it('a topic filter leaves out practices without a topic', () => {
    const filter = parsePracticeFilter('?topic=smart-city');
    expect(matchesPracticeFilter(perm, filter)).toBe(true);
    expect(matchesPracticeFilter(surgut, filter)).toBe(false);
  });
});

describe('describeFilter', () => {
  const title = (slug: string) => (slug === 'smart-city' ? 'Умный город' : slug);

  it('says how many practices of how many are shown, and by what', () => {
    const filter = parsePracticeFilter(new URLSearchParams({ topic: 'smart-city', region: 'Пермский край', year: '2019' }));
    expect(describeFilter(filter, 3, 40, title)).toBe('Показаны 3 практики из 40: тематика «Умный город»; регион Пермский край; год 2019.');
    expect(describeFilter(filter, 1, 40, title)).toMatch(/^Показана 1 практика из 40/);
    expect(describeFilter(filter, 5, 40, title)).toMatch(/^Показано 5 практик из 40/);
  });

  it('says so when nothing matches', () => {
    expect(describeFilter(parsePracticeFilter('?year=2030,2031'), 0, 40, title)).toBe('Практик по отбору нет: годы 2030, 2031.');
  });
});
