import type { Region } from '@portal/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetSourceLabels, comparePractices, participationItems, relatedPractices } from './practices.ts';

const practice = (slug: string, over: { year?: number; region?: Region; topic?: string | null } = {}) => ({
  slug,
  title: slug,
  year: over.year ?? 2019,
  region: over.region ?? ('Пермский край' as Region),
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

  it('takes practices of the same topic or the same region, nearest years first', () => {
    const related = relatedPractices(self, [
      practice('topic-2015', { topic: 'smart-city', region: 'Республика Тыва', year: 2015 }),
      practice('region-2021', { region: 'Москва', year: 2021 }),
      practice('topic-2020', { topic: 'smart-city', region: 'Республика Тыва', year: 2020 }),
      practice('region-2017', { region: 'Москва', year: 2017 }),
      self,
    ]);
    expect(related.map((p) => p.slug)).toEqual(['topic-2020', 'region-2021', 'region-2017', 'topic-2015']);
  });

  it('leaves out itself and practices that share neither topic nor region, even of the same year', () => {
    const sameYearOnly = practice('same-year', { region: 'Республика Тыва', year: 2020 });
    const otherTopic = practice('other-topic', { topic: 'children-in-the-city', region: 'Республика Тыва', year: 2020 });
    expect(relatedPractices(self, [self, sameYearOnly, otherTopic])).toEqual([]);
  });

  it('at the same distance prefers a practice sharing both topic and region, then the compendium order', () => {
    const both = practice('both', { topic: 'smart-city', region: 'Москва', year: 2019 });
    const regionNewer = practice('region-newer', { region: 'Москва', year: 2021 });
    const topicOnly = practice('topic-only', { topic: 'smart-city', region: 'Республика Тыва', year: 2019 });
    expect(relatedPractices(self, [topicOnly, regionNewer, both]).map((p) => p.slug)).toEqual(['both', 'region-newer', 'topic-only']);
  });

  it('picks the same practices, in the same order, as sorting every candidate would', () => {
    const regions: Region[] = ['Москва', 'Пермский край', 'Республика Тыва'];
    const arbitrary = fc.record({
      title: fc.constantFrom('Парк', 'Сквер', 'Набережная', 'Аллея'),
      year: fc.integer({ min: 2014, max: 2022 }),
      region: fc.constantFrom(...regions),
      topic: fc.option(fc.constantFrom('smart-city', 'parks'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (specs, limit) => {
        // Titles repeat: ties go all the way down, where the first seen must win.
        const all = specs.map((s, i) => ({ ...practice(`p${i}`, s), title: s.title }));
        const reference = all
          .filter((o) => o.slug !== self.slug && (o.region === self.region || (o.topic?.slug ?? null) === 'smart-city'))
          .sort((a, b) => {
            const shared = (o: typeof a) => Number(o.topic?.slug === 'smart-city') + Number(o.region === self.region);
            return Math.abs(a.year - 2020) - Math.abs(b.year - 2020) || shared(b) - shared(a) || comparePractices(a, b);
          })
          .slice(0, limit);
        expect(relatedPractices(self, all, limit).map((p) => p.slug)).toEqual(reference.map((p) => p.slug));
      }),
    );
  });

  it('shows at most four by default, or the limit given', () => {
    const many = Array.from({ length: 10 }, (_, i) => practice(`p${i}`, { region: 'Москва', year: 2010 + i }));
    expect(relatedPractices(self, many)).toHaveLength(4);
    expect(relatedPractices(self, many, 2).map((p) => p.slug)).toEqual(['p9', 'p8']);
  });

  it('does not relate practices by a topic neither has', () => {
    const a = practice('a', { region: 'Республика Тыва', year: 2018 });
    expect(relatedPractices(a, [practice('b', { region: 'Москва', year: 2018 })])).toEqual([]);
  });
});

describe('participationItems', () => {
  it('lists the known counts with agreeing Russian labels, in a fixed order', () => {
    expect(participationItems({ residents: 8280, votes: 58_343, ideas: null, refinements: null })).toEqual([
      { key: 'residents', value: 8280, label: 'жителей участвовали' },
      { key: 'votes', value: 58_343, label: 'голоса' },
    ]);
    expect(participationItems({ residents: 21, votes: 1, ideas: 30, refinements: 2 }).map((i) => i.label)).toEqual([
      'житель участвовал',
      'голос',
      'идей',
      'доработки',
    ]);
  });

  it('is empty without participation', () => {
    expect(participationItems(null)).toEqual([]);
    expect(participationItems({ residents: null, votes: null, ideas: null, refinements: null })).toEqual([]);
  });
});

describe('budgetSourceLabels', () => {
  it('names every kind of source in Russian', () => {
    expect(Object.values(budgetSourceLabels).every((label) => /^[А-ЯЁ]/.test(label))).toBe(true);
    expect(budgetSourceLabels.municipal_budget).toBe('Муниципальный бюджет');
  });
});
