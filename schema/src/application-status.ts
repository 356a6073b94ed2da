// Where an application stands, as the CMS tells the functions and the functions tell the status page
// (`POST /api/application-status`), written once: the CMS's service returns the first, the function
// parses it and answers the second, the status page parses that.
import { z } from 'zod';
import { APPLICATION_MODERATION, REFINEMENT_RESPONSES, REVIEW_CHECK } from './enums.js';
import { PROJECT_STAGES } from './project.js';

/** The editors' three decisions on an application, each with its reason (`reason`: how a reason is read). */
export const editorsDecisionsShape = <Reason extends z.ZodType>(reason: Reason) => ({
  moderation: z.enum(APPLICATION_MODERATION),
  moderationReason: reason,
  topicFit: z.enum(REVIEW_CHECK),
  topicFitReason: reason,
  completenessDecision: z.enum(REVIEW_CHECK),
  completenessReason: reason,
});

/** The application's own record (the CMS's `status` service): the stage and the editors' decisions. */
export const ApplicationStatusRecordSchema = z.object({
  reference: z.string(),
  title: z.string(),
  stage: z.enum(PROJECT_STAGES),
  ...editorsDecisionsShape(z.string().nullish()),
});
export type ApplicationStatusRecord = z.infer<typeof ApplicationStatusRecordSchema>;

// The team's desk: its published project, the residents' approved refinements, the ideas.
const Project = z.object({ documentId: z.string(), reference: z.string() });
const Refinement = z.object({ documentId: z.string(), text: z.string(), response: z.enum(REFINEMENT_RESPONSES), createdAt: z.string() });
const Idea = z.object({ documentId: z.string(), title: z.string(), author: z.string() });
/** A team's idea is `pending` until a moderator publishes it. */
const IdeaStatus = z.enum(['published', 'pending']);

/** `GET /api/applications/status/:reference` of the CMS: the record and the team's desk (once the project is published). */
export const CmsApplicationStatusSchema = ApplicationStatusRecordSchema.extend({
  project: Project.extend({ selectionRank: z.number().int().nullish(), selectionScore: z.number().nullish() }).nullish(),
  refinements: z.array(Refinement.extend({ reply: z.string().nullish(), respondedAt: z.string().nullish() })).default([]),
  ideas: z.array(Idea.extend({ description: z.string().nullish(), status: IdeaStatus.default('published') })).default([]),
});
export type CmsApplicationStatus = z.infer<typeof CmsApplicationStatusSchema>;

const Decision = z.object({ decision: z.enum(REVIEW_CHECK), reason: z.string().nullable() });

/** The function's answer to the status page: nulls instead of absent values, the review grouped. */
export const ApplicationStatusAnswerSchema = ApplicationStatusRecordSchema.pick({ reference: true, title: true, stage: true, moderation: true }).extend({
  /** Only for a rejected application. */
  moderationReason: z.string().nullable(),
  review: z.object({ topicFit: Decision, completeness: Decision }),
  project: Project.extend({ selectionRank: z.number().int().nullable(), selectionScore: z.number().nullable() }).nullable(),
  refinements: z.array(Refinement.extend({ reply: z.string().nullable(), respondedAt: z.string().nullable() })),
  ideas: z.array(Idea.extend({ description: z.string(), status: IdeaStatus })),
});
export type ApplicationStatusAnswer = z.infer<typeof ApplicationStatusAnswerSchema>;

/** The answer the function gives for the CMS's record: what the team and the status page may see. */
export function applicationStatusAnswer(status: CmsApplicationStatus): ApplicationStatusAnswer {
  return {
    reference: status.reference,
    title: status.title,
    stage: status.stage,
    moderation: status.moderation,
    moderationReason: status.moderation === 'rejected' ? (status.moderationReason ?? null) : null,
    review: {
      topicFit: { decision: status.topicFit, reason: status.topicFitReason ?? null },
      completeness: { decision: status.completenessDecision, reason: status.completenessReason ?? null },
    },
    project: status.project
      ? { documentId: status.project.documentId, reference: status.project.reference, selectionRank: status.project.selectionRank ?? null, selectionScore: status.project.selectionScore ?? null }
      : null,
    refinements: status.refinements.map((r) => ({ ...r, reply: r.reply ?? null, respondedAt: r.respondedAt ?? null })),
    ideas: status.ideas.map((i) => ({ ...i, description: i.description ?? '' })),
  };
}
