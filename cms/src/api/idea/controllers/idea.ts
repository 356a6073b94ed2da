import { factories } from '@strapi/strapi';
import { voting } from '../../../voting';
import { answer } from '../../../core/errors';

export default factories.createCoreController('api::idea.idea', ({ strapi }) => ({
  /** POST /api/ideas/propose — { reference, title, description } (token only; the function checked the team's link). */
  async propose(ctx: any) {
    const { reference, ...rest } = ctx.request.body ?? {};
    await answer(ctx, async () => ({ status: 201, body: await voting(strapi).community.proposeIdea(String(reference ?? ''), rest) }));
  },
}));
