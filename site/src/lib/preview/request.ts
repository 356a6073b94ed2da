// The preview page's gate and headers (src/pages/preview/index.astro), kept free of Astro so that the
// unit tests drive them directly. The page is reached only from the CMS's edit view, with the secret
// the CMS puts into the address (cms/config/admin.ts, previewUrl in @portal/schema).
import { createHash, timingSafeEqual } from 'node:crypto';
import { PreviewQuerySchema, type PreviewQuery } from '@portal/schema';
import { DEFAULT_STRAPI_URL } from '../../loaders/strapi-client.ts';

export type PreviewRequest = { ok: true; query: PreviewQuery } | { ok: false; status: 400 | 401 | 404; message: string };

/** Whether `given` is the secret, in a time that does not depend on where they differ (both hashed to one length first). */
export function secretMatches(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && expected.length > 0;
}

/**
 * Checks a preview request's query: the secret first (a caller without it learns nothing else), then
 * the type, the document and the version, each with a Russian message an editor can act on.
 */
export function parsePreviewRequest(params: URLSearchParams, expectedSecret: string | undefined): PreviewRequest {
  if (!expectedSecret) {
    return { ok: false, status: 404, message: 'Предпросмотр не настроен: задайте одинаковый PREVIEW_SECRET сайту и CMS.' };
  }
  const secret = params.get('secret') ?? '';
  if (!secretMatches(secret, expectedSecret)) {
    return { ok: false, status: 401, message: 'Нет доступа к предпросмотру: ключ не указан или неверен. Откройте предпросмотр из панели управления.' };
  }
  const parsed = PreviewQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `«${issue.path.join('.') || 'запрос'}»: ${issue.message}`);
    return { ok: false, status: 400, message: `Неверная ссылка предпросмотра. ${fields.join(' ')}` };
  }
  return { ok: true, query: parsed.data };
}

/**
 * The origins allowed to frame a preview: the CMS's admin panel (PUBLIC_CMS_URL, else STRAPI_URL, as
 * the build reads them) and any listed in PREVIEW_FRAME_ANCESTORS (comma-separated). Malformed
 * entries are left out rather than widening the policy.
 */
export function previewFrameAncestors(env: Record<string, string | undefined>): string[] {
  const listed = [env.PUBLIC_CMS_URL?.trim() || env.STRAPI_URL?.trim() || DEFAULT_STRAPI_URL, ...(env.PREVIEW_FRAME_ANCESTORS ?? '').split(',')];
  const origins = listed.flatMap((value) => {
    try {
      const url = new URL(value.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)];
}

/** The CSP directive that lets only these origins frame the preview (none when the list is empty). */
export function frameAncestorsDirective(origins: readonly string[]): `frame-ancestors ${string}` {
  return `frame-ancestors ${origins.length > 0 ? origins.join(' ') : "'none'"}`;
}

/**
 * Headers of every preview answer, the refusals included: never stored by a cache or a browser, never
 * indexed, and the address with its secret never sent on as a referrer. A rendered preview gets its
 * framing rule from Astro's own policy header (the page adds frameAncestorsDirective to it); a refusal
 * carries it here. The public pages keep `frame-ancestors 'none'` (netlify.toml).
 */
export function previewHeaders(): Record<string, string> {
  return { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' };
}
