import type { Config, Context } from '@netlify/functions';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { residentFailure } from './_shared/residents.js';
import { STATUS_LINK_NOT_FOUND as NOT_FOUND, statusLinkReference } from './_shared/status-link.js';

const limiter = new RateLimiter(60, 10 * 60_000);

/**
 * The team's desk, authenticated by its private status link (`token`):
 * `POST /api/team/refinements` — `{ token, refinement, response, reply }` answers a refinement;
 * `POST /api/team/ideas` — `{ token, title, description }` adds an idea residents can vote for.
 * The CMS validates the rest with the shared schema and checks the refinement is the project's own.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много запросов. Попробуйте через несколько минут.', { retryAfter: wait }, { 'retry-after': String(wait) });
    const action = context.params?.action;
    if (action !== 'refinements' && action !== 'ideas') return errorResponse(404, 'NotFound', 'Нет такого действия.');
    const { token, ...rest } = await readJson(req, z.looseObject({ token: z.string({ error: NOT_FOUND }).max(200, NOT_FOUND) }), { maxBytes: 16 * 1024 });
    const reference = await statusLinkReference(env, token);
    const path = action === 'refinements' ? '/api/refinements/answer' : '/api/ideas/propose';
    const { status, body } = await cmsJson(env, path, { method: 'POST', auth: true, body: { ...rest, reference } });
    return json(body, status === 201 ? 201 : 200);
  } catch (error) {
    return residentFailure('team', error);
  }
};

export const config: Config = {
  path: '/api/team/:action',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
