import type { contentTypes } from '@strapi/utils';

/**
 * What a document service middleware (`strapi.documents.use`) receives, as far as the portal reads
 * it. Strapi's own `Modules.Documents.Middleware.Context` is a union over every content type and
 * action; the middlewares here test `uid` and `action` at run time and read these fields only.
 */
export interface DocumentContext {
  action: string;
  uid: string;
  contentType: Parameters<typeof contentTypes.hasDraftAndPublish>[0];
  params: { documentId?: string; status?: string; data?: Record<string, any> };
}
