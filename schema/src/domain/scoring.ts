// The numbers derived from an expert's review (the review's form is ../review.ts): the weighted
// total, and the public-support percentile and the score suggested from it. Pure: no I/O.
import { checkScoreScale, DEFAULT_SCORE_SCALE, ScoringInputError, type ScoreScale, type WeightedCriterion } from '../review.js';

/**
 * The weighted total of a review on a 0–100 scale:
 *
 *     total = 100 · Σᵢ wᵢ · (sᵢ − min) / ((max − min) · Σᵢ wᵢ)
 *
 * where sᵢ is the score on criterion i and wᵢ its weight (1 unless the round says otherwise). It is
 * the weighted mean of the scores, rescaled so that all-minimum is 0 and all-maximum is 100; with
 * equal weights on the 0–10 scale it is the mean score times ten. Unrounded (the CSV rounds);
 * kept within 0–100 against floating-point rounding.
 * @throws ScoringInputError unless there is exactly one in-scale score per criterion and the weights are positive.
 */
export function weightedTotal(
  scores: ReadonlyArray<{ readonly criterion: number; readonly score: number }>,
  criteria: readonly WeightedCriterion[],
  scale: ScoreScale = DEFAULT_SCORE_SCALE,
): number {
  checkScoreScale(scale);
  if (criteria.length === 0) throw new ScoringInputError('Нет критериев: передайте критерии раунда отбора.');
  const byCriterion = new Map<number, number>();
  for (const { criterion, score } of scores) {
    if (!Number.isInteger(criterion) || criterion < 0 || criterion >= criteria.length) {
      throw new ScoringInputError(`Оценка по несуществующему критерию ${criterion}: в отборе критериев ${criteria.length} (номера с 0).`);
    }
    if (byCriterion.has(criterion)) throw new ScoringInputError(`Оценка по критерию ${criterion} указана дважды: проверьте отзыв схемой reviewSchema.`);
    if (!Number.isFinite(score) || score < scale.min || score > scale.max) {
      throw new ScoringInputError(`Оценка ${score} по критерию ${criterion} вне шкалы ${scale.min}–${scale.max}: проверьте отзыв схемой reviewSchema.`);
    }
    byCriterion.set(criterion, score);
  }
  let weighted = 0;
  let possible = 0;
  criteria.forEach((c, i) => {
    const weight = c.weight ?? 1;
    if (!(Number.isFinite(weight) && weight > 0)) {
      throw new ScoringInputError(`Вес критерия ${i} должен быть положительным числом (сейчас ${weight}): исправьте его в раунде отбора.`);
    }
    const score = byCriterion.get(i);
    if (score === undefined) throw new ScoringInputError(`Нет оценки по критерию ${i}: итог считается только по полному отзыву.`);
    weighted += weight * (score - scale.min);
    // Summed term by term like the numerator, so that all-maximum gives exactly 100.
    possible += weight * (scale.max - scale.min);
  });
  const total = 100 * (weighted / possible);
  return Math.min(100, Math.max(0, total));
}

/**
 * The percentile rank of a project's public support among the projects of its round, 0–100:
 *
 *     percentile = 100 · (L + E / 2) / N, rounded to one decimal,
 *
 * where N is the number of projects in `allVotesInRound` (the vote counts of every project of the
 * round, this one included), L the number of them with strictly fewer votes than `votes`, and E the
 * number with exactly as many (this project among them). This is the mid-rank definition: tied
 * projects get the same percentile, a round where every project has the same count puts all of them
 * at 50, and with four projects of 1, 2, 3 and 4 votes the percentiles are 12.5, 37.5, 62.5, 87.5.
 * It reads as "better supported than this share of the round", independent of how many votes the
 * round collected in total.
 * @throws ScoringInputError when the round's list is empty or a count is not a non-negative integer.
 */
export function publicSupportPercentile(votes: number, allVotesInRound: readonly number[]): number {
  checkVotes(votes);
  if (allVotesInRound.length === 0) {
    throw new ScoringInputError('Нет голосов раунда: передайте число голосов каждого проекта раунда, включая этот.');
  }
  let fewer = 0;
  let equal = 0;
  for (const v of allVotesInRound) {
    checkVotes(v);
    if (v < votes) fewer++;
    else if (v === votes) equal++;
  }
  return Math.round((1000 * (fewer + equal / 2)) / allVotesInRound.length) / 10;
}

/**
 * The score the form suggests for the public-support criterion: the scale cut into max − min + 1
 * equal bands of percentile, the lowest band giving min and the highest max:
 *
 *     suggested = min + ⌊percentile / 100 · (max − min + 1)⌋, capped at max.
 *
 * On 0–10 each score gets 1/11 of the percentile range (0–9.0 → 0, 9.1–18.1 → 1, …, 81.9–90.9 → 9, 91.0–100 → 10),
 * so in a large round every suggested score is about equally frequent. Only a suggestion: the
 * expert sees the votes and decides, as the criterion's wording («на основе голосования») asks.
 * @throws ScoringInputError when the percentile is outside 0–100 or the scale is not a range of integers.
 */
export function suggestedSupportScore(percentile: number, scale: ScoreScale = DEFAULT_SCORE_SCALE): number {
  checkScoreScale(scale);
  if (!Number.isFinite(percentile) || percentile < 0 || percentile > 100) {
    throw new ScoringInputError(`Процентиль поддержки — число от 0 до 100 (получено ${percentile}).`);
  }
  const bands = scale.max - scale.min + 1;
  return scale.min + Math.min(bands - 1, Math.floor((percentile * bands) / 100));
}

function checkVotes(votes: number): void {
  if (!Number.isInteger(votes) || votes < 0) {
    throw new ScoringInputError(`Число голосов — целое неотрицательное число (получено ${votes}).`);
  }
}
