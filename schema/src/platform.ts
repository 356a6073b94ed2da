import { z } from 'zod';
import { FigureSchema, NonEmptyText } from './common.js';

export const AdvantageSchema = z.object({
  title: NonEmptyText,
  text: NonEmptyText,
});

/** The crowdsourcing platform (100gorodov.ru): its advantages and a year's results. A single document. */
export const PlatformSchema = z.object({
  name: NonEmptyText,
  url: z.url(),
  tagline: NonEmptyText,
  advantages: z.array(AdvantageSchema).min(1),
  resultsYear: z.number().int().min(2000).max(2100),
  results: z.array(FigureSchema).min(1),
});
export type Platform = z.infer<typeof PlatformSchema>;
