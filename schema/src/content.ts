import { z } from 'zod';
import { AcceleratorModuleEntrySchema, AcceleratorModuleSchema } from './accelerator-module.js';
import { BestPracticeContentSchema, BestPracticeEntrySchema } from './best-practice.js';
import { DocumentMetaSchema } from './common.js';
import { PlatformSchema } from './platform.js';
import { ProjectEntrySchema } from './project.js';
import { ProgrammeSchema } from './programme.js';
import { SelectionRoundEntrySchema, SelectionRoundSchema } from './selection-round.js';
import { SuccessStoryEntrySchema, SuccessStorySchema } from './success-story.js';
import { TopicEntrySchema, TopicSchema } from './topic.js';
import { IdeaEntrySchema, RefinementEntrySchema } from './voting.js';
import { DrawEntrySchema } from './draw.js';

/**
 * The public content types: where each lives in Strapi, where its seed is in content/, which field
 * identifies a seeded entry, and the schemas for the seed (`content`) and for the CMS's answer (`entry`).
 * The CMS seeds from this table, the site loads from it, the tests walk it.
 */
export const publicContentTypes = {
  topics: {
    uid: 'api::topic.topic',
    kind: 'collection',
    path: 'topics',
    file: 'topics.json',
    key: 'slug',
    sort: 'order:asc',
    content: TopicSchema,
    entry: TopicEntrySchema,
  },
  selectionRounds: {
    uid: 'api::selection-round.selection-round',
    kind: 'collection',
    path: 'selection-rounds',
    file: 'selection-rounds.json',
    key: 'year',
    sort: 'year:desc',
    content: SelectionRoundSchema,
    entry: SelectionRoundEntrySchema,
  },
  acceleratorModules: {
    uid: 'api::accelerator-module.accelerator-module',
    kind: 'collection',
    path: 'accelerator-modules',
    file: 'accelerator-modules.json',
    key: 'number',
    sort: 'number:asc',
    content: AcceleratorModuleSchema,
    entry: AcceleratorModuleEntrySchema,
  },
  successStories: {
    uid: 'api::success-story.success-story',
    kind: 'collection',
    path: 'success-stories',
    file: 'success-stories.json',
    key: 'slug',
    sort: 'order:asc',
    content: SuccessStorySchema,
    entry: SuccessStoryEntrySchema,
  },
  bestPractices: {
    uid: 'api::best-practice.best-practice',
    kind: 'collection',
    path: 'best-practices',
    file: 'best-practices.json',
    key: 'slug',
    sort: 'year:desc',
    content: BestPracticeContentSchema,
    entry: BestPracticeEntrySchema,
  },
  projects: {
    uid: 'api::project.project',
    kind: 'collection',
    path: 'projects',
    /** Projects come from moderated applications, never from content/. */
    file: null,
    key: 'reference',
    sort: 'submittedAt:desc',
    content: ProjectEntrySchema,
    entry: ProjectEntrySchema,
  },
  refinements: {
    uid: 'api::refinement.refinement',
    kind: 'collection',
    path: 'refinements',
    /** Residents write them through the functions; the public API answers approved ones only. */
    file: null,
    key: 'documentId',
    sort: 'createdAt:asc',
    content: RefinementEntrySchema,
    entry: RefinementEntrySchema,
  },
  ideas: {
    uid: 'api::idea.idea',
    kind: 'collection',
    path: 'ideas',
    /** Added by editors in the CMS or by the team from its private page. */
    file: null,
    key: 'documentId',
    sort: 'createdAt:asc',
    content: IdeaEntrySchema,
    entry: IdeaEntrySchema,
  },
  draws: {
    uid: 'api::draw.draw',
    kind: 'collection',
    path: 'draws',
    /** Created by editors; the CMS draws the seed and publishes its hash, then the result. */
    file: null,
    key: 'year',
    sort: 'year:desc',
    content: DrawEntrySchema,
    entry: DrawEntrySchema,
  },
  programme: {
    uid: 'api::programme.programme',
    kind: 'single',
    path: 'programme',
    file: 'programme.json',
    key: null,
    sort: null,
    content: ProgrammeSchema,
    entry: ProgrammeSchema.extend(DocumentMetaSchema.shape),
  },
  platform: {
    uid: 'api::platform.platform',
    kind: 'single',
    path: 'platform',
    file: 'platform.json',
    key: null,
    sort: null,
    content: PlatformSchema,
    entry: PlatformSchema.extend(DocumentMetaSchema.shape),
  },
} as const;

export type PublicContentTypeName = keyof typeof publicContentTypes;
export type PublicContentType = (typeof publicContentTypes)[PublicContentTypeName];

/** The public types seeded from content/ (projects are not: they come from applications). */
export type SeededContentType = Extract<PublicContentType, { file: string }>;
export function isSeeded(type: PublicContentType): type is SeededContentType {
  return type.file !== null;
}

/** Parses a content/ file: an array of entries for a collection type, one object for a single type. */
export function contentFileSchema(type: PublicContentType): z.ZodType {
  return type.kind === 'collection' ? z.array(type.content) : type.content;
}
