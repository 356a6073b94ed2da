import { rankingCsvFor } from '../../../selection/results';

export default ({ strapi }: { strapi: any }) => ({
  /** GET /api/selection-results/:year/ranking.csv — the working group's ranking (token only). */
  async csv(ctx: any) {
    const year = Number(ctx.params.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return ctx.badRequest('Год отбора: четыре цифры');
    ctx.set('content-type', 'text/csv; charset=utf-8');
    ctx.set('content-disposition', `attachment; filename="ranking-${year}.csv"`);
    ctx.set('cache-control', 'no-store');
    ctx.body = await rankingCsvFor(strapi, year);
  },
});
