// What search engines are pointed at and what they are kept away from (sitemap, robots meta).

/**
 * Pages for one person, not for search: the expert's desk, an applicant's status page (opened from a
 * private link), the compendium's print view (the same practices as /practices/) and the editors'
 * preview (rendered on demand for the CMS). They carry a `noindex` robots meta and stay out of the sitemap.
 */
export const PRIVATE_PATHS: readonly string[] = ['/expert/', '/application-status/', '/practices/print/', '/preview/'];

/** Whether `pathname` (or a full URL) is one of the private pages. */
export function isPrivatePath(pathOrUrl: string): boolean {
  const path = pathOrUrl.startsWith('/') ? pathOrUrl : new URL(pathOrUrl).pathname;
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  return PRIVATE_PATHS.includes(withSlash);
}

/** robots.txt: everything may be crawled; the sitemap is named by its full address. */
export function robotsTxt(site: URL | string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', site).href}`, ''].join('\n');
}
