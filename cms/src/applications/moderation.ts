import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getMailer } from '../core/mailer';
import { reviewMail } from './mails';
import { type ApplicationState, decisionProblems, failingReasons, projectData, reviewStage } from './review';
import type { DocumentContext } from '../core/documents';

/**
 * What happens when an editor changes an application (document service middleware, so the admin
 * panel, the REST API and scripts all go through it):
 *  - moderation = published → the linked project is created or updated from the application's
 *    public part (never contacts, CV, completeness or reasons) and published: the site rebuilds;
 *    moderation = rejected (a reason is required) or back to pending → the project is unpublished;
 *  - topicFit and completenessDecision both decided → stage review_passed (both pass) or
 *    review_failed (a reason is required for each fail); the stage goes to the project, and on a
 *    fail the reasons become its public review note; the leader is emailed the result.
 * A refusal is a Russian ValidationError (HTTP 400) and nothing of the change is written.
 */
const APPLICATION = 'api::application.application';
const PROJECT = 'api::project.project';

function refusal(fields: Record<string, string[]>): errors.ValidationError {
  const messages = Object.values(fields).flat();
  return new errors.ValidationError(`Не сохранено: ${messages.join('; ')}`, {
    fields,
    errors: Object.entries(fields).flatMap(([path, ms]) => ms.map((message) => ({ path: [path], message, name: 'ValidationError' }))),
  });
}

const DECISION_FIELDS = ['moderation', 'moderationReason', 'topicFit', 'topicFitReason', 'completenessDecision', 'completenessReason', 'stage', 'title', 'city', 'region'] as const;

export function registerApplicationModeration(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (ctx.uid !== APPLICATION || ctx.action !== 'update' || !ctx.params?.documentId) return next();
    const data = (ctx.params.data ??= {});

    let reviewed: ApplicationState | null = null;
    const result = await strapi.db.transaction(async () => {
      const before = (await strapi.db.query(APPLICATION).findOne({
        where: { documentId: ctx.params.documentId },
        populate: { topic: { select: ['documentId'] } },
      })) as (ApplicationState & { topic?: { documentId: string } | null }) | null;
      if (!before) return next();

      const state: ApplicationState = { ...before };
      for (const field of DECISION_FIELDS) if (field in data && data[field] !== undefined) (state as any)[field] = data[field];
      const problems = decisionProblems(state);
      if (Object.keys(problems).length) throw refusal(problems);

      state.stage = reviewStage(state);
      if (state.stage !== before.stage || 'stage' in data) data.stage = state.stage;
      if (state.stage !== before.stage && (state.stage === 'review_passed' || state.stage === 'review_failed')) reviewed = state;

      const projects = strapi.documents(PROJECT);
      const existing = (await projects.findFirst({ filters: { reference: state.reference }, status: 'draft', fields: ['reference'] }));
      if (state.moderation === 'published') {
        const fields = projectData(state, before.topic?.documentId ?? null);
        const written = existing
          ? await projects.update({ documentId: existing.documentId, data: fields, status: 'published' } as any)
          : await projects.create({ data: fields, status: 'published' } as any);
        data.project = (written as any).documentId;
      } else if (existing) {
        const live = await projects.findFirst({ filters: { reference: state.reference }, status: 'published', fields: ['reference'] });
        if (live) await projects.unpublish({ documentId: existing.documentId });
      }
      return next();
    });

    const outcome = reviewed as ApplicationState | null;
    if (outcome) {
      try {
        await getMailer(strapi).send(
          reviewMail({
            email: outcome.leaderEmail,
            reference: outcome.reference,
            title: outcome.title,
            passed: outcome.stage === 'review_passed',
            reasons: failingReasons(outcome),
          }),
        );
      } catch (e) {
        strapi.log.error(`mailer: the review result for ${outcome.reference} was not sent: ${(e as Error).message}`);
      }
    }
    return result;
  });
}

