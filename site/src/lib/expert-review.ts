// The scoring form's state and what it sends. The form holds what the expert typed (strings); the
// request body is what `reviewSchema` — the same schema the CMS checks with — makes of it. Messages,
// the browser's and the server's alike, are keyed like the schema's paths: `scores.2.score`,
// `scores.2.comment`, `overallComment`, and '' for the form as a whole. The form always sends one
// entry per criterion in criterion order, so position and criterion index are the same number.
import { CRITERION_COMMENT_MAX, OVERALL_COMMENT_MAX, OVERALL_COMMENT_MIN, reviewSchema, type Review, type ScoreScale } from '@portal/schema';
import { issuesToFieldErrors, nearestField, orderedErrorKeys, type FieldErrors } from './application-errors.ts';
import type { ExpertCriterion, ExpertProject } from './expert-desk.ts';
import { formatNumber } from './format-number.ts';

export interface ScoreDraft {
  /** As typed: '' until the expert gives a score. */
  score: string;
  comment: string;
}

export interface ReviewDraft {
  scores: ScoreDraft[];
  overallComment: string;
}

export interface ReviewRules {
  criteria: readonly Pick<ExpertCriterion, 'title'>[];
  scale: ScoreScale;
}

/** The form filled with the saved review, or empty; one row per criterion whatever was saved. */
export function reviewDraftOf(project: Pick<ExpertProject, 'scores' | 'overallComment'>, criteriaCount: number): ReviewDraft {
  const saved = new Map((project.scores ?? []).map((s) => [s.criterion, s]));
  return {
    scores: Array.from({ length: criteriaCount }, (_, i) => {
      const s = saved.get(i);
      return { score: s ? String(s.score) : '', comment: s?.comment ?? '' };
    }),
    overallComment: project.overallComment ?? '',
  };
}

/** A typed score as a number: undefined when empty, NaN when not a number (the schema says what is wrong). */
export function scoreValue(typed: string): number | undefined {
  const text = typed.trim().replace(',', '.');
  if (text === '') return undefined;
  return /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

/** The draft as the schema's input: every criterion in order, empty comments left out. */
export function reviewInput(draft: ReviewDraft): unknown {
  return {
    scores: draft.scores.map((s, criterion) => ({
      criterion,
      score: scoreValue(s.score),
      ...(s.comment.trim() ? { comment: s.comment } : {}),
    })),
    overallComment: draft.overallComment,
  };
}

/** The keys of the form's fields, in the order they appear. */
export function reviewFieldKeys(criteriaCount: number): string[] {
  return [...Array.from({ length: criteriaCount }, (_, i) => [`scores.${i}.score`, `scores.${i}.comment`]).flat(), 'overallComment'];
}

/** The element id of a field of the form («scores.2.score» → «review-scores-2-score»). */
export const reviewFieldId = (key: string): string => `review-${key.replace(/[^A-Za-z0-9]+/g, '-') || 'form'}`;

export type CheckedReview = { ok: true; body: Review } | { ok: false; errors: FieldErrors };

/** The draft checked with the shared schema: the request body, or messages per field. */
export function checkReview(draft: ReviewDraft, rules: ReviewRules): CheckedReview {
  const result = reviewSchema({ criteria: rules.criteria, scale: rules.scale }).safeParse(reviewInput(draft));
  if (result.success) return { ok: true, body: result.data };
  return { ok: false, errors: issuesToFieldErrors(result.error.issues, new Set(reviewFieldKeys(rules.criteria.length))) };
}

/**
 * The server's `details.fields` on the form's fields: `scores.0.score` stays, the body's root (`_`),
 * `scores` and anything unknown go to the form ('').
 */
export function reviewServerErrors(fields: FieldErrors, criteriaCount: number): FieldErrors {
  const known = new Set(reviewFieldKeys(criteriaCount));
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(fields)) {
    const target = nearestField(key, known);
    const list = (errors[target] ??= []);
    for (const m of messages) if (!list.includes(m)) list.push(m);
  }
  return errors;
}

/** The first field with a message, in the form's order (for focus); null when only the form has one. */
export function firstErrorField(errors: FieldErrors, criteriaCount: number): string | null {
  return orderedErrorKeys(errors, reviewFieldKeys(criteriaCount)).find((key) => key !== '') ?? null;
}

/** The saved review back as the desk lists it, so the page shows it without asking the server again. */
export function savedScores(body: Review): NonNullable<ExpertProject['scores']> {
  return body.scores.map((s) => ({ criterion: s.criterion, score: s.score, comment: s.comment ?? '' }));
}

/** The overall comment's counter: «12 из 4 000 знаков, нужно не меньше 20». */
export function overallCounterText(text: string): string {
  const length = text.trim().length;
  const base = `${formatNumber(length)} из ${formatNumber(OVERALL_COMMENT_MAX)} знаков`;
  return length < OVERALL_COMMENT_MIN ? `${base}, нужно не меньше ${OVERALL_COMMENT_MIN}` : base;
}

export const overallCommentHint = `Ваше заключение о проекте в целом: от ${OVERALL_COMMENT_MIN} до ${formatNumber(OVERALL_COMMENT_MAX)} знаков. Его видят только организаторы отбора.`;
export const criterionCommentHint = `Необязательно: почему такая оценка, до ${formatNumber(CRITERION_COMMENT_MAX)} знаков.`;

/** What a reason for a conflict of interest must be (the CMS's rule: 5 to 2000 characters). */
import { CONFLICT_REASON } from '@portal/schema';
export { CONFLICT_REASON };

/** The reason checked before sending: a message, or null when it will do. */
export function conflictReasonError(reason: string): string | null {
  const length = reason.trim().length;
  if (length < CONFLICT_REASON.min) return `Коротко опишите конфликт интересов (не короче ${CONFLICT_REASON.min} знаков)`;
  if (length > CONFLICT_REASON.max) return `Опишите конфликт интересов короче: не длиннее ${formatNumber(CONFLICT_REASON.max)} знаков`;
  return null;
}
