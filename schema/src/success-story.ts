import { z } from 'zod';
import { DocumentMetaSchema, FigureSchema, NonEmptyText, SlugSchema } from './common.js';

/** An image as the site needs it: where it is and what it shows for those who cannot see it. */
export const ImageSchema = z.object({
  url: z.string().min(1),
  alternativeText: z.string().nullish(),
  width: z.number().int().positive().nullish(),
  height: z.number().int().positive().nullish(),
});
export type Image = z.infer<typeof ImageSchema>;

/** A project of the crowdsourcing platform that worked («Примеры успешных проектов»). */
export const SuccessStorySchema = z.object({
  title: NonEmptyText,
  slug: SlugSchema,
  city: NonEmptyText,
  text: NonEmptyText,
  figures: z.array(FigureSchema),
  /** Alt text for the image; required whenever an image is attached. */
  imageAlt: z.string().trim().nullish().transform((a) => a || null),
  order: z.number().int().nonnegative().default(0),
});
export type SuccessStory = z.infer<typeof SuccessStorySchema>;

export const SuccessStoryEntrySchema = SuccessStorySchema.extend({
  ...DocumentMetaSchema.shape,
  image: ImageSchema.nullish().transform((i) => i ?? null),
}).refine((s) => !s.image || !!s.imageAlt, {
  message: 'У изображения нет альтернативного текста (поле «Описание изображения»)',
  path: ['imageAlt'],
});
export type SuccessStoryEntry = z.infer<typeof SuccessStoryEntrySchema>;
