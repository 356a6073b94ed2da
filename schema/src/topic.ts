import { z } from 'zod';
import { DocumentMetaSchema, NonEmptyText, SlugSchema } from './common.js';

/** One of the selection's themes (тематики); an application belongs to exactly one. */
export const TopicSchema = z.object({
  title: NonEmptyText,
  slug: SlugSchema,
  /** One sentence for cards and lists. */
  summary: NonEmptyText,
  /** The full description for the topic's own page (plain text, paragraphs split by blank lines). */
  description: NonEmptyText,
  /** Position in lists, ascending. */
  order: z.number().int().nonnegative(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const TopicEntrySchema = TopicSchema.extend(DocumentMetaSchema.shape);
export type TopicEntry = z.infer<typeof TopicEntrySchema>;

/** A topic as other documents embed it when they link to it. */
export const TopicRefSchema = TopicSchema.pick({ title: true, slug: true });
export type TopicRef = z.infer<typeof TopicRefSchema>;
