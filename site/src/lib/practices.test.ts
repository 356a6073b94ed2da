import { describe, expect, it } from 'vitest';
import { comparePractices, relatedPractices } from './practices.ts';

const practice = (slug: string, over: { year?: number; region?: string; topic?: string | null } = {}) => ({
  slug,
  title: slug,
  year: over.year ?? 2019,
  region: over.region ?? 'Пермский край',
  topic: over.topic ? { slug: over.topic, title: over.topic } : null,
});

describe('comparePractices', () => {
  it('puts the newest first, then sorts by title', () => {
    const list = [practice('б', { year: 2019 }), practice('а', { year: 2019 }), practice('в', { year: 2020 })];
    expect(list.sort(comparePractices).map((p) => p.slug)).toEqual(['в', 'а', 'б']);
  });
});

describe('relatedPractices', () => {
  const self = practice('self', { topic: 'smart-city', region: 'Москва', year: 2020 });
  const sameTopic = practice('same-topic', { topic: 'smart-city', region: 'Тыва', year: 2018 });
  const sameRegion = practice('same-region', { region: 'Москва', year: 2018 });
  const sameYear = practice('same-year', { region: 'Тыва', year: 2020 });
  const unrelated = practice('unrelated', { region: 'Тыва', year: 2018 });

  it('ranks the same topic, then region, then year, and leaves out itself and the unrelated', () => {
    const related = relatedPractices(self, [unrelated, sameYear, self, sameRegion, sameTopic]);
    expect(related.map((p) => p.slug)).toEqual(['same-topic', 'same-region', 'same-year']);
  });

  it('stops at the limit', () => {
    expect(relatedPractices(self, [sameTopic, sameRegion, sameYear], 1)).toHaveLength(1);
  });

  it('does not relate practices by a topic neither has', () => {
    const a = practice('a', { region: 'Тыва', year: 2018 });
    expect(relatedPractices(a, [practice('b', { region: 'Москва', year: 2017 })])).toEqual([]);
  });
});
