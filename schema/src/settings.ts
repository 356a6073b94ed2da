// Settings the site, the functions and the CMS all read from the environment, parsed once here so
// that the three agree. Zod-free: site/astro.config.mjs and the CMS call these on plain strings.

/** The default hosts for the team's video; VIDEO_HOSTS changes them. */
export const DEFAULT_VIDEO_HOSTS = ['rutube.ru', 'vk.com', 'vkvideo.ru', 'youtube.com', 'youtu.be', 'disk.yandex.ru', 'cloud.mail.ru', 'dzen.ru'];

/**
 * VIDEO_HOSTS («rutube.ru, www.youtube.com»): comma-separated hosts a team video may be on, trimmed,
 * lower-case and without `www.` (a link's host is compared without it); DEFAULT_VIDEO_HOSTS when
 * unset or blank.
 */
export function parseVideoHosts(raw: string | undefined): string[] {
  const hosts = (raw ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase().replace(/^www\./, ''))
    .filter(Boolean);
  return hosts.length ? hosts : [...DEFAULT_VIDEO_HOSTS];
}

/** Netlify's local dev address: the site's public address when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:8888';

/** SITE_URL, the site's public address: trimmed, without trailing slashes; DEFAULT_SITE_URL when unset or blank. */
export function parseSiteUrl(raw: string | undefined): string {
  return raw?.trim().replace(/\/+$/, '') || DEFAULT_SITE_URL;
}
