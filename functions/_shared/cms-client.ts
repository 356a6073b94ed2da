import { ApiErrorSchema, type ApiErrorName, SelectionRoundEntrySchema, type SelectionRoundEntry, TopicEntrySchema } from '@portal/schema';
import { z } from 'zod';
import type { FunctionsEnv } from './env.js';
import { HttpError } from './errors.js';

const UNAVAILABLE = 'Сервис временно недоступен. Попробуйте через несколько минут — ничего из отправленного не потеряно.';

/** Causes of a failed fetch that mean the request never reached a CMS (nothing was sent to it). */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
const notSent = (error: unknown) => {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return !!code && NOT_SENT.has(code);
};

/** A CMS instance that could not be reached is tried last for this long (in this function instance). */
const DOWN_MS = 5000;
const downUntil = new Map<string, number>();
let turn = 0;

/** FNV-1a: a small, stable hash of a text, to pick a CMS instance by. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The order to try the CMS instances in: the next one in turn first (round robin over CMS_URLS),
 * or, with an `affinity`, the instance that key always goes to first; those that failed in the last
 * DOWN_MS last; `first` (CMS_VOTES_URL) before all of them.
 */
export function cmsOrder(urls: readonly string[], first?: string, affinity?: string, now = Date.now()): string[] {
  const start = affinity === undefined ? turn++ % urls.length : hashOf(affinity) % urls.length;
  const rotated = [...urls.slice(start), ...urls.slice(0, start)];
  const up = rotated.filter((u) => (downUntil.get(u) ?? 0) <= now);
  const down = rotated.filter((u) => (downUntil.get(u) ?? 0) > now);
  return [...new Set([...(first ? [first] : []), ...up, ...down])];
}

/**
 * Calls the CMS's REST API as the functions do: with the API token when there is one, a timeout,
 * and every failure of the CMS turned into a 503 for the visitor (never a 500), while the CMS's own
 * 4xx answers about the request pass through in the one error shape.
 *
 * Several CMS instances (STRAPI_URL with commas): calls go to each in turn. When an instance cannot
 * be reached, the call goes on to the next, within the same time limit: always when the connection
 * was refused (nothing was sent), and after a connection lost mid-request only when the call is
 * `idempotent` (a read; a vote, which the votes table's unique index keeps single; an application
 * with its idempotency key) — a write that may have been received is never sent twice. A timeout
 * is never retried (the write may still commit, and the time is spent).
 */
export async function cmsJson(
  env: FunctionsEnv,
  path: string,
  init: {
    method?: string;
    body?: unknown;
    auth?: boolean;
    timeoutMs?: number;
    /** Another base URL to try first (CMS_VOTES_URL); the CMS instances are tried when it cannot be reached. */
    base?: string;
    /** The call may be repeated safely; default: GET and HEAD only. */
    idempotent?: boolean;
    /**
     * Calls with the same key go to the same CMS instance while it is up: a resident's votes, so a
     * double click's two requests meet in one instance's batch (the second is «already») instead of
     * racing in two instances, where one batch fails on the unique index and is written again.
     */
    affinity?: string;
  } = {},
): Promise<{ status: number; body: unknown }> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.auth) {
    if (!env.STRAPI_TOKEN) throw new HttpError(503, 'ServiceUnavailableError', UNAVAILABLE, { reason: 'STRAPI_TOKEN is not set' });
    headers.authorization = `Bearer ${env.STRAPI_TOKEN}`;
  }
  const idempotent = init.idempotent ?? (method === 'GET' || method === 'HEAD');
  const signal = AbortSignal.timeout(init.timeoutMs ?? env.CMS_TIMEOUT_MS);
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  let res: Response | null = null;
  for (const base of cmsOrder(env.CMS_URLS, init.base, init.affinity)) {
    try {
      res = await fetch(`${base}${path}`, { method, headers, body, signal });
      break;
    } catch (error) {
      if (signal.aborted || !(notSent(error) || idempotent)) break;
      downUntil.set(base, Date.now() + DOWN_MS);
    }
  }
  if (!res) throw new HttpError(503, 'ServiceUnavailableError', UNAVAILABLE);
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (res.status >= 500 || res.status === 401 || res.status === 403) {
    // The CMS is down or refuses our token: the operator's problem, not the visitor's.
    throw new HttpError(503, 'ServiceUnavailableError', UNAVAILABLE);
  }
  if (res.status >= 400) {
    const error = ApiErrorSchema.safeParse(parsed);
    // Passed on under the CMS's own name: the CMS names its refusals from the same list (@portal/schema api-errors).
    if (error.success) throw new HttpError(res.status, error.data.error.name as ApiErrorName, error.data.error.message, error.data.error.details);
    throw new HttpError(res.status, 'BadRequestError', 'Запрос отклонён.');
  }
  return { status: res.status, body: parsed };
}

/** The newest selection round, as the CMS publishes it. */
export async function currentRound(env: FunctionsEnv): Promise<SelectionRoundEntry> {
  const { body } = await cmsJson(env, '/api/selection-rounds?sort=year:desc&pagination[pageSize]=1');
  const parsed = z.object({ data: z.array(SelectionRoundEntrySchema).min(1) }).safeParse(body);
  if (!parsed.success) throw new HttpError(503, 'ServiceUnavailableError', UNAVAILABLE);
  return parsed.data.data[0]!;
}

/** Slugs of the published topics. */
export async function topicSlugs(env: FunctionsEnv): Promise<string[]> {
  const { body } = await cmsJson(env, '/api/topics?pagination[pageSize]=100');
  const parsed = z.object({ data: z.array(TopicEntrySchema) }).safeParse(body);
  if (!parsed.success) throw new HttpError(503, 'ServiceUnavailableError', UNAVAILABLE);
  return parsed.data.data.map((t) => t.slug);
}
