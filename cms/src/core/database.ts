import type { Core, UID } from '@strapi/strapi';

/** A content type's table, for the few queries the query engine cannot express (counts by day, upserts). */
export const tableOf = (strapi: Core.Strapi, uid: UID.Schema): string => strapi.db.metadata.get(uid).tableName;
