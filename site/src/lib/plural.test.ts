import { describe, expect, it } from 'vitest';
import { nouns, pluralize, pluralWord } from './plural.ts';

describe('pluralize', () => {
  it.each([
    [1, nouns.project, '1 проект'],
    [3, nouns.project, '3 проекта'],
    [5, nouns.project, '5 проектов'],
    [11, nouns.project, '11 проектов'],
    [21, nouns.project, '21 проект'],
    [22, nouns.project, '22 проекта'],
    [25, nouns.finalist, '25 финалистов'],
    [5, nouns.topic, '5 тематик'],
    [4, nouns.topic, '4 тематики'],
    [1, nouns.topic, '1 тематика'],
    [0, nouns.practice, '0 практик'],
    [2, nouns.vote, '2 голоса'],
    [5, nouns.refinement, '5 доработок'],
    [1, nouns.idea, '1 идея'],
    [1, nouns.minuteAccusative, '1 минуту'],
    [3, nouns.secondAccusative, '3 секунды'],
  ])('%d → %s', (count, forms, expected) => {
    expect(pluralize(count, forms)).toBe(expected);
  });

  it('groups large counts the Russian way', () => {
    expect(pluralize(101948, nouns.project)).toBe('101\u00a0948 проектов');
  });

  it('uses the `few` form for fractions unless `other` is given', () => {
    expect(pluralWord(1.5, nouns.project)).toBe('проекта');
    expect(pluralWord(1.5, { ...nouns.project, other: 'проекта*' })).toBe('проекта*');
  });
});

describe('nouns.topicGenitive', () => {
  it('agrees after «одной из»', () => {
    expect(pluralize(5, nouns.topicGenitive)).toBe('5 тематик');
    expect(pluralize(21, nouns.topicGenitive)).toBe('21 тематики');
  });
});
