import { z } from 'zod';
import { DocumentMetaSchema, IsoDateSchema, NonEmptyText } from './common.js';

/** What a stage is for; later capabilities (applications, voting, scoring) find their window by it. */
export const StageKindSchema = z.enum(['collection', 'technical_review', 'main_selection', 'announcement']);
export type StageKind = z.infer<typeof StageKindSchema>;

export const StageSchema = z
  .object({
    kind: StageKindSchema,
    title: NonEmptyText,
    /** First day of the stage, inclusive, in the round's time zone. */
    startDate: IsoDateSchema,
    /** Last day of the stage, inclusive. A one-day stage has startDate = endDate. */
    endDate: IsoDateSchema,
    /** Who does what during the stage. */
    description: NonEmptyText,
  })
  .refine((s) => s.startDate <= s.endDate, {
    message: 'Дата окончания этапа раньше даты начала',
    path: ['endDate'],
  });
export type Stage = z.infer<typeof StageSchema>;

export const CriterionSchema = z.object({
  title: NonEmptyText,
  description: z.string().trim().nullish().transform((d) => d || null),
  /** Relative weight in the weighted total of a review; equal weights unless the round says otherwise. */
  weight: z.number().positive().default(1),
  /** The criterion is scored from residents' votes for the project (public support). */
  basedOnVotes: z.boolean().default(false),
});
export type Criterion = z.infer<typeof CriterionSchema>;

/** A line of a list that the round publishes: what an application contains, what the review checks. */
export const ListItemSchema = z.object({
  title: NonEmptyText,
  note: z.string().trim().nullish().transform((n) => n || null),
});
export type ListItem = z.infer<typeof ListItemSchema>;

/** One year's selection: its calendar and its rules. Nothing of it is hard-coded in the portal. */
export const SelectionRoundSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    title: NonEmptyText,
    /** IANA time zone in which the stage dates are read. */
    timeZone: z.string().default('Europe/Moscow'),
    stages: z.array(StageSchema).min(1, 'У отбора должен быть хотя бы один этап'),
    /** Residents' voting window; when empty, the collection stage's dates. */
    votingStart: IsoDateSchema.nullish().transform((d) => d ?? null),
    votingEnd: IsoDateSchema.nullish().transform((d) => d ?? null),
    finalistsCount: z.number().int().positive(),
    projectsPerExpert: z.number().int().positive(),
    maxTeamSize: z.number().int().positive(),
    criteria: z.array(CriterionSchema).min(1),
    /** What an application must contain. */
    requirements: z.array(ListItemSchema).min(1),
    /** What the technical review checks. */
    reviewChecks: z.array(ListItemSchema),
  })
  .refine((r) => isValidTimeZone(r.timeZone), { message: 'Неизвестный часовой пояс', path: ['timeZone'] })
  .refine((r) => (r.votingStart === null) === (r.votingEnd === null), {
    message: 'Укажите обе даты голосования или ни одной',
    path: ['votingEnd'],
  })
  .refine((r) => !r.votingStart || !r.votingEnd || r.votingStart <= r.votingEnd, {
    message: 'Голосование заканчивается раньше, чем начинается',
    path: ['votingEnd'],
  });
export type SelectionRound = z.infer<typeof SelectionRoundSchema>;

export const SelectionRoundEntrySchema = SelectionRoundSchema.and(DocumentMetaSchema);
export type SelectionRoundEntry = z.infer<typeof SelectionRoundEntrySchema>;

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (`YYYY-MM-DD`) that `instant` falls on in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export type RoundPhase =
  | { phase: 'before'; next: Stage }
  | { phase: 'during'; current: Stage; next: Stage | null }
  | { phase: 'between'; previous: Stage; next: Stage }
  | { phase: 'after'; last: Stage };

/**
 * Where the round stands on the day `instant` falls on in the round's time zone.
 * Stage dates are inclusive at both ends. Where two stages share a boundary day (collection ends on
 * 17 February, the technical review starts on 17 February), the earlier stage is still the current
 * one that day: an applicant may submit until the end of the collection's last day.
 */
export function roundPhase(round: Pick<SelectionRound, 'stages' | 'timeZone'>, instant: Date): RoundPhase {
  const today = calendarDate(instant, round.timeZone);
  const stages = sortedStages(round.stages);
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (!first || !last) throw new Error('A selection round needs at least one stage');
  if (today < first.startDate) return { phase: 'before', next: first };
  const index = stages.findIndex((s) => s.startDate <= today && today <= s.endDate);
  const current = stages[index];
  if (current) return { phase: 'during', current, next: stages[index + 1] ?? null };
  const nextIndex = stages.findIndex((s) => s.startDate > today);
  const next = stages[nextIndex];
  const previous = stages[nextIndex - 1];
  if (next && previous) return { phase: 'between', previous, next };
  return { phase: 'after', last };
}

export function sortedStages(stages: readonly Stage[]): Stage[] {
  return [...stages].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
}

export function stageOfKind(round: Pick<SelectionRound, 'stages'>, kind: StageKind): Stage | null {
  return round.stages.find((s) => s.kind === kind) ?? null;
}

/** The residents' voting window: the round's own dates, or else the collection stage's. */
export function votingWindow(
  round: Pick<SelectionRound, 'stages' | 'votingStart' | 'votingEnd'>,
): { startDate: string; endDate: string } | null {
  if (round.votingStart && round.votingEnd) return { startDate: round.votingStart, endDate: round.votingEnd };
  const collection = stageOfKind(round, 'collection');
  return collection ? { startDate: collection.startDate, endDate: collection.endDate } : null;
}
