import { z } from 'zod';
import { applicationSchema } from './application.js';
import { DEFAULT_VIDEO_HOSTS } from './settings.js';
import { IsoDateSchema, NonEmptyText, SlugSchema } from './common.js';
import { ReferenceSchema } from './project.js';
import { editorsDecisionsShape } from './application-status.js';
import { RegionSchema } from './regions.js';
import { SelectionRoundSchema } from './selection-round.js';
import { IDEA_AUTHORS, REFINEMENT_MODERATION, REFINEMENT_RESPONSES, STAGE_KINDS } from './enums.js';

// The demo dataset: what `npm start` generates (scripts/lib/demo/) and the CMS loads
// (cms/src/demo/) so that a newcomer sees a round that is running today. Generated from a seed and
// today's date; never loaded into a production database, never built into a production site.

/** The stage of the current demo round that `npm start -- --stage …` starts the demo at. */
export const DEMO_STAGES = STAGE_KINDS;
export const DemoStageSchema = z.enum(DEMO_STAGES);
export type DemoStage = z.infer<typeof DemoStageSchema>;

/** Bumped when the generator or the loader changes what a demo database holds: a stale one is made anew. */
export const DEMO_DATASET_VERSION = 1;

const IsoDateTime = z.iso.datetime({ offset: true });
const Email = z.email();

/** The demo's applications follow the portal's own form schema; its rules for the demo rounds. */
export const demoApplicationSchema = (topics: readonly string[]) =>
  applicationSchema({ maxTeamSize: 5, topics, videoHosts: DEFAULT_VIDEO_HOSTS });

export const DemoApplicationSchema = z.object({
  reference: ReferenceSchema,
  year: z.number().int(),
  submittedAt: IsoDateTime,
  /** The form as the leader sent it (validated with the form's schema by the loader). */
  data: z.record(z.string(), z.unknown()),
  ...editorsDecisionsShape(z.string().nullable()),
  /** Latent strength 0–1: the experts' scores are drawn around it (with each expert's harshness). */
  quality: z.number().min(0).max(1),
});
export type DemoApplication = z.infer<typeof DemoApplicationSchema>;

export const DemoExpertSchema = z.object({
  name: NonEmptyText,
  email: Email,
  city: NonEmptyText,
  region: RegionSchema,
  /** Topic slugs. */
  competences: z.array(SlugSchema),
  listedPublicly: z.boolean(),
  /** −1 (scores low) … 1 (scores high): makes the ranking's calibration matter. */
  harshness: z.number().min(-1).max(1),
});
export type DemoExpert = z.infer<typeof DemoExpertSchema>;

export const DemoResidentSchema = z.object({
  email: Email,
  verifiedAt: IsoDateTime,
});

export const DemoVoteSchema = z.object({
  /** Index into `residents`. */
  voter: z.number().int().nonnegative(),
  reference: ReferenceSchema,
  at: IsoDateTime,
});

export const DemoIdeaSchema = z.object({
  reference: ReferenceSchema,
  title: NonEmptyText,
  description: z.string().nullable(),
  author: z.enum(IDEA_AUTHORS),
  /** Indexes into `residents`. */
  voters: z.array(z.number().int().nonnegative()),
});

export const DemoRefinementSchema = z.object({
  reference: ReferenceSchema,
  voter: z.number().int().nonnegative(),
  text: NonEmptyText,
  moderation: z.enum(REFINEMENT_MODERATION),
  response: z.enum(REFINEMENT_RESPONSES),
  reply: z.string().nullable(),
  createdAt: IsoDateTime,
  respondedAt: IsoDateTime.nullable(),
});

export const DemoDatasetSchema = z.object({
  version: z.literal(DEMO_DATASET_VERSION),
  seed: z.number().int(),
  stage: DemoStageSchema,
  /** The day the dataset was generated for (`YYYY-MM-DD`, Europe/Moscow). */
  today: IsoDateSchema,
  /** The last day on which the current round is still at `stage` (then the demo is made anew). */
  stageUntil: IsoDateSchema,
  /** Last year's finished round and this year's running one, oldest first. */
  rounds: z.array(SelectionRoundSchema).length(2),
  experts: z.array(DemoExpertSchema).min(1),
  applications: z.array(DemoApplicationSchema).min(1),
  residents: z.array(DemoResidentSchema).min(1),
  votes: z.array(DemoVoteSchema),
  ideas: z.array(DemoIdeaSchema),
  refinements: z.array(DemoRefinementSchema),
  /** Experts' overall comments by how strong the project is (each ≥ 20 characters). */
  reviewComments: z.object({ strong: z.array(z.string().min(20)).min(1), middling: z.array(z.string().min(20)).min(1), weak: z.array(z.string().min(20)).min(1) }),
  /** The sign-ins the start banner prints: a resident with votes, an expert with assignments. */
  demoResident: Email,
  demoExpert: Email,
});
export type DemoDataset = z.infer<typeof DemoDatasetSchema>;
export type DemoDatasetInput = z.input<typeof DemoDatasetSchema>;

/** `GET /api/demo`: whether a CMS holds the generated demo. The site shows its notice from it. */
export const DemoStatusSchema = z.discriminatedUnion('demo', [
  z.object({ demo: z.literal(false) }),
  z.object({ demo: z.literal(true), seed: z.number().int(), stage: DemoStageSchema, today: IsoDateSchema }),
]);
export type DemoStatus = z.infer<typeof DemoStatusSchema>;

/**
 * Whether a site build is one that the public will see: Netlify's builds (CONTEXT production,
 * deploy-preview, branch-deploy) are; local builds and `netlify dev` are not. A CMS holding demo
 * data must never feed such a build.
 */
export function isPublicBuild(env: Record<string, string | undefined>): boolean {
  const context = env.CONTEXT?.trim();
  return context === 'production' || (env.NETLIFY === 'true' && context !== 'dev');
}
