import { z } from 'zod';
import { DocumentMetaSchema } from './common.js';
import { DRAW_STAGES } from './enums.js';

// A draw's inputs as the CMS publishes them and domain/assignment.ts reads them.
const Id = z.string().trim().min(1, 'Пустой идентификатор: у каждого проекта и эксперта должен быть id');
const City = z.string().trim().min(1, 'Не указан город: укажите город проекта или эксперта');

export const AssignmentProjectSchema = z.object({
  id: Id,
  /** The project's city; an expert from the same city never reviews it. */
  city: City,
});
export type AssignmentProject = z.infer<typeof AssignmentProjectSchema>;

export const AssignmentExpertSchema = z.object({
  id: Id,
  /** The expert's own city: its projects are excluded for the expert. */
  city: City,
  /** Ids of projects the expert declared a conflict with; ids outside the round are ignored. */
  conflicts: z.array(Id).default([]),
  /** Further cities the expert declared a conflict with (e.g. where they used to work). */
  conflictCities: z.array(City).optional(),
});
export type AssignmentExpert = z.infer<typeof AssignmentExpertSchema>;

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
