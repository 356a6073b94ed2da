import { publicPopulate, publicTypeByUid } from '../public-types';

interface PopulateConfig {
  uid: string;
}

/**
 * Route middleware on `find`/`findOne` of the public types (see each type's routes file):
 * the answer always comes fully populated in one shape, sorted by the contract's default order,
 * without the client sending `populate`. Only API-token clients (the site's build, previews) may
 * ask for `status=draft`; anonymous readers always get published content.
 */
export default (config: PopulateConfig) => {
  const populate = publicPopulate[config.uid];
  if (!populate) throw new Error(`No populate shape for ${config.uid} in src/public-types.ts`);
  const type = publicTypeByUid(config.uid);

  return async (ctx: any, next: () => Promise<unknown>) => {
    // Mutate the parsed query in place: assigning ctx.query would re-serialise it through qs.
    const query = ctx.query as Record<string, unknown>;
    if (Object.keys(populate).length > 0) query.populate = populate;
    else delete query.populate;
    delete query.fields;
    if (!query.sort && type?.sort) query.sort = type.sort;
    // The API-token strategy is `content-api-token` in Strapi 5.54 (`api-token` before).
    const viaApiToken = /(^|-)api-token$/.test(String(ctx.state?.auth?.strategy?.name ?? ''));
    if (!viaApiToken) delete query.status;
    await next();
  };
};
