// The scoring model on tiny corpora: IDF, saturation, length normalisation, field weights,
// proximity, places named in a query, ties.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePractice } from './build-index.ts';
import { CompendiumSearch } from './engine.ts';
import { idf, pseudoFrequency, quantise, saturate } from './ranking.ts';

let counter = 0;
const practice = (p: Partial<SearchablePractice>): SearchablePractice => ({
  slug: `p${++counter}`,
  title: 'Проект',
  city: 'Омск',
  region: 'Омская область',
  topic: null,
  year: 2020,
  summary: '',
  body: [],
  ...p,
});

/** Slugs of `query`'s results over `corpus`, best first. */
function ranked(corpus: SearchablePractice[], query: string): string[] {
  const { index, cards } = buildSearchIndex(corpus);
  return new CompendiumSearch(index).search(query).docs.map((d) => cards[d]!.slug);
}

const lengths = { title: 5, place: 3, summary: 20, body: 100 };

describe('the model', () => {
  it('IDF: the rarer a stem, the more it weighs, and a stem in every document still weighs a little', () => {
    expect(idf(1, 1000)).toBeGreaterThan(idf(10, 1000));
    expect(idf(10, 1000)).toBeGreaterThan(idf(500, 1000));
    expect(idf(1000, 1000)).toBeGreaterThan(0);
  });

  it('saturation: more occurrences count more, each less than the one before, never past 1', () => {
    const at = (tf: number) => saturate(pseudoFrequency({ title: 0, place: 0, summary: 0, body: tf }, lengths, lengths));
    expect(at(2)).toBeGreaterThan(at(1));
    expect(at(2) - at(1)).toBeGreaterThan(at(3) - at(2));
    expect(at(1000)).toBeLessThan(1);
  });

  it('length normalisation: one occurrence in a field twice as long as average counts less', () => {
    const once = { title: 0, place: 0, summary: 0, body: 1 };
    expect(pseudoFrequency(once, { ...lengths, body: 200 }, lengths)).toBeLessThan(pseudoFrequency(once, lengths, lengths));
  });

  it('field weights: one occurrence in the title counts more than one in the body', () => {
    expect(pseudoFrequency({ title: 1, place: 0, summary: 0, body: 0 }, lengths, lengths)).toBeGreaterThan(
      pseudoFrequency({ title: 0, place: 0, summary: 0, body: 1 }, lengths, lengths),
    );
  });

  it('quantises any present term to at least level 1', () => {
    expect(quantise(0)).toBe(0);
    expect(quantise(0.001)).toBe(1);
  });
});

describe('ranking', () => {
  it('a rare query word outweighs a common one', () => {
    // «двор» is in the title of three practices; «сквер» only in the body of the fourth.
    const corpus = [
      practice({ slug: 'common-1', title: 'Двор для всех', body: ['Рядом построили дом.'] }),
      practice({ slug: 'common-2', title: 'Новый двор', body: ['Рядом открыли магазин.'] }),
      practice({ slug: 'rare', title: 'Проект у школы', body: ['Рядом разбили сквер.'] }),
      practice({ slug: 'common-3', title: 'Двор и дети', body: ['Рядом течёт река.'] }),
    ];
    expect(ranked(corpus, 'двор сквер')[0]).toBe('rare');
  });

  it('one occurrence in a short body outranks one in a long body', () => {
    const filler = ' жители города собрались обсудить планы на лето'.repeat(10);
    const corpus = [
      practice({ slug: 'long', year: 2024, body: [`Каток во дворе.${filler}`] }),
      practice({ slug: 'short', year: 2018, body: ['Каток во дворе.'] }),
    ];
    expect(ranked(corpus, 'каток')).toEqual(['short', 'long']);
  });

  it('words next to each other and in the query order rank above the same words apart', () => {
    const corpus = [
      practice({ slug: 'apart', year: 2024, summary: 'Площадка для встреч, где дети читают детские книги.' }),
      practice({ slug: 'together', year: 2018, summary: 'Детская площадка для встреч, где дети читают книги.' }),
    ];
    expect(ranked(corpus, 'детская площадка')).toEqual(['together', 'apart']);
  });

  it('a city in a case form boosts its practices over a mention of the city elsewhere', () => {
    const corpus = [
      practice({ slug: 'mention', year: 2024, city: 'Тверь', region: 'Тверская область', title: 'Парк у реки', body: ['Опыт Сургута помог команде.'] }),
      practice({ slug: 'surgut', year: 2019, city: 'Сургут', region: 'Ханты-Мансийский автономный округ — Югра', title: 'Сквер у школы', body: ['Парк вместе с горожанами.'] }),
    ];
    expect(ranked(corpus, 'парк в Сургуте')[0]).toBe('surgut');
  });

  it('a region in a case form boosts the practices of its cities; a place is not a hard filter', () => {
    const corpus = [
      practice({ slug: 'kirovsk', city: 'Кировск', region: 'Мурманская область', title: 'Зимний двор', summary: 'Каток для детей.' }),
      practice({ slug: 'kazan', city: 'Казань', region: 'Республика Татарстан (Татарстан)', title: 'Каток во дворе', summary: 'Каток для детей.' }),
      practice({ slug: 'omsk', title: 'Лыжня', summary: 'Лыжня в парке.' }),
    ];
    expect(ranked(corpus, 'каток в Мурманской области')[0]).toBe('kirovsk');
    expect(ranked(corpus, 'каток по Татарстану')[0]).toBe('kazan');
    expect(ranked(corpus, 'лыжня в Мурманской области')).toContain('omsk');
  });

  it('equal relevance: the newer practice first; higher relevance beats recency', () => {
    const corpus = [
      practice({ slug: 'old', year: 2016, title: 'Набережная' }),
      practice({ slug: 'new', year: 2023, title: 'Набережная' }),
      // The same field, but a longer title that is about more than the embankment.
      practice({ slug: 'newest-weaker', year: 2024, title: 'Набережная, скверы, парки, дворы и площади города' }),
    ];
    expect(ranked(corpus, 'набережная')).toEqual(['new', 'old', 'newest-weaker']);
  });
});
