import type { Core } from '@strapi/strapi';
import { clusterStamps } from './stamps';

/**
 * Several CMS instances on one database (PostgreSQL in production): what one instance changes
 * through Strapi's own services, the others learn from the stamps (stamps.ts). API tokens are
 * saved by the admin panel through the query engine, whose lifecycles are Strapi's public hook for it.
 */
export function registerCluster(strapi: Core.Strapi): () => void {
  const stamps = clusterStamps(strapi);
  const changed = () => {
    stamps.bump('api-tokens').catch((e) => strapi.log.warn(`cluster: could not tell other instances of an API token change: ${e.message}`));
  };
  stamps.start();
  strapi.db.lifecycles.subscribe({ models: ['admin::api-token'], afterCreate: changed, afterUpdate: changed, afterDelete: changed, afterDeleteMany: changed, afterUpdateMany: changed });
  return () => stamps.stop();
}
