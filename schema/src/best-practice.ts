import { z } from 'zod';
import { DocumentMetaSchema, FigureSchema, NonEmptyText, SlugSchema } from './common.js';
import { TopicRefSchema } from './topic.js';

const practiceFields = {
  title: NonEmptyText,
  slug: SlugSchema,
  city: NonEmptyText,
  /** The federal subject (субъект РФ) the city belongs to. */
  region: NonEmptyText,
  /** The year the practice was carried out or its results were counted. */
  year: z.number().int().min(2000).max(2100),
  /** Two or three sentences: the problem and what changed. */
  summary: NonEmptyText,
  /** The full account, plain text with paragraphs split by blank lines. */
  body: NonEmptyText,
  results: z.array(FigureSchema),
};

/** A practice of the Federal compendium as the seed content states it: the topic by its slug. */
export const BestPracticeContentSchema = z.object({
  ...practiceFields,
  /** Slug of the topic; absent where the source does not say which topic the practice belongs to. */
  topic: SlugSchema.nullish().transform((t) => t ?? null),
});
export type BestPracticeContent = z.infer<typeof BestPracticeContentSchema>;

/** A practice as the CMS serves it: the topic embedded. */
export const BestPracticeEntrySchema = z.object({
  ...practiceFields,
  ...DocumentMetaSchema.shape,
  topic: TopicRefSchema.nullish().transform((t) => t ?? null),
});
export type BestPracticeEntry = z.infer<typeof BestPracticeEntrySchema>;
