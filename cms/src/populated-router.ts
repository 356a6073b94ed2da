import { factories, type UID } from '@strapi/strapi';

type Read = 'find' | 'findOne';

interface PopulatedRouterOptions {
  /** The read routes; a single type has only `find`. */
  reads?: Read[];
  /** Only the read routes exist: residents write through the functions, editors in the admin panel. */
  readsOnly?: boolean;
}

/**
 * A public type's core router whose read answers always come fully populated the same way
 * (src/middlewares/public-populate.ts, src/public-types.ts: publicPopulate).
 */
export function populatedRouter(uid: UID.ContentType, { reads = ['find', 'findOne'], readsOnly = false }: PopulatedRouterOptions = {}) {
  const populate = { name: 'global::public-populate', config: { uid } };
  const config = Object.fromEntries(reads.map((action) => [action, { middlewares: [populate] }]));
  return factories.createCoreRouter(uid, readsOnly ? { only: reads, config } : { config });
}
