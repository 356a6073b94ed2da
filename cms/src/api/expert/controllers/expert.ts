import { expertService } from '../../../selection';
import { answer } from '../../../core/errors';

const EXPERT = 'api::expert.expert';
const id = (ctx: any) => String(ctx.params.expert ?? '');

/**
 * The expert's area, called by the functions with their API token; the expert's id comes from the
 * session cookie the functions verified, never from the browser. `council` is public: names of the
 * experts an editor chose to list, nothing else.
 */
export default ({ strapi }: { strapi: any }) => ({
  async link(ctx: any) {
    await answer(ctx, async () => ({ status: 202, body: await expertService(strapi).requestLink(ctx.request.body?.email) }));
  },
  async session(ctx: any) {
    await answer(ctx, async () => ({ body: await expertService(strapi).consumeLink(ctx.request.body?.token) }));
  },
  async desk(ctx: any) {
    await answer(ctx, async () => ({ body: await expertService(strapi).desk(id(ctx)) }));
  },
  async review(ctx: any) {
    await answer(ctx, async () => ({ body: await expertService(strapi).saveReview(id(ctx), String(ctx.params.reference ?? ''), ctx.request.body ?? {}) }));
  },
  async conflict(ctx: any) {
    await answer(ctx, async () => ({ body: await expertService(strapi).declareConflict(id(ctx), String(ctx.params.reference ?? ''), ctx.request.body?.reason) }));
  },
  async council(ctx: any) {
    const listed = (await strapi.db.query(EXPERT).findMany({ where: { listedPublicly: true, active: true }, select: ['name'], orderBy: { name: 'asc' } })) as Array<{ name: string }>;
    ctx.body = { data: listed.map((e) => ({ name: e.name })) };
  },
});
