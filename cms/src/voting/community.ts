import type { Core } from '@strapi/strapi';
import { fieldErrors, IdeaProposalSchema, RefinementAnswerSchema, RefinementTextSchema } from '@portal/schema';
import { Refusal, invalid } from '../core/errors';
import { requireVoter } from './identity';
import { config } from '../core/config';

/**
 * Refinements (доработки) and ideas: what residents propose and what the team answers. A resident's
 * refinement waits for a moderator (pending, invisible); approved ones are public, with the team's
 * answer. The team acts through its private status link, so the CMS receives the application's
 * reference from the functions, which checked the link's signature.
 */
const REFINEMENT = 'api::refinement.refinement';
const IDEA = 'api::idea.idea';
const PROJECT = 'api::project.project';
const APPLICATION = 'api::application.application';

/** Team ideas of one project that may wait for a moderator at once. */
const PENDING_IDEAS_PER_PROJECT = 10;

/** Refinements one resident may leave per hour, counted in the database (so across CMS processes and restarts). */
const refinementsPerHour = () => config().REFINEMENTS_PER_VOTER_PER_HOUR;

export function createCommunityService(strapi: Core.Strapi) {
  async function liveProject(documentId: string) {
    return (await strapi.documents(PROJECT).findOne({ documentId, status: 'published', fields: ['reference', 'title'] }));
  }

  async function projectOfApplication(reference: string): Promise<string> {
    const application = (await strapi.db.query(APPLICATION).findOne({ where: { reference }, select: ['reference'] }));
    if (!application) throw new Refusal(404, 'NotFoundError', 'Заявка не найдена.');
    const project = (await strapi.documents(PROJECT).findFirst({ filters: { reference }, status: 'published', fields: ['reference'] }));
    if (!project) throw new Refusal(409, 'ProjectNotPublished', 'Проект ещё не опубликован: жители увидят его после проверки модератором.');
    return project.documentId;
  }

  /** A project's ideas: published, and the team's drafts never published (waiting for a moderator). */
  async function ideasOf(project: string) {
    const query = (status: 'published' | 'draft', filters: Record<string, unknown> = {}) =>
      strapi.documents(IDEA).findMany({
        filters: { project: { documentId: project }, ...filters },
        status,
        fields: ['title', 'description', 'author'],
        sort: 'createdAt:asc',
        limit: 500,
      }) as Promise<any[]>;
    const published = await query('published');
    const live = new Set(published.map((i) => i.documentId));
    const pending = (await query('draft', { author: 'team' })).filter((i) => !live.has(i.documentId));
    return { published, pending };
  }

  return {
    /** A signed-in resident's refinement (`session`: the session's version; a voided, removed or signed-out voter is refused). */
    async submitRefinement(input: { voter: string; session?: number; project: unknown; text: unknown }, now = new Date()) {
      const fields: Record<string, string[]> = {};
      const text = RefinementTextSchema.safeParse(input.text);
      if (!text.success) Object.assign(fields, fieldErrors(text.error.issues, { prefix: 'text' }));
      if (typeof input.project !== 'string' || !/^[a-z0-9]{10,40}$/.test(input.project)) fields.project = ['Неизвестный проект'];
      if (Object.keys(fields).length) throw invalid(fields);
      await requireVoter(strapi, input.voter, input.session ?? 0);
      const project = await liveProject(input.project as string);
      if (!project) throw new Refusal(404, 'NotFoundError', 'Проект не найден или снят с публикации.');

      // The resident's refinements of the last hour, whichever CMS process took them.
      const recent = (await strapi.db.query(REFINEMENT).findMany({
        where: { voter: input.voter, createdAt: { $gt: new Date(now.getTime() - 3_600_000) } },
        select: ['createdAt'],
        orderBy: { createdAt: 'asc' },
        limit: refinementsPerHour(),
      })) as Array<{ createdAt: string | Date }>;
      if (recent.length >= refinementsPerHour()) {
        const retryAfter = Math.max(1, Math.ceil((new Date(recent[0]!.createdAt).getTime() + 3_600_000 - now.getTime()) / 1000));
        throw new Refusal(429, 'RateLimitError', `Слишком много доработок за час. Попробуйте через ${Math.ceil(retryAfter / 60)} мин.`, { retryAfter });
      }

      const created = (await strapi.documents(REFINEMENT).create({
        data: { project: input.project, text: text.data!, voter: input.voter, moderation: 'pending', response: 'none' },
      } as any)) as any;
      return { documentId: created.documentId as string, status: 'pending' as const };
    },

    /** The team answers an approved refinement of its own project. */
    async answerRefinement(reference: string, input: unknown, now = new Date()) {
      const parsed = RefinementAnswerSchema.safeParse(input);
      if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
      const project = await projectOfApplication(reference);
      const refinement = (await strapi.documents(REFINEMENT).findOne({
        documentId: parsed.data.refinement,
        fields: ['moderation'],
        populate: { project: { fields: ['reference'] } },
      }));
      if (!refinement || refinement.project?.documentId !== project || refinement.moderation !== 'approved') {
        throw new Refusal(404, 'NotFoundError', 'Доработка не найдена среди одобренных доработок вашего проекта.');
      }
      await strapi.documents(REFINEMENT).update({
        documentId: parsed.data.refinement,
        data: { response: parsed.data.response, reply: parsed.data.reply || null, respondedAt: now },
      } as any);
      return { ok: true as const };
    },

    /**
     * The team proposes an idea for its project. It waits for a moderator as a draft (published in
     * the admin, it goes on the site and takes votes), like a resident's refinement: text that appears
     * on a government programme's site under the programme's name is checked first, and a draft
     * changes nothing the site shows, so a script holding a status link can neither fill the project
     * page nor start builds. Moderation rather than a daily cap, because a cap still publishes
     * unchecked text and still starts a build per idea. At most PENDING_IDEAS_PER_PROJECT wait at
     * once, so the moderators' queue stays short too: one more is a 409, not a 429, since the wait
     * ends when a moderator acts, not after a time the answer could name in retryAfter.
     */
    async proposeIdea(reference: string, input: unknown) {
      const parsed = IdeaProposalSchema.safeParse(input);
      if (!parsed.success) throw invalid(fieldErrors(parsed.error.issues));
      const project = await projectOfApplication(reference);
      if ((await ideasOf(project)).pending.length >= PENDING_IDEAS_PER_PROJECT) {
        throw new Refusal(409, 'ConflictError', `На модерации уже ${PENDING_IDEAS_PER_PROJECT} идей проекта. Новые можно будет отправить, когда модератор их проверит.`);
      }
      const idea = (await strapi.documents(IDEA).create({
        data: { project, title: parsed.data.title, description: parsed.data.description || null, author: 'team' },
      } as any)) as any;
      return { documentId: idea.documentId as string, status: 'pending' as const };
    },

    /** What the team's desk shows: approved refinements and ideas of the application's project (published, and its own pending ones). */
    async teamView(reference: string) {
      const project = (await strapi.documents(PROJECT).findFirst({ filters: { reference }, status: 'published', fields: ['reference', 'selectionRank', 'selectionScore'] }));
      if (!project) return { project: null, refinements: [], ideas: [] };
      const refinements = (await strapi.documents(REFINEMENT).findMany({
        filters: { project: { documentId: project.documentId }, moderation: 'approved' },
        fields: ['text', 'response', 'reply', 'respondedAt', 'createdAt'],
        sort: 'createdAt:asc',
        limit: 500,
      }));
      const { published, pending } = await ideasOf(project.documentId);
      const idea = (i: any, status: 'published' | 'pending') => ({ documentId: i.documentId, title: i.title, description: i.description ?? '', author: i.author, status });
      return {
        project: {
          documentId: project.documentId as string,
          reference,
          // Public after the announcement, for finalists only.
          selectionRank: project.selectionRank ?? null,
          selectionScore: project.selectionScore === null || project.selectionScore === undefined ? null : Number(project.selectionScore),
        },
        refinements: refinements.map((r) => ({
          documentId: r.documentId,
          text: r.text,
          response: r.response,
          reply: r.reply ?? null,
          respondedAt: r.respondedAt ?? null,
          createdAt: r.createdAt,
        })),
        ideas: [...published.map((i) => idea(i, 'published')), ...pending.map((i) => idea(i, 'pending'))],
      };
    },
  };
}

export type CommunityService = ReturnType<typeof createCommunityService>;
