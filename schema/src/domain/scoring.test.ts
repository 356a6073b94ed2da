import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReviewInput, type ScoreScale, DEFAULT_SCORE_SCALE, ScoringInputError, reviewSchema } from '../review.js';
import { publicSupportPercentile, suggestedSupportScore, weightedTotal } from './scoring.js';

/** The six criteria of the 2020 main selection (SPEC), equal weights. */
const criteria2020 = [
  'Актуальность проекта для города',
  'Логическая связанность и реализуемость',
  'Достижимость заявленного социально-экономического эффекта',
  'Обоснованность бюджета',
  'Соответствие опыта и компетенций команды планируемой деятельности',
  'Общественная поддержка проекта (на основе пользовательского голосования)',
].map((title, i) => ({ title, weight: 1, basedOnVotes: i === 5 }));

const overallComment = 'Проект продуман, бюджет обоснован, команда сильная.';
const validReview = (): ReviewInput => ({
  scores: [7, 8, 6, 5, 9, 4].map((score, criterion) => ({ criterion, score })),
  overallComment,
});
const schema2020 = reviewSchema({ criteria: criteria2020 });
const messagesOf = (input: unknown) => {
  const result = schema2020.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('reviewSchema', () => {
  it('accepts a complete review, lists the scores in criterion order and trims the comments', () => {
    const review = validReview();
    review.scores.reverse();
    review.scores[0]!.comment = '  Поддержка жителей высокая  ';
    review.scores[1]!.comment = '   ';
    const parsed = schema2020.parse({ ...review, overallComment: `  ${overallComment}\n` });
    expect(parsed.scores.map((s) => s.criterion)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(parsed.scores[5]).toEqual({ criterion: 5, score: 4, comment: 'Поддержка жителей высокая' });
    expect(parsed.scores[4]).toEqual({ criterion: 4, score: 9 });
    expect(parsed.overallComment).toBe(overallComment);
  });

  it('accepts both ends of the scale', () => {
    const scores = criteria2020.map((_, criterion) => ({ criterion, score: criterion % 2 ? 10 : 0 }));
    expect(schema2020.safeParse({ scores, overallComment }).success).toBe(true);
  });

  it.each<[string, (r: ReviewInput) => void, string]>([
    ['a score above the scale', (r) => (r.scores[3]!.score = 11), 'scores.3.score: Оценка по критерию «Обоснованность бюджета» — целое число от 0 до 10'],
    ['a negative score', (r) => (r.scores[0]!.score = -1), 'scores.0.score: Оценка по критерию «Актуальность проекта для города» — целое число от 0 до 10'],
    ['a fractional score', (r) => (r.scores[1]!.score = 7.5), 'scores.1.score: Оценка по критерию «Логическая связанность и реализуемость» — целое число от 0 до 10'],
    ['a score given as text', (r) => ((r.scores[2] as { score: unknown }).score = '7'), 'scores.2.score: Оценка по критерию «Достижимость заявленного социально-экономического эффекта» — целое число от 0 до 10'],
    ['a missing criterion', (r) => r.scores.splice(4, 1), 'scores: Нет оценки по критерию «Соответствие опыта и компетенций команды планируемой деятельности»: поставьте 0–10'],
    ['a criterion scored twice', (r) => (r.scores[5]!.criterion = 0), 'scores.5.criterion: Оценка по критерию «Актуальность проекта для города» указана дважды: оставьте одну'],
    ['an unknown criterion', (r) => (r.scores[5]!.criterion = 6), 'scores.5.criterion: Номер критерия — целое число от 0 до 5 (критериев в отборе: 6)'],
    ['a comment over 1000 characters', (r) => (r.scores[3]!.comment = 'б'.repeat(1001)), 'scores.3.comment: Комментарий к оценке по критерию «Обоснованность бюджета» — не длиннее 1000 знаков'],
    ['a short overall comment', (r) => (r.overallComment = '   Хорошо.          '), 'overallComment: Общий комментарий обязателен: не короче 20 знаков'],
    ['no overall comment', (r) => delete (r as Partial<ReviewInput>).overallComment, 'overallComment: Общий комментарий обязателен: не короче 20 знаков'],
    ['an overall comment over 4000 characters', (r) => (r.overallComment = 'а'.repeat(4001)), 'overallComment: Общий комментарий — не длиннее 4000 знаков'],
  ])('rejects %s with a Russian message at the field', (_, spoil, message) => {
    const review = validReview();
    spoil(review);
    expect(messagesOf(review)).toContain(message);
  });

  it('takes its scale from the caller', () => {
    const schema = reviewSchema({ criteria: [{ title: 'Бюджет' }], scale: { min: 1, max: 5 } });
    expect(schema.safeParse({ scores: [{ criterion: 0, score: 5 }], overallComment }).success).toBe(true);
    const result = schema.safeParse({ scores: [{ criterion: 0, score: 0 }], overallComment });
    expect(result.error?.issues[0]?.message).toBe('Оценка по критерию «Бюджет» — целое число от 1 до 5');
  });

  it.each<[string, () => unknown]>([
    ['no criteria', () => reviewSchema({ criteria: [] })],
    ['an empty scale', () => reviewSchema({ criteria: criteria2020, scale: { min: 5, max: 5 } })],
    ['a fractional scale', () => reviewSchema({ criteria: criteria2020, scale: { min: 0, max: 9.5 } })],
  ])('refuses to build a form with %s', (_, build) => {
    expect(build).toThrow(ScoringInputError);
  });
});

describe('weightedTotal', () => {
  const scores = (...values: number[]) => values.map((score, criterion) => ({ criterion, score }));

  it('is the mean score times ten with equal weights on 0–10', () => {
    expect(weightedTotal(scores(10, 8, 6, 4, 2, 0), criteria2020)).toBe(50);
    expect(weightedTotal(scores(7, 8, 6, 5, 9, 4), criteria2020)).toBeCloseTo((39 / 6) * 10, 12);
    expect(weightedTotal(scores(10, 10, 10, 10, 10, 10), criteria2020)).toBe(100);
    expect(weightedTotal(scores(0, 0, 0, 0, 0, 0), criteria2020)).toBe(0);
  });

  it('weighs the criteria: 100 · Σ w(s − min) / ((max − min) · Σ w)', () => {
    const weighted = criteria2020.map((c, i) => ({ ...c, weight: i === 0 ? 2 : 1 }));
    // 100 · 2·10 / (10 · 7) = 28.571…
    expect(weightedTotal(scores(10, 0, 0, 0, 0, 0), weighted)).toBeCloseTo(200 / 7, 12);
    // A weight left out counts as 1.
    expect(weightedTotal(scores(10, 0), [{ weight: 3 }, {}])).toBe(75);
  });

  it('rescales other scales to 0–100', () => {
    // (5 − 1) + (3 − 1) = 6 of 2 · 4 = 8 → 75.
    expect(weightedTotal(scores(5, 3), [{}, {}], { min: 1, max: 5 })).toBe(75);
  });

  it('ignores the order of the scores', () => {
    expect(weightedTotal(scores(7, 8, 6, 5, 9, 4).reverse(), criteria2020)).toBe(weightedTotal(scores(7, 8, 6, 5, 9, 4), criteria2020));
  });

  it.each<[string, Array<{ criterion: number; score: number }>, RegExp]>([
    ['a missing score', scores(1, 2, 3, 4, 5), /Нет оценки по критерию 5/],
    ['a duplicate score', [...scores(1, 2, 3, 4, 5, 6), { criterion: 0, score: 1 }], /указана дважды/],
    ['an unknown criterion', [...scores(1, 2, 3, 4, 5, 6), { criterion: 6, score: 1 }], /несуществующему критерию 6/],
    ['a score out of scale', scores(1, 2, 3, 4, 5, 11), /вне шкалы 0–10/],
  ])('refuses %s', (_, given, message) => {
    expect(() => weightedTotal(given, criteria2020)).toThrow(message);
  });

  it('refuses a non-positive weight', () => {
    expect(() => weightedTotal(scores(1), [{ weight: 0 }])).toThrow(/Вес критерия 0 должен быть положительным/);
  });

  it('stays within 0–100 for any weights and in-scale scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.tuple(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 10,
        }),
        (min, width, items) => {
          const scale = { min, max: min + width };
          const given = items.map(([, at], criterion) => ({ criterion, score: min + Math.round(at * width) }));
          const total = weightedTotal(given, items.map(([weight]) => ({ weight })), scale);
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100);
          if (given.every((s) => s.score === scale.max)) expect(total).toBe(100);
          if (given.every((s) => s.score === scale.min)) expect(total).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('publicSupportPercentile', () => {
  it('puts distinct counts at the middle of their share: 12.5, 37.5, 62.5, 87.5', () => {
    const round = [4, 1, 3, 2];
    expect([1, 2, 3, 4].map((v) => publicSupportPercentile(v, round))).toEqual([12.5, 37.5, 62.5, 87.5]);
  });

  it('gives tied projects the same percentile: fewer + half of the ties', () => {
    const round = [0, 0, 5, 5, 5, 10];
    expect(publicSupportPercentile(0, round)).toBe(16.7); // (0 + 2/2) / 6
    expect(publicSupportPercentile(5, round)).toBe(58.3); // (2 + 3/2) / 6
    expect(publicSupportPercentile(10, round)).toBe(91.7); // (5 + 1/2) / 6
    expect(publicSupportPercentile(7, [7, 7, 7])).toBe(50);
    expect(publicSupportPercentile(3, [3])).toBe(50);
  });

  it.each<[string, () => unknown]>([
    ['an empty round', () => publicSupportPercentile(1, [])],
    ['negative votes', () => publicSupportPercentile(-1, [1])],
    ['fractional votes in the round', () => publicSupportPercentile(1, [1, 2.5])],
  ])('refuses %s', (_, run) => {
    expect(run).toThrow(ScoringInputError);
  });

  it('is within 0–100, one decimal, equal for equal counts and growing with the count', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }), (round) => {
        const percentiles = round.map((v) => publicSupportPercentile(v, round));
        percentiles.forEach((p, i) => {
          expect(p).toBeGreaterThan(0);
          expect(p).toBeLessThan(100);
          expect(Math.round(p * 10) / 10).toBe(p);
          round.forEach((other, j) => {
            if (other === round[i]) expect(percentiles[j]).toBe(p);
            if (other > round[i]!) expect(percentiles[j]).toBeGreaterThan(p);
          });
        });
      }),
    );
  });
});

describe('suggestedSupportScore', () => {
  it('cuts 0–100 into eleven equal bands on 0–10', () => {
    expect([0, 9, 9.1, 18.1, 18.2, 50, 87.5, 90.9, 91, 100].map((p) => suggestedSupportScore(p))).toEqual([0, 0, 1, 1, 2, 5, 9, 9, 10, 10]);
  });

  it('follows the scale it is given', () => {
    const scale: ScoreScale = { min: 1, max: 5 };
    expect([0, 19.9, 20, 50, 79.9, 80, 100].map((p) => suggestedSupportScore(p, scale))).toEqual([1, 1, 2, 3, 4, 5, 5]);
  });

  it('refuses a percentile outside 0–100', () => {
    expect(() => suggestedSupportScore(100.1)).toThrow(/от 0 до 100/);
    expect(() => suggestedSupportScore(Number.NaN)).toThrow(ScoringInputError);
  });

  it('is an integer within the scale that never falls as the percentile grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 10 }), fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (min, width, a, b) => {
        const scale = { min, max: min + width };
        const [low, high] = [suggestedSupportScore(Math.min(a, b), scale), suggestedSupportScore(Math.max(a, b), scale)];
        expect(Number.isInteger(low)).toBe(true);
        expect(low).toBeGreaterThanOrEqual(scale.min);
        expect(high).toBeLessThanOrEqual(scale.max);
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});

describe('reviewSchema properties', () => {
  const title = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim().length > 0);
  /** A round (criteria and scale) and an exactly valid review for it, its scores in a random order. */
  const roundAndReview = fc
    .record({
      titles: fc.array(title, { minLength: 1, maxLength: 8 }),
      min: fc.integer({ min: -5, max: 5 }),
      width: fc.integer({ min: 1, max: 12 }),
    })
    .chain(({ titles, min, width }) =>
      fc.record({
        criteria: fc.constant(titles.map((t) => ({ title: t }))),
        scale: fc.constant({ min, max: min + width }),
        scores: fc.shuffledSubarray(
          titles.map((_, criterion) => criterion),
          { minLength: titles.length, maxLength: titles.length },
        ).chain((order) =>
          fc.tuple(
            ...order.map((criterion) =>
              fc.record(
                {
                  criterion: fc.constant(criterion),
                  score: fc.integer({ min, max: min + width }),
                  comment: fc.string({ maxLength: 1000 }),
                },
                { requiredKeys: ['criterion', 'score'] },
              ),
            ),
          ),
        ),
        overallComment: fc.string({ minLength: 20, maxLength: 4000 }).filter((c) => c.trim().length >= 20),
      }),
    );

  it('accepts every exactly valid review', () => {
    fc.assert(
      fc.property(roundAndReview, ({ criteria, scale, scores, overallComment }) => {
        const parsed = reviewSchema({ criteria, scale }).parse({ scores, overallComment });
        expect(parsed.scores.map((s) => s.criterion)).toEqual(criteria.map((_, i) => i));
        expect(weightedTotal(parsed.scores, criteria.map((c) => ({ ...c, weight: 1 })), scale)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a review with a score out of scale, a fractional score, or a criterion missing or repeated', () => {
    const spoilt = fc.tuple(roundAndReview, fc.constantFrom('above', 'below', 'fraction', 'missing', 'repeated'), fc.nat(), fc.integer({ min: 1, max: 100 }));
    fc.assert(
      fc.property(spoilt, ([{ criteria, scale, scores, overallComment }, how, which, by]) => {
        const i = which % scores.length;
        const entries = scores.map((s) => ({ ...s }));
        if (how === 'above') entries[i]!.score = scale.max + by;
        if (how === 'below') entries[i]!.score = scale.min - by;
        if (how === 'fraction') entries[i]!.score = Math.min(entries[i]!.score, scale.max - 1) + 0.5;
        if (how === 'missing') entries.splice(i, 1);
        if (how === 'repeated') entries.push({ ...entries[i]! });
        expect(reviewSchema({ criteria, scale }).safeParse({ scores: entries, overallComment }).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('uses 0–10 by default', () => {
    expect(DEFAULT_SCORE_SCALE).toEqual({ min: 0, max: 10 });
  });
});
