import { z } from 'zod';
import { FigureSchema, IsoDateSchema, NonEmptyText } from './common.js';

export const GoalSchema = z.object({
  title: NonEmptyText,
  /** Optional measurable target of the goal (e.g. 1 000 000 people in communities). */
  target: FigureSchema.nullish().transform((t) => t ?? null),
});

export const QuoteSchema = z.object({
  text: NonEmptyText,
  author: NonEmptyText,
  date: IsoDateSchema,
});

/** The programme itself: what it is, what it aims at, what it has achieved. A single document. */
export const ProgrammeSchema = z.object({
  name: NonEmptyText,
  organiser: NonEmptyText,
  slogan: NonEmptyText,
  /** The one-paragraph purpose that opens the home page. */
  purpose: NonEmptyText,
  goals: z.array(GoalSchema).min(1),
  /** Involvement figures («более 300 участников…»). */
  involvement: z.array(FigureSchema).min(1),
  quote: QuoteSchema,
});
export type Programme = z.infer<typeof ProgrammeSchema>;
