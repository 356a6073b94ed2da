import { z } from 'zod';
import { AssignmentExpertSchema, AssignmentProjectSchema } from './assignment.js';
import { DocumentMetaSchema } from './common.js';
import { DRAW_STAGES } from './enums.js';

/**
 * The expert draw as the public sees it: the seed's SHA-256 from the moment the draw is announced;
 * once the main selection is over, the seed itself and everything needed to recompute it (projects by
 * reference and city, experts by an opaque id with city and declared conflicts; no names or emails).
 */
export const DrawPublishedDataSchema = z.object({
  algorithm: z.string(),
  round: z.number().int(),
  projectsPerExpert: z.number().int().positive(),
  seedHash: z.string(),
  projects: z.array(AssignmentProjectSchema),
  experts: z.array(AssignmentExpertSchema),
  assignments: z.array(z.object({ expertId: z.string(), projectIds: z.array(z.string()), shortfall: z.string().optional() })),
  reviewsPerProject: z.record(z.string(), z.number().int()),
  note: z.string().nullish(),
});
export type DrawPublishedData = z.infer<typeof DrawPublishedDataSchema>;

export const DrawEntrySchema = z.object({
  ...DocumentMetaSchema.shape,
  year: z.number().int(),
  stage: z.enum(DRAW_STAGES),
  seedHash: z.string().regex(/^[0-9a-f]{64}$/),
  revealedSeed: z.string().nullish().transform((s) => s ?? null),
  announcedAt: z.string().nullish().transform((s) => s ?? null),
  drawnAt: z.string().nullish().transform((s) => s ?? null),
  /** When the seed and the inputs were published: after the main selection ended. */
  revealedAt: z.string().nullish().transform((s) => s ?? null),
  publishedData: DrawPublishedDataSchema.nullish().transform((d) => d ?? null),
  note: z.string().nullish().transform((n) => n || null),
});
export type DrawEntry = z.infer<typeof DrawEntrySchema>;
