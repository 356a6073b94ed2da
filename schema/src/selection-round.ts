import { z } from 'zod';
import { DocumentMetaSchema, IsoDateSchema, NonEmptyText } from './common.js';
import { STAGE_KINDS } from './enums.js';

/** What a stage is for; later capabilities (applications, voting, scoring) find their window by it. */
export const StageKindSchema = z.enum(STAGE_KINDS);
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
