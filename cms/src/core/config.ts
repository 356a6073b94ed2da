import { z } from './zod';

/**
 * The one validated configuration of the portal's CMS code: every environment variable that
 * cms/src reads, parsed once with zod. A bad value stops the CMS at start (src/index.ts calls
 * `config()` in `register`) with a Russian and English message naming the variable, instead of a
 * NaN or a silent fallback deep inside a feature. Strapi's own settings (cms/config/*.ts: database,
 * server, admin) keep Strapi's `env()`; so does VIDEO_HOSTS (src/applications/rules.ts, read with
 * the shared contract).
 *
 * An empty value counts as unset (a `NAME=` line of an .env file).
 */

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A trimmed text, or undefined when unset. */
const text = () => z.preprocess((v) => (typeof blankIsUnset(v) === 'string' ? (v as string).trim() : undefined), z.string().optional());

/** A number within bounds, `fallback` when unset. */
function number(fallback: number, { min = 0, integer = false, max }: { min?: number; integer?: boolean; max?: number } = {}) {
  const wanted = `${integer ? 'целое число' : 'число'} от ${min}${max === undefined ? '' : ` до ${max}`} / ${integer ? 'a whole number' : 'a number'} ≥ ${min}${max === undefined ? '' : ` and ≤ ${max}`}`;
  let schema = z.coerce.number({ error: wanted }).refine(Number.isFinite, { error: wanted }).refine((n) => n >= min, { error: wanted });
  if (max !== undefined) schema = schema.refine((n) => n <= max, { error: wanted });
  if (integer) schema = schema.refine(Number.isInteger, { error: wanted });
  return z.preprocess(blankIsUnset, schema.optional()).transform((n) => n ?? fallback);
}

const httpUrl = (fallback?: string) =>
  z
    .preprocess(
      (v) => blankIsUnset(v) ?? fallback,
      z.string().trim().refine((s) => /^https?:\/\/[^/\s]+/i.test(s) && URL.canParse(s), { error: 'адрес http:// или https:// / an http:// or https:// address' }).optional(),
    )
    .transform((s) => s?.replace(/\/+$/, ''));

const flag = (fallback: boolean | undefined) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .refine((s) => /^(1|0|true|false|yes|no|on|off)$/i.test(s), { error: 'true или false / true or false' })
      .transform((s) => /^(1|true|yes|on)$/i.test(s))
      .optional()
      .transform((b) => b ?? fallback),
  );

export const ConfigSchema = z.object({
  NODE_ENV: text(),
  /** The site's public address, for links in mails and the editors' desk; no trailing slash. */
  SITE_URL: httpUrl('http://localhost:8888').transform((s) => s!),
  /** Signs the applicants' private status links (shared with the functions). */
  STATUS_LINK_SECRET: text(),
  /** Checks the hosting's signed build notifications (src/desk). */
  BUILD_STATUS_SECRET: text(),
  /** The site's build hook (src/build-hook); publishing triggers no build without it. */
  BUILD_HOOK_URL: httpUrl(),
  BUILD_HOOK_DEBOUNCE_MS: number(2000),
  BUILD_HOOK_MAX_WAIT_MS: number(60_000),
  BUILD_HOOK_MIN_INTERVAL_MS: number(60_000),
  /** The seed's folder (relative to cms/), `../content` by default. */
  CONTENT_DIR: text(),
  /** `false` leaves the seed out (the database keeps what it has). */
  SEED_CONTENT: flag(true),
  /** A JSON file of further practices imported with the seed (tests, demos). */
  SEED_EXTRA_PRACTICES: text(),
  /** The demo dataset loaded into a new database (npm start); refused when NODE_ENV=production. */
  DEMO_DATA: text(),
  /** How often each CMS instance reads the other instances' change stamps (src/cluster). */
  CLUSTER_STAMP_POLL_MS: number(1000, { min: 1 }),
  VOTES_PER_VOTER_PER_MINUTE: number(30, { min: 1, integer: true }),
  /** The least time between the starts of two vote batches of one CMS process, ms (src/voting/vote-writer.ts). */
  VOTE_BATCH_INTERVAL_MS: number(20, { max: 1000 }),
  REFINEMENTS_PER_VOTER_PER_HOUR: number(10, { min: 1, integer: true }),
  VOTE_ANOMALY_WINDOW_MINUTES: number(10),
  VOTE_ANOMALY_MIN_VOTES: number(50),
  VOTE_ANOMALY_NEW_SHARE: number(0.8, { max: 1 }),
  VOTE_ANOMALY_NEW_VOTER_HOURS: number(24),
  VOTE_ANOMALY_MIN_OLD_VOTES: number(200),
  /** Further throw-away mail domains refused for residents, comma-separated. */
  DISPOSABLE_EMAIL_DOMAINS: z
    .preprocess((v) => blankIsUnset(v) ?? '', z.string())
    .transform((s) => s.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean)),
  /** The key residents' identities are hashed under; required where voting runs (checked on use). */
  VOTER_HASH_KEY: z.preprocess(blankIsUnset, z.string().min(16, { error: 'не короче 16 символов / at least 16 characters' }).optional()),
  EXPERT_LINK_HOURS: number(72, { min: 1 }),
  MAIL_RETRY_SECONDS: number(30),
  MAIL_QUEUE_SECONDS: number(15, { min: 1, max: 59, integer: true }),
  MAIL_FROM: text().transform((s) => s ?? '«100 городских лидеров» <noreply@100gorodov.ru>'),
  /** Without SMTP_HOST mails are written as .eml files into OUTBOX_DIR (relative to cms/, `../.outbox`). */
  SMTP_HOST: text(),
  SMTP_PORT: number(587, { min: 1, max: 65_535, integer: true }),
  SMTP_SECURE: flag(undefined),
  SMTP_USER: z.preprocess(blankIsUnset, z.string().optional()),
  SMTP_PASS: z.string().optional(),
  OUTBOX_DIR: text(),
  /** The first super administrator of a fresh database (npm start); ignored once an admin exists. */
  ADMIN_EMAIL: text().transform((s) => s?.toLowerCase()),
  ADMIN_PASSWORD: z.preprocess(blankIsUnset, z.string().optional()),
  ADMIN_FIRSTNAME: text().transform((s) => s ?? 'Редактор'),
  ADMIN_LASTNAME: text().transform((s) => s ?? 'Портала'),
});

export type Config = import('zod').output<typeof ConfigSchema>;

/** The settings of the mailer (src/mailer). */
export type MailConfig = Pick<Config, 'MAIL_FROM' | 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASS' | 'OUTBOX_DIR'>;

const SECRET = /SECRET|PASS|KEY/;

/** Parses an environment; throws one error listing every bad variable, by name, in Russian and English. */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const raw = env[name];
    const shown = raw === undefined ? '' : SECRET.test(name) ? ' (значение скрыто / value hidden)' : ` = ${JSON.stringify(raw)}`;
    return `  ${name}${shown}: ожидается ${issue.message.replace(' / ', ' / expected ')}`;
  });
  throw new Error(`Неверные переменные окружения CMS / Invalid CMS environment variables:\n${lines.join('\n')}`);
}

let cached: Config | null = null;

/** The CMS's configuration from process.env, read once per process. */
export function config(): Config {
  cached ??= readConfig(process.env);
  return cached;
}
