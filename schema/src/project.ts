import { z } from 'zod';
import { BUDGET_ITEM_SOURCES, IndicatorSchema } from './application.js';
import { DocumentMetaSchema, NonEmptyText } from './common.js';
import { REFERENCE_PATTERN } from './reference.js';
import { RegionSchema } from './regions.js';
import { TopicRefSchema } from './topic.js';

/** Where a project stands in the selection; the status page and the project page show it. */
export const PROJECT_STAGES = ['submitted', 'review_passed', 'review_failed', 'in_selection', 'finalist', 'not_selected'] as const;
export const ProjectStageSchema = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof ProjectStageSchema>;

/** «2020-000123»: the round's year and the application's number (reference.ts). */
export const ReferenceSchema = z.string().regex(REFERENCE_PATTERN, 'Номер заявки вида 2020-000123');

/**
 * The public part of an application, published by an editor after moderation: what residents see
 * and vote for. Never the leader's contacts, CV or the reviewers' notes.
 */
export const ProjectEntrySchema = z.object({
  ...DocumentMetaSchema.shape,
  reference: ReferenceSchema,
  year: z.number().int(),
  title: NonEmptyText,
  topic: TopicRefSchema.nullish().transform((t) => t ?? null),
  city: NonEmptyText,
  region: RegionSchema,
  description: NonEmptyText,
  problem: NonEmptyText,
  effect: NonEmptyText,
  indicators: z.array(IndicatorSchema.extend({ id: z.number().optional() })).default([]),
  audience: NonEmptyText,
  budgetTotal: z.number().nonnegative(),
  budgetItems: z
    .array(z.object({ item: NonEmptyText, amount: z.number().nonnegative(), source: z.enum(BUDGET_ITEM_SOURCES) }))
    .default([]),
  team: z.array(z.object({ name: NonEmptyText, role: NonEmptyText })).default([]),
  videoUrl: z.string().url(),
  stage: ProjectStageSchema,
  /** The reviewer's reason, shown publicly only when the project did not pass the technical review. */
  reviewNote: z.string().nullish().transform((n) => n || null),
  /** After the announcement, for finalists only: the place in the ranking and the calibrated score (0–100). */
  selectionRank: z.number().int().positive().nullish().transform((n) => n ?? null),
  selectionScore: z.coerce.number().nullish().transform((n) => n ?? null),
  submittedAt: z.string(),
});
export type ProjectEntry = z.infer<typeof ProjectEntrySchema>;
