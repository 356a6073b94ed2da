import { parseSiteUrl, parseVideoHosts } from '@portal/schema';
import { z } from 'zod';

/**
 * The functions' configuration, read from the environment on every call and validated (parsed
 * again only when one of its variables changed).
 * A missing or wrong variable is the operator's mistake, not the visitor's: it is reported by name.
 */
const EnvFields = z.object({
  /**
   * Base URL of the Strapi server, without a trailing slash; or several, comma-separated (CMS
   * instances on one database): the functions spread their calls over them in turn and go on to the
   * next when one cannot be reached (cms-client.ts). Parsed into CMS_URLS; STRAPI_URL is the first.
   */
  STRAPI_URL: z
    .string()
    .default('http://127.0.0.1:1337')
    .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.url({ error: 'STRAPI_URL must be an absolute URL such as http://127.0.0.1:1337, or several separated by commas' })).min(1, { error: 'STRAPI_URL must name at least one URL' }))
    .transform((urls) => urls.map((u) => u.replace(/\/+$/, ''))),
  /**
   * Where votes go first, e.g. a CMS instance kept for the vote path. Unset: STRAPI_URL's instances.
   * When it does not answer, votes go to STRAPI_URL's instances, which serve the same routes with the
   * same rules.
   */
  CMS_VOTES_URL: z
    .url({ error: 'CMS_VOTES_URL must be an absolute URL such as http://127.0.0.1:1338' })
    .optional()
    .transform((u) => u?.replace(/\/+$/, '')),
  /** Strapi API token for writes; held by the functions only, never sent to the browser. */
  STRAPI_TOKEN: z.string().min(1).optional(),
  /** How long a call to the CMS may take before the function gives up, in milliseconds. */
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(3000),
  /**
   * The same for a vote: longer, because a vote the CMS stores after the function gave up would be
   * answered «not confirmed» although it counts; a resident would rather wait a few seconds more.
   */
  CMS_WRITE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Public address of the site, for links in answers and emails (the status page). */
  SITE_URL: z.string().optional().transform(parseSiteUrl).pipe(z.url({ error: 'SITE_URL must be an absolute URL such as https://100gorodov.ru' })),
  /** Signs the private status links of applications; long and random in production. */
  STATUS_LINK_SECRET: z.string().min(16, { error: 'STATUS_LINK_SECRET must be at least 16 characters' }).optional(),
  /** Signs residents' session cookies; long and random in production. Changing it signs everyone out. */
  SESSION_SECRET: z.string().min(16, { error: 'SESSION_SECRET must be at least 16 characters' }).optional(),
  /** Comma-separated extra domains of throwaway mailboxes to refuse, beside the built-in list. */
  DISPOSABLE_EMAIL_DOMAINS: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean) : [])),
  /** Per-IP limits of the local stand-in (rate-limit.ts: netlify dev, tests): votes a minute, code requests an hour. */
  VOTES_PER_IP_PER_MINUTE: z.coerce.number().int().positive().default(300),
  CODES_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(30),
  /**
   * Lets a monitor read the details of `GET /api/health` (`Authorization: Bearer <it>`); unset, the
   * health check answers `ok`/`degraded` only. Long and random; it grants nothing else.
   */
  HEALTH_TOKEN: z.string().min(16, { error: 'HEALTH_TOKEN must be at least 16 characters' }).optional(),
  /** Comma-separated hosts a team video may be on; the portal's defaults when empty. */
  VIDEO_HOSTS: z.string().optional().transform(parseVideoHosts),
});
const EnvSchema = EnvFields.transform(({ STRAPI_URL: urls, ...env }) => ({ ...env, STRAPI_URL: urls[0]!, CMS_URLS: urls }));
export type FunctionsEnv = z.infer<typeof EnvSchema>;

const NAMES = Object.keys(EnvFields.shape) as Array<keyof typeof EnvFields.shape>;
let last: { key: string; env: FunctionsEnv } | null = null;

/** The configuration, or what is wrong with it, one line per variable (names and rules, never values). */
export type EnvCheck = { ok: true; env: FunctionsEnv } | { ok: false; problems: string[] };

export function checkEnv(source: Record<string, string | undefined> = process.env): EnvCheck {
  // Every request reads the configuration; it is parsed again only when one of its variables changed.
  const key = NAMES.map((name) => source[name] ?? '\u0000').join('\u0001');
  if (last?.key === key) return { ok: true, env: last.env };
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) };
  last = { key, env: parsed.data };
  return { ok: true, env: parsed.data };
}

export function readEnv(source: Record<string, string | undefined> = process.env): FunctionsEnv {
  const checked = checkEnv(source);
  if (!checked.ok) {
    throw new Error(`Functions are misconfigured (${checked.problems.join('; ')}). Set the variables in Netlify's site settings or in .env.`);
  }
  return checked.env;
}

/**
 * HEALTH_TOKEN alone, read even when other variables are wrong (a monitor needs the details most
 * then); null when unset or too short to be a secret.
 */
export function healthToken(source: Record<string, string | undefined> = process.env): string | null {
  const parsed = EnvFields.shape.HEALTH_TOKEN.safeParse(source.HEALTH_TOKEN);
  return parsed.success ? (parsed.data ?? null) : null;
}
