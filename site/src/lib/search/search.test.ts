import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePractice } from './build-index.ts';
import { CompendiumSearch, fragment, highlight } from './engine.ts';
import { decodePostings, encodePostings, type Posting } from './format.ts';
import { normalize, stem, terms } from './text.ts';

const topic = (slug: string, title: string) => ({ slug, title });
const children = topic('children-in-the-city', 'Дети в городе');
const heritage = topic('cultural-heritage', 'Культурно-историческое наследие');

const practice = (p: Partial<SearchablePractice> & Pick<SearchablePractice, 'slug' | 'title' | 'city'>): SearchablePractice => ({
  region: 'Московская область',
  topic: null,
  year: 2019,
  summary: '',
  body: [],
  ...p,
});

const corpus: SearchablePractice[] = [
  practice({ slug: 'surgut-park', title: 'Парк, спроектированный вместе с горожанами', city: 'Сургут', region: 'Ханты-Мансийский автономный округ — Югра', summary: 'Горожане голосовали за идеи для парка.', body: ['8280 горожан вовлечено в разработку проекта парка.'] }),
  practice({ slug: 'chusovoy', title: 'Чусовой — лыжная столица России', city: 'Чусовой', region: 'Пермский край', summary: 'Идеи развития города и стратегическая сессия.', year: 2019 }),
  practice({ slug: 'kazan-playgrounds', title: 'Новые детские площадки во дворах', city: 'Казань', region: 'Республика Татарстан', topic: children, summary: 'Жители выбрали места для детских площадок.', year: 2021 }),
  practice({ slug: 'perm-embankment', title: 'Набережная для всех', city: 'Пермь', region: 'Пермский край', summary: 'Благоустройство набережной Камы с парками и скверами.', year: 2020 }),
  practice({ slug: 'tver-factory', title: 'Креативный кластер на месте фабрики', city: 'Тверь', region: 'Тверская область', topic: heritage, summary: 'Бывшая ткацкая фабрика стала пространством для мастерских.', body: ['Лыжный клуб проводит здесь встречи.'], year: 2018 }),
];
const { index, cards } = buildSearchIndex(corpus);
const engine = new CompendiumSearch(index);
const slugs = (q: string, filters = {}) => engine.search(q, filters).docs.map((d) => cards[d]!.slug);

describe('Russian text handling', () => {
  it('folds case and ё, drops punctuation', () => {
    expect(normalize('Ёлки-Палки, «Сургут»!')).toBe('елки палки сургут');
  });
  it('stems word forms to one term', () => {
    expect(new Set(['парк', 'парков', 'парками', 'парка'].map(stem)).size).toBe(1);
    expect(stem('лыжная')).toBe(stem('лыжный'));
    expect(stem('детская')).toBe(stem('детских'));
  });
  it('drops stop words', () => {
    expect(terms('Парк для детей и взрослых')).not.toContain('для');
  });
});

describe('posting lists', () => {
  const roundTrip = (postings: Posting[], n: number) => {
    const encoded = encodePostings(postings, n);
    const { docs, impacts, positions } = decodePostings(encoded);
    return { encoded, decoded: [...docs].map((doc, i) => ({ doc, impact: impacts[i], position: positions[i] })) };
  };
  const postings: Posting[] = [
    { doc: 1000, impact: 7, position: 63 },
    { doc: 0, impact: 7, position: 0 },
    { doc: 5, impact: 1, position: -1 },
    { doc: 6, impact: 3, position: 12 },
  ];
  const sorted = [...postings].sort((a, b) => a.doc - b.doc);

  it('round-trip documents, impacts and positions as gaps where a term is rare', () => {
    const { encoded, decoded } = roundTrip(postings, 5000);
    expect(encoded.docs).toBe(['1', '5', '1', (1000 - 6).toString(36)].join('.'));
    expect(decoded).toEqual(sorted);
  });

  it('round-trip as a bitmap where a term is common', () => {
    const dense = postings.map((p) => (p.doc === 1000 ? { ...p, doc: 63 } : p));
    const { encoded, decoded } = roundTrip(dense, 64);
    expect(encoded.docs.startsWith('~')).toBe(true);
    expect(decoded).toEqual([...dense].sort((a, b) => a.doc - b.doc));
  });

  it('keep a position only within the first 64 words', () => {
    const { decoded } = roundTrip([{ doc: 3, impact: 2, position: 64 }], 100);
    expect(decoded).toEqual([{ doc: 3, impact: 2, position: -1 }]);
  });
});

describe('CompendiumSearch', () => {
  it('an empty query lists everything, newest first', () => {
    expect(slugs('')).toEqual(['kazan-playgrounds', 'perm-embankment', 'surgut-park', 'chusovoy', 'tver-factory']);
  });

  it.each([
    ['парк', 'surgut-park'],
    ['парков', 'surgut-park'],
    ['парками', 'surgut-park'],
    ['лыжная столица', 'chusovoy'],
    ['лыжной столицы', 'chusovoy'],
    ['детская площадка', 'kazan-playgrounds'],
    ['детских площадок', 'kazan-playgrounds'],
    ['Сургт', 'surgut-park'],
    ['сургут', 'surgut-park'],
    ['СУРГУТ', 'surgut-park'],
    ['набережной', 'perm-embankment'],
    ['фабрики', 'tver-factory'],
    ['ткацкая фабрика тверь', 'tver-factory'],
  ])('%s → %s first', (query, expected) => {
    expect(slugs(query)[0]).toBe(expected);
  });

  it('ranks a title or city match above a body match', () => {
    // «лыжн…» is in Chusovoy's title and only in the body of the Tver practice.
    expect(slugs('лыжный')).toEqual(['chusovoy', 'tver-factory']);
  });

  it('ranks practices with every word above those with some', () => {
    expect(slugs('парк пермь')[0]).toBe('perm-embankment');
  });

  it('filters by topic, region and year, with facet counts that follow the query', () => {
    expect(slugs('', { region: 'Пермский край' })).toEqual(['perm-embankment', 'chusovoy']);
    expect(slugs('', { topic: 'children-in-the-city' })).toEqual(['kazan-playgrounds']);
    expect(slugs('', { year: 2019 })).toEqual(['surgut-park', 'chusovoy']);
    const { facets } = engine.search('парк');
    expect(facets.region.map((f) => [f.label, f.count])).toEqual([
      ['Пермский край', 1],
      ['Ханты-Мансийский автономный округ — Югра', 1],
    ]);
    // A facet's own filter does not narrow its own counts.
    const filtered = engine.search('', { region: 'Пермский край' });
    expect(filtered.facets.region.find((f) => f.label === 'Республика Татарстан')?.count).toBe(1);
    expect(filtered.facets.year.map((f) => f.value).sort()).toEqual([2019, 2020]);
  });

  it('an unknown filter value matches nothing rather than everything', () => {
    expect(slugs('', { region: 'Нет такого региона' })).toEqual([]);
  });

  it('reports words that matched nothing, so the page can suggest what to try', () => {
    const outcome = engine.search('космодром');
    expect(outcome.docs).toEqual([]);
    expect(outcome.unmatchedWords).toEqual(['космодром']);
  });
});

describe('highlighting', () => {
  it('marks every word form of a matched stem', () => {
    const pieces = highlight('Парк и парками гордятся', [stem('парк')]);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['Парк', 'парками']);
  });
  it('cuts a long text around the first match', () => {
    const text = `${'Слово '.repeat(80)}набережная Камы ${'конец '.repeat(40)}`;
    const pieces = fragment(text, [stem('набережная')], 120);
    const joined = pieces.map((p) => p.text).join('');
    expect(joined.length).toBeLessThanOrEqual(130);
    expect(joined.startsWith('… ')).toBe(true);
    expect(pieces.some((p) => p.mark && p.text === 'набережная')).toBe(true);
  });
});

describe('numbers', () => {
  it('indexes years but not other figures, and matches a year exactly', () => {
    const built = buildSearchIndex([
      practice({ slug: 'a', title: 'Парк', city: 'Омск', summary: 'Открыт в 2019 году, 15 634 посетителя', year: 2019 }),
      practice({ slug: 'b', title: 'Сквер', city: 'Тула', summary: 'Открыт в 2018 году', year: 2018 }),
    ]);
    expect(built.index.terms).toContain('2019');
    expect(built.index.terms).not.toContain('634');
    const e = new CompendiumSearch(built.index);
    expect(e.search('2019').docs.map((d) => built.cards[d]!.slug)).toEqual(['a']);
  });
});

describe('typos', () => {
  it('a misspelt city in an inflected query still finds its practice first (the e2e query)', () => {
    expect(slugs('лыжной столицы Чусовй')[0]).toBe('chusovoy');
  });
  it('a correctly spelt word does not pull in look-alike stems', () => {
    expect(engine.search('парк').matchedStems).not.toContain(stem('парты'));
  });
});
