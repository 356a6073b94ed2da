import { factories } from '@strapi/strapi';
import { voting } from '../../../voting';
import { answer } from '../../../core/errors';
import { parseSession } from '../../../voting/refusal';
import { parseVoter } from '../../../voting/votes';

const UID = 'api::refinement.refinement';

/**
 * Public reads answer approved refinements only, whatever filters the client sends; the author
 * (`voter`) is a private attribute and never serialised. Writes come through the functions.
 */
export default factories.createCoreController(UID, ({ strapi }) => ({
  async find(ctx: any) {
    const query = ctx.query ?? {};
    ctx.query = { ...query, filters: { $and: [query.filters ?? {}, { moderation: 'approved' }] } };
    return super.find(ctx);
  },

  async findOne(ctx: any) {
    const found = (await strapi.documents(UID).findOne({ documentId: String(ctx.params.id ?? ''), fields: ['moderation'] }));
    if (!found || found.moderation !== 'approved') return ctx.notFound('Доработка не найдена');
    return super.findOne(ctx);
  },

  /** POST /api/refinements/submit — { voter, session, project, text } (token only). */
  async submit(ctx: any) {
    const body = ctx.request.body ?? {};
    await answer(ctx, async () => ({
      status: 201,
      body: await voting(strapi).community.submitRefinement({ voter: parseVoter(body), session: parseSession(body), project: body.project, text: body.text }),
    }));
  },

  /** POST /api/refinements/answer — { reference, refinement, response, reply } (token only; the function checked the team's link). */
  async answer(ctx: any) {
    const { reference, ...rest } = ctx.request.body ?? {};
    await answer(ctx, async () => ({ body: await voting(strapi).community.answerRefinement(String(reference ?? ''), rest) }));
  },
}));
