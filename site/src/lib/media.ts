/**
 * Where the browser loads a CMS file from. Strapi's local upload provider answers `/uploads/…`,
 * relative to the CMS; a cloud provider answers a full URL, which is kept.
 */
export function mediaUrl(url: string, cmsBaseUrl: string): string {
  if (/^https?:\/\//i.test(url)) return url;
  return new URL(url.replace(/^\/+/, ''), cmsBaseUrl.endsWith('/') ? cmsBaseUrl : `${cmsBaseUrl}/`).href;
}
