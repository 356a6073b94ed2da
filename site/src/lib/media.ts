// Pictures uploaded to the CMS, as the pages show them (src/components/CmsImage.astro). Pure: the
// config and the unit tests use it outside Astro.
import type { Image } from '@portal/schema';

/**
 * Where a CMS file is fetched from. Strapi's local upload provider answers `/uploads/…`, relative to
 * the CMS; a cloud provider answers a full URL, which is kept.
 */
export function mediaUrl(url: string, cmsBaseUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  return new URL(url.replace(/^\/+/, ''), cmsBaseUrl.endsWith('/') ? cmsBaseUrl : `${cmsBaseUrl}/`).href;
}

/** One entry of Astro's `image.remotePatterns`. */
export interface RemotePattern {
  protocol: string;
  hostname: string;
  port?: string;
}

/**
 * The remote images the build may fetch and re-encode: those at the CMS's address (STRAPI_URL), any
 * path. Nothing else is fetched (cmsPicture leaves other addresses alone).
 */
export function cmsImagePattern(cmsBaseUrl: string): RemotePattern {
  const url = new URL(cmsBaseUrl);
  return { protocol: url.protocol.replace(/:$/, ''), hostname: url.hostname, ...(url.port ? { port: url.port } : {}) };
}

/** What `<Picture>` needs for a CMS image: where the build fetches it, its widths and its size. */
export type CmsPicture =
  | { src: string; widths: number[]; width: number; height: number; inferSize?: never }
  | { src: string; widths: number[]; inferSize: true; width?: never; height?: never };

/**
 * The sizes a CMS image is encoded in: `widths` no wider than the original (never enlarged), and the
 * original itself when narrower than the widest. `width`×`height` is the largest of them, in the
 * original's proportions, for the <img> attributes that keep the page from shifting while it loads.
 * An image the CMS gave no size for is measured by the build (`inferSize`). Null for an image a cloud
 * upload provider keeps at its own public address: it is shown from there, as it is.
 */
export function cmsPicture(image: Pick<Image, 'url' | 'width' | 'height'>, cmsBaseUrl: string, widths: readonly number[]): CmsPicture | null {
  const src = mediaUrl(image.url, cmsBaseUrl);
  if (new URL(src).origin !== new URL(cmsBaseUrl).origin) return null;
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  if (!image.width || !image.height) return { src, widths: sorted, inferSize: true };
  const largest = Math.min(image.width, sorted.at(-1) ?? image.width);
  return {
    src,
    widths: [...sorted.filter((w) => w < largest), largest],
    width: largest,
    height: Math.round((image.height * largest) / image.width),
  };
}
