// Strapi's Preview (the edit view's «Предпросмотр»): which content types have a public page to preview,
// and the address of the site's on-demand preview page. Shared by the CMS (cms/config/admin.ts builds
// the address) and the site (site/src/pages/preview/ parses it), so the two cannot drift apart.
import { z } from 'zod';
import { publicContentTypes, type PublicContentTypeName } from './content.js';

/**
 * The public types with a page of their own on the site, previewable from the CMS. Refinements, ideas
 * and draws are parts of other pages, written by residents, teams or the draw: nothing to preview.
 */
export const PREVIEW_TYPES = [
  'bestPractices',
  'successStories',
  'topics',
  'projects',
  'selectionRounds',
  'acceleratorModules',
  'programme',
  'platform',
] as const satisfies readonly PublicContentTypeName[];
export type PreviewTypeName = (typeof PREVIEW_TYPES)[number];

/** The site's preview page (served on demand; every other page is static). */
export const PREVIEW_PATH = '/preview/';

export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** The preview type of a Strapi content-type uid (`api::topic.topic` → `topics`), if it has a page. */
export function previewTypeByUid(uid: string): PreviewTypeName | undefined {
  return PREVIEW_TYPES.find((name) => publicContentTypes[name].uid === uid);
}

/** A Strapi 5 document id: letters and digits (24 of them today). */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/i;

/**
 * The preview page's query, as the CMS writes it (previewUrl). Russian messages: an editor reads them
 * when a link was cut or copied wrongly. The secret is checked by the page itself, in constant time.
 */
export const PreviewQuerySchema = z
  .object({
    type: z.enum(PREVIEW_TYPES, { error: 'Неизвестный тип материала: откройте предпросмотр из панели управления заново.' }),
    documentId: z
      .string()
      .regex(DOCUMENT_ID, { error: 'Неверный идентификатор документа: откройте предпросмотр из панели управления заново.' })
      .optional(),
    status: z.enum(PREVIEW_STATUSES, { error: 'Версия должна быть «draft» (черновик) или «published» (опубликованная).' }).default('draft'),
    secret: z.string({ error: 'Нет ключа предпросмотра.' }).min(1, { error: 'Нет ключа предпросмотра.' }),
  })
  .superRefine((query, ctx) => {
    if (publicContentTypes[query.type].kind === 'collection' && !query.documentId) {
      ctx.addIssue({ code: 'custom', path: ['documentId'], message: 'Не указан документ для предпросмотра: сохраните запись и откройте предпросмотр снова.' });
    }
  });
export type PreviewQuery = z.output<typeof PreviewQuerySchema>;

/**
 * The address Strapi's Preview frames for a document, or null for a type without a page (Strapi then
 * offers no preview). `siteUrl` is the site's public address; `secret` is PREVIEW_SECRET.
 */
export function previewUrl(
  siteUrl: string,
  secret: string,
  { uid, documentId, status }: { uid: string; documentId?: string | null | undefined; status?: string | null | undefined },
): string | null {
  const type = previewTypeByUid(uid);
  if (!type) return null;
  const url = new URL(PREVIEW_PATH, siteUrl);
  url.searchParams.set('type', type);
  if (publicContentTypes[type].kind === 'collection') {
    if (!documentId) return null;
    url.searchParams.set('documentId', documentId);
  }
  url.searchParams.set('status', status === 'published' ? 'published' : 'draft');
  url.searchParams.set('secret', secret);
  return url.href;
}
