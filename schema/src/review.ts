// An expert's review in the main selection (Основной отбор): the form the site sends and the CMS
// checks. The numbers derived from it are in domain/scoring.ts.
//
// The review form is built from the round: one integer score per criterion of the round (six in
// 2020), an optional comment per score and a required overall comment. The weighted total puts a
// review on a 0–100 scale so that reviews, experts and rounds with different scales compare.
// The public-support criterion (basedOnVotes) is scored by the expert like the others; the form
// shows the project's votes and a suggested score (suggestedSupportScore), the expert decides.

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
  checkScoreScale(scale);
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

/** @throws ScoringInputError unless the scale is a range of integers, min below max. */
export function checkScoreScale(scale: ScoreScale): void {
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new ScoringInputError(
      `Шкала оценок — целые числа от min до max, min меньше max (получено ${scale.min}–${scale.max}); например { min: 0, max: 10 }.`,
    );
  }
}

/** An expert's declaration of a conflict of interest: why, briefly. Seen by the organisers only. */
export const CONFLICT_REASON = { min: 5, max: 2000 } as const;
export const ConflictReasonSchema = z
  .string({ error: 'Коротко опишите конфликт интересов' })
  .trim()
  .min(CONFLICT_REASON.min, `Коротко опишите конфликт интересов (не короче ${CONFLICT_REASON.min} знаков)`)
  .max(CONFLICT_REASON.max, `Опишите конфликт интересов короче: не длиннее ${CONFLICT_REASON.max} знаков`);
