import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchablePractice } from './build-index.ts';
import { CompendiumSearch } from './engine.ts';
import { collectWords, editDistance, Suggester } from './suggest.ts';

describe('the vocabulary of written words', () => {
  it('keeps words as written (not stems), most frequent first, folding case and ё', () => {
    const words = collectWords(['Парк у реки. Парки и скверы', 'Ёлочный базар в парке', 'Скверы, парк']);
    expect(words.slice(0, 2)).toEqual(['парк', 'скверы']);
    expect(words).toEqual(expect.arrayContaining(['парки', 'парке', 'реки', 'скверы', 'елочный', 'базар']));
  });

  it('leaves out stop words, words of one or two letters and numbers; ties in alphabetical order', () => {
    expect(collectWords(['Это парк для всех, 2019 год, 15 634 жителя, ул. Ленина'])).toEqual(['год', 'жителя', 'ленина', 'парк']);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('парк', 'парк')).toBe(0);
    expect(editDistance('прак', 'парк')).toBe(1);
    expect(editDistance('пар', 'парк')).toBe(1);
    expect(editDistance('пврк', 'парк')).toBe(1);
    expect(editDistance('чксвой', 'чусовой')).toBe(2);
  });
});

describe('Suggester', () => {
  const suggester = new Suggester(collectWords(['Чусовой — лыжная столица', 'Лыжная трасса в Чусовом', 'купеческая усадьба', 'усадьбы и усадьба', 'котором']));

  it('corrects a misspelt word to a word the texts contain, in the form they contain it', () => {
    expect(suggester.correct('чксвой')).toBe('чусовой');
    expect(suggester.correct('усдбьа')).toBe('усадьба');
    expect(suggester.correct('лыжнпя')).toBe('лыжная');
  });

  it('leaves known words, short words, numbers and words nothing is close to alone', () => {
    expect(suggester.correct('усадьба')).toBeNull();
    expect(suggester.correct('ус')).toBeNull();
    expect(suggester.correct('2019')).toBeNull();
    // «котором» shares letters with «космодром» but is three edits away: not a typo of it.
    expect(suggester.correct('космодром')).toBeNull();
  });

  it('corrects only the words no index knows, keeping the rest and a capital the reader typed', () => {
    expect(suggester.suggest('Чксвой лыжная', ['чксвой'])).toBe('Чусовой лыжная');
    expect(suggester.suggest('лыжнпя Чксвой', ['лыжнпя', 'чксвой'])).toBe('лыжная Чусовой');
    expect(suggester.suggest('космодром', ['космодром'])).toBeNull();
    expect(suggester.suggest('Чксвой', [])).toBeNull();
  });
});

describe('a suggestion against a real index', () => {
  const practice = (slug: string, title: string, city: string, summary: string): SearchablePractice => ({
    slug,
    title,
    city,
    region: 'Пермский край',
    topic: null,
    year: 2019,
    summary,
    body: [],
  });
  const docs = [
    practice('chusovoy', 'Чусовой — лыжная столица России', 'Чусовой', 'Идеи развития города и стратегическая сессия.'),
    practice('perm', 'Набережная для всех', 'Пермь', 'Благоустройство набережной Камы с парками и скверами.'),
  ];
  const { index, cards } = buildSearchIndex(docs);
  const engine = new CompendiumSearch(index);
  const suggester = new Suggester(collectWords(docs.flatMap((d) => [d.title, d.city, d.summary])));

  it('turns a query the engine finds nothing for into one that finds the practice', () => {
    const typo = engine.search('Чксвой');
    expect(typo.docs).toEqual([]);
    const corrected = suggester.suggest('Чксвой', typo.unmatchedWords);
    expect(corrected).toBe('Чусовой');
    expect(engine.search(corrected!).docs.map((d) => cards[d]!.slug)).toEqual(['chusovoy']);
  });
});
