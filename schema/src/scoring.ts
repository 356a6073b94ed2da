// An expert's review in the main selection (Основной отбор) and the numbers derived from it.
//
// The review form is built from the round: one integer score per criterion of the round (six in
// 2020), an optional comment per score and a required overall comment. The weighted total puts a
// review on a 0–100 scale so that reviews, experts and rounds with different scales compare.
// The public-support criterion (basedOnVotes) is scored by the expert like the others; the form
// shows the project's votes and a suggested score (suggestedSupportScore), the expert decides.
//
// Pure: no I/O, and only type imports between the package's files, so plain `node` scripts can
// import it straight from the source.

import { z } from 'zod';
import type { Criterion } from './selection-round.js';

/** The integer range of a criterion score, both ends inclusive. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

/** 0 to 10: the scale of the expert council's form. */
export const DEFAULT_SCORE_SCALE: ScoreScale = Object.freeze({ min: 0, max: 10 });

/** The longest comment on one criterion score, in characters. */
export const CRITERION_COMMENT_MAX = 1000;
/** The bounds of the overall comment of a review, in characters, after trimming. */
export const OVERALL_COMMENT_MIN = 20;
export const OVERALL_COMMENT_MAX = 4000;

/** Thrown when the round's criteria or scale, or a review handed to a calculation, cannot be used; the message says how to fix it (in Russian). */
export class ScoringInputError extends Error {
  override name = 'ScoringInputError';
}

/** What reviewSchema needs of a criterion: its title for the messages. */
export type ReviewCriterion = Pick<Criterion, 'title'>;
/** What weightedTotal needs of a criterion: its weight, 1 when absent (as CriterionSchema defaults it). */
export type WeightedCriterion = { readonly weight?: number | undefined };

export interface ReviewSchemaOptions {
  /** The round's criteria, in the round's order; a score refers to a criterion by its index here. */
  criteria: readonly ReviewCriterion[];
  /** The scale of every criterion score; DEFAULT_SCORE_SCALE (0–10) when absent. */
  scale?: ScoreScale;
}

/**
 * The zod schema of an expert's review for a round with the given criteria:
 * `{ scores: [{ criterion, score, comment? }], overallComment }`.
 *
 * - `criterion` is the 0-based index of the criterion in the round's `criteria`; there is exactly one
 *   score per criterion (each index once, none missing, none extra);
 * - `score` is an integer within the scale, both ends included;
 * - `comment` is optional, trimmed, at most 1000 characters; an empty one is dropped;
 * - `overallComment` is required, trimmed, 20 to 4000 characters.
 *
 * The parsed review lists its scores in criterion order. Every message is in Russian and names the
 * criterion it is about, so the form can show it next to the field (the issue's path points there).
 * @throws ScoringInputError when the criteria are empty or the scale is not a range of integers.
 */
export function reviewSchema({ criteria, scale = DEFAULT_SCORE_SCALE }: ReviewSchemaOptions) {
  checkScale(scale);
  if (criteria.length === 0) {
    throw new ScoringInputError('У отбора нет критериев: добавьте критерии оценки в раунд отбора, прежде чем принимать оценки экспертов.');
  }
  const title = (index: number) => criteria[index]!.title;
  // One object schema per criterion, told apart by `criterion`, so that every message can name the
  // criterion it is about.
  const entries = criteria.map((c, index) => {
    const scoreMessage = `Оценка по критерию «${c.title}» — целое число от ${scale.min} до ${scale.max}`;
    return z.object({
      /** 0-based index of the criterion in the round's `criteria`. */
      criterion: z.literal(index),
      /** The expert's score, an integer within the scale. */
      score: z.number({ error: scoreMessage }).int(scoreMessage).min(scale.min, scoreMessage).max(scale.max, scoreMessage),
      /** Why this score; optional, an empty one is dropped. */
      comment: z
        .string({ error: `Комментарий к оценке по критерию «${c.title}» должен быть текстом` })
        .trim()
        .max(CRITERION_COMMENT_MAX, `Комментарий к оценке по критерию «${c.title}» — не длиннее ${CRITERION_COMMENT_MAX} знаков`)
        .optional()
        .transform((comment) => comment || undefined),
    });
  });
  const ScoreEntrySchema = z.discriminatedUnion('criterion', entries as [(typeof entries)[number], ...typeof entries], {
    error: `Номер критерия — целое число от 0 до ${criteria.length - 1} (критериев в отборе: ${criteria.length})`,
  });

  const overallMessage = `Общий комментарий обязателен: не короче ${OVERALL_COMMENT_MIN} знаков`;
  return z.object({
    /** One score per criterion of the round, in any order on input, in criterion order after parsing. */
    scores: z
      .array(ScoreEntrySchema, { error: 'Оценки по критериям должны быть списком' })
      .superRefine((scores, ctx) => {
        const seen = new Set<number>();
        scores.forEach((s, i) => {
          if (seen.has(s.criterion)) {
            ctx.addIssue({
              code: 'custom',
              path: [i, 'criterion'],
              message: `Оценка по критерию «${title(s.criterion)}» указана дважды: оставьте одну`,
              input: s.criterion,
            });
          } else {
            seen.add(s.criterion);
          }
        });
        criteria.forEach((c, index) => {
          if (!seen.has(index)) {
            ctx.addIssue({ code: 'custom', path: [], message: `Нет оценки по критерию «${c.title}»: поставьте ${scale.min}–${scale.max}`, input: scores });
          }
        });
      })
      .transform((scores) => [...scores].sort((a, b) => a.criterion - b.criterion)),
    /** The expert's conclusion on the project as a whole. */
    overallComment: z
      .string({ error: overallMessage })
      .trim()
      .min(OVERALL_COMMENT_MIN, overallMessage)
      .max(OVERALL_COMMENT_MAX, `Общий комментарий — не длиннее ${OVERALL_COMMENT_MAX} знаков`),
  });
}
export type ReviewSchema = ReturnType<typeof reviewSchema>;
/** A parsed review: scores in criterion order, comments trimmed. */
export type Review = z.output<ReviewSchema>;
export type ReviewInput = z.input<ReviewSchema>;
export type CriterionScore = Review['scores'][number];

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
  checkScale(scale);
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
  checkScale(scale);
  if (!Number.isFinite(percentile) || percentile < 0 || percentile > 100) {
    throw new ScoringInputError(`Процентиль поддержки — число от 0 до 100 (получено ${percentile}).`);
  }
  const bands = scale.max - scale.min + 1;
  return scale.min + Math.min(bands - 1, Math.floor((percentile * bands) / 100));
}

function checkScale(scale: ScoreScale): void {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new ScoringInputError(
      `Шкала оценок — целые числа от min до max, min меньше max (получено ${scale.min}–${scale.max}); например { min: 0, max: 10 }.`,
    );
  }
}

function checkVotes(votes: number): void {
  if (!Number.isInteger(votes) || votes < 0) {
    throw new ScoringInputError(`Число голосов — целое неотрицательное число (получено ${votes}).`);
  }
}

/** An expert's declaration of a conflict of interest: why, briefly. Seen by the organisers only. */
export const CONFLICT_REASON = { min: 5, max: 2000 } as const;
export const ConflictReasonSchema = z
  .string({ error: 'Коротко опишите конфликт интересов' })
  .trim()
  .min(CONFLICT_REASON.min, `Коротко опишите конфликт интересов (не короче ${CONFLICT_REASON.min} знаков)`)
  .max(CONFLICT_REASON.max, `Опишите конфликт интересов короче: не длиннее ${CONFLICT_REASON.max} знаков`);
