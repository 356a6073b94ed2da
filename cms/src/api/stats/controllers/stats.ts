import { portalStats } from '../../../stats';

/**
 * `GET /api/stats`: the programme's figures the CMS alone can count (schema/src/stats.ts), as
 * aggregates. The site reads it at build for /stats/ and /open-data/.
 */
export default ({ strapi }: { strapi: any }) => ({
  async show(ctx: any) {
    ctx.set('cache-control', 'public, max-age=60');
    ctx.body = await portalStats(strapi);
  },
});
