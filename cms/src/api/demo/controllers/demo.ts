import { demoRecord } from '../../../demo';

/**
 * `GET /api/demo`: `{ demo: false }` for a CMS with the programme's real content; for a demo database
 * the seed, the stage and the day it was made for. The site shows its demo notice from this answer,
 * and a production build stops on `demo: true`.
 */
export default ({ strapi }: { strapi: any }) => ({
  async status(ctx: any) {
    const record = await demoRecord(strapi);
    ctx.body = record ? { demo: true, seed: record.seed, stage: record.stage, today: record.today } : { demo: false };
  },
});
