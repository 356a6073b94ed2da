import { ApiErrorSchema, SelectionRoundEntrySchema, type SelectionRoundEntry, TopicEntrySchema } from '@portal/schema';
import { z } from 'zod';
import type { FunctionsEnv } from './env.js';
import { HttpError } from './errors.js';

const UNAVAILABLE = 'Сервис временно недоступен. Попробуйте через несколько минут — ничего из отправленного не потеряно.';

/**
 * Calls the CMS's REST API as the functions do: with the API token when there is one, a timeout,
 * and every failure of the CMS turned into a 503 for the visitor (never a 500), while the CMS's own
 * 4xx answers about the request pass through in the one error shape.
 */
export async function cmsJson(
  env: FunctionsEnv,
  path: string,
  init: {
    method?: string;
    body?: unknown;
    auth?: boolean;
    timeoutMs?: number;
    /** Another base URL for this call (the vote lane); STRAPI_URL is tried when it cannot be reached. */
    base?: string;
  } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.auth) {
    if (!env.STRAPI_TOKEN) throw new HttpError(503, 'ServiceUnavailable', UNAVAILABLE, { reason: 'STRAPI_TOKEN is not set' });
    headers.authorization = `Bearer ${env.STRAPI_TOKEN}`;
  }
  const signal = AbortSignal.timeout(init.timeoutMs ?? env.CMS_TIMEOUT_MS);
  const call = (base: string) =>
    fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), signal });
  let res: Response;
  try {
    try {
      res = await call(init.base ?? env.STRAPI_URL);
    } catch (error) {
      // Not reached at all (refused, reset): STRAPI_URL, within the same time limit. A repeated
      // vote is harmless (the database's unique index), and a timeout is not retried.
      if (!init.base || init.base === env.STRAPI_URL || signal.aborted) throw error;
      res = await call(env.STRAPI_URL);
    }
  } catch {
    throw new HttpError(503, 'ServiceUnavailable', UNAVAILABLE);
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (res.status >= 500 || res.status === 401 || res.status === 403) {
    // The CMS is down or refuses our token: the operator's problem, not the visitor's.
    throw new HttpError(503, 'ServiceUnavailable', UNAVAILABLE);
  }
  if (res.status >= 400) {
    const parsed = ApiErrorSchema.safeParse(body);
    if (parsed.success) throw new HttpError(res.status, parsed.data.error.name, parsed.data.error.message, parsed.data.error.details);
    throw new HttpError(res.status, 'BadRequest', 'Запрос отклонён.');
  }
  return { status: res.status, body };
}

/** The newest selection round, as the CMS publishes it. */
export async function currentRound(env: FunctionsEnv): Promise<SelectionRoundEntry> {
  const { body } = await cmsJson(env, '/api/selection-rounds?sort=year:desc&pagination[pageSize]=1');
  const parsed = z.object({ data: z.array(SelectionRoundEntrySchema).min(1) }).safeParse(body);
  if (!parsed.success) throw new HttpError(503, 'ServiceUnavailable', UNAVAILABLE);
  return parsed.data.data[0]!;
}

/** Slugs of the published topics. */
export async function topicSlugs(env: FunctionsEnv): Promise<string[]> {
  const { body } = await cmsJson(env, '/api/topics?pagination[pageSize]=100');
  const parsed = z.object({ data: z.array(TopicEntrySchema) }).safeParse(body);
  if (!parsed.success) throw new HttpError(503, 'ServiceUnavailable', UNAVAILABLE);
  return parsed.data.data.map((t) => t.slug);
}
