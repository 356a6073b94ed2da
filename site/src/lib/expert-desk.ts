// The expert's desk (`GET /api/experts/desk`) as the browser reads it, and the desk's words: the
// scoring window, a review's status, the residents' support of a project, the weighted total. Read
// leniently where a part can be missing without harm (an older CMS, an empty round), strictly where
// the form depends on it (criteria, scale).
import { DEFAULT_SCORE_SCALE, REVIEW_STATES, type ReviewState } from '@portal/schema';
import { calendarDate } from '@portal/schema/domain/round-calendar';
import { z } from 'zod';
import { formatDate, formatDateSpan } from '@portal/schema/domain/dates';
import { formatNumber } from './format-number.ts';
import { nouns, pluralize } from './plural.ts';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export type ReviewStatus = ReviewState;

const SavedScoreSchema = z.object({
  criterion: z.number().int().nonnegative(),
  score: z.number(),
  comment: z.string().nullish().transform((c) => c ?? ''),
});

export const ExpertProjectSchema = z.object({
  reference: z.string().min(1),
  title: z.string().min(1),
  city: z.string().catch(''),
  region: z.string().catch(''),
  /** Everything the team wrote except the leader's contacts (read by expert-application.ts). */
  application: z.record(z.string(), z.unknown()).catch({}),
  status: z.enum(REVIEW_STATES).catch('assigned'),
  scores: z.array(SavedScoreSchema).nullish().catch(null).transform((s) => s ?? null),
  overallComment: z.string().nullish().catch(null).transform((c) => c ?? null),
  total: z.coerce.number().min(0).max(100).nullish().catch(null).transform((t) => t ?? null),
  submittedAt: z.string().nullish().catch(null).transform((s) => s ?? null),
  publicSupport: z
    .object({ votes: z.number().int().nonnegative(), percentile: z.number().min(0).max(100), suggestedScore: z.number().int() })
    .nullish()
    .catch(null)
    .transform((p) => p ?? null),
});
export type ExpertProject = z.infer<typeof ExpertProjectSchema>;

export const ExpertCriterionSchema = z.object({
  title: z.string().min(1),
  description: z.string().nullish().transform((d) => d?.trim() || null),
  weight: z.number().positive().catch(1),
  basedOnVotes: z.boolean().catch(false),
});
export type ExpertCriterion = z.infer<typeof ExpertCriterionSchema>;

export const ExpertDeskSchema = z.object({
  name: z.string(),
  /** null for an expert without assignments yet. */
  year: z.number().int().nullish().transform((y) => y ?? null),
  scoringOpen: z.boolean().catch(false),
  window: z.object({ startDate: IsoDay, endDate: IsoDay }).nullish().catch(null).transform((w) => w ?? null),
  criteria: z.array(ExpertCriterionSchema),
  scale: z
    .object({ min: z.number().int(), max: z.number().int() })
    .refine((s) => s.min < s.max)
    .catch({ ...DEFAULT_SCORE_SCALE }),
  projects: z.array(ExpertProjectSchema),
});
export type ExpertDesk = z.infer<typeof ExpertDeskSchema>;

/** The badge of a review in the list and on the project. */
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  assigned: 'Не оценён',
  submitted: 'Оценка сохранена',
  conflict: 'Конфликт интересов — проект передан другому эксперту',
};

/** The badge colour (the `data-state` of `.badge`). */
export const reviewStatusBadge: Record<ReviewStatus, 'upcoming' | 'done' | 'failed'> = {
  assigned: 'upcoming',
  submitted: 'done',
  conflict: 'failed',
};

export type ScoringPhase = 'open' | 'before' | 'closed' | 'unscheduled';

/**
 * Where scoring stands: the server's `scoringOpen` decides whether the form accepts scores; the
 * browser's date only tells «not yet» from «over» when it is closed.
 */
export function scoringPhase(desk: Pick<ExpertDesk, 'scoringOpen' | 'window'>, now: Date, timeZone: string): ScoringPhase {
  if (desk.scoringOpen) return 'open';
  if (!desk.window) return 'unscheduled';
  return calendarDate(now, timeZone) < desk.window.startDate ? 'before' : 'closed';
}

/** The desk's sentence about the window. */
export function scoringWindowText(desk: Pick<ExpertDesk, 'scoringOpen' | 'window'>, phase: ScoringPhase): string {
  const w = desk.window;
  switch (phase) {
    case 'open':
      return w ? `Оценки принимаются ${formatDateSpan(w.startDate, w.endDate)}.` : 'Оценки принимаются.';
    case 'before':
      return `Приём оценок откроется ${formatDate(w!.startDate)} и продлится по ${formatDate(w!.endDate)}. До этого можно читать заявки.`;
    case 'closed':
      return 'Приём оценок закрыт: оценки сохранены и изменить их нельзя.';
    case 'unscheduled':
      return 'Сроки приёма оценок ещё не объявлены.';
  }
}

const oneDecimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 });

/** «7 баллов», «1 балл», «87,3 балла». */
export const pointsText = (points: number): string => pluralize(Math.round(points * 10) / 10, nouns.point);

/** «Итог: 70 из 100»: the weighted total of a review on the 0–100 scale, to one decimal. */
export const reviewTotalText = (total: number): string => `Итог: ${oneDecimal.format(total)} из 100`;

/**
 * The residents' support beside a criterion based on votes: «Голосов жителей: 12, это выше, чем у
 * 62,5 % проектов отбора; ориентир — 7 баллов». A project without votes is above nobody.
 */
export function publicSupportText(support: { votes: number; percentile: number; suggestedScore: number }): string {
  const votes = `Голосов жителей: ${formatNumber(support.votes)}`;
  const hint = `ориентир — ${pointsText(support.suggestedScore)}`;
  if (support.votes === 0) return `${votes}; ${hint}`;
  return `${votes}, это выше, чем у ${percent.format(support.percentile / 100)} проектов отбора; ${hint}`;
}

/** After a review was saved. */
export const reviewSavedMessage = (total: number): string => `Оценка сохранена. ${reviewTotalText(total)}.`;

/** After a conflict of interest was declared. */
export function conflictDeclaredMessage(reassigned: boolean): string {
  return reassigned
    ? 'Конфликт интересов заявлен: проект передан другому эксперту.'
    : 'Конфликт интересов заявлен. Свободного эксперта без конфликта не нашлось: организаторы назначат его сами.';
}

/** The project named by `?project=` in the page's query, or null for the list. */
export function selectedReference(search: string): string | null {
  const value = new URLSearchParams(search).get('project')?.trim();
  return value ? value : null;
}

/** The address of the desk showing `reference`, or the list when null. */
export function deskHref(pathname: string, reference: string | null): string {
  return reference ? `${pathname}?project=${encodeURIComponent(reference)}` : pathname;
}

/** The sign-in token after `#` in the emailed link; '' when there is none or it cannot be read. */
export function tokenFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

/** Counts for the list's heading: «3 проекта, оценено 1». */
export function assignmentSummary(projects: ReadonlyArray<Pick<ExpertProject, 'status'>>): string {
  const active = projects.filter((p) => p.status !== 'conflict');
  const done = active.filter((p) => p.status === 'submitted').length;
  if (active.length === 0) return projects.length ? 'Все назначенные проекты переданы другим экспертам.' : 'Вам пока не назначены проекты.';
  return `${pluralize(active.length, nouns.project)} на оценку, оценено ${formatNumber(done)}.`;
}

/** The address checked before a link is requested: a message, or null when it will do. */
export function expertEmailError(email: string): string | null {
  const value = email.trim();
  if (!value) return 'Укажите адрес электронной почты, на который вас пригласили в экспертный совет';
  return z.email().safeParse(value).success ? null : 'Адрес электронной почты указан с ошибкой: проверьте его';
}
