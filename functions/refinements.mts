import type { Config, Context } from '@netlify/functions';
import { RefinementSubmissionSchema } from '@portal/schema';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { requireResident, residentFailure } from './_shared/residents.js';

const limiter = new RateLimiter(30, 10 * 60_000);

/** `POST /api/refinements` with `{ project, text }`: a signed-in resident's refinement, pending moderation. */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много доработок с одного адреса. Попробуйте позже.', { retryAfter: wait }, { 'retry-after': String(wait) });
    const session = requireResident(req, env);
    const body = await readJson(req, RefinementSubmissionSchema, { maxBytes: 16 * 1024 });
    await cmsJson(env, '/api/refinements/submit', { method: 'POST', auth: true, body: { voter: session.voter, session: session.version, project: body.project, text: body.text } });
    return json({ status: 'pending' }, 201);
  } catch (error) {
    return residentFailure('refinements', error, 'Доработка не отправлена: сервис временно недоступен. Текст сохранён в форме — попробуйте ещё раз через минуту.');
  }
};

export const config: Config = {
  path: '/api/refinements',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
