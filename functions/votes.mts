import type { Config, Context } from '@netlify/functions';
import { VoteResultSchema, VoteTargetSchema } from '@portal/schema';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { requireResident, residentFailure } from './_shared/residents.js';

let limiter: RateLimiter | null = null;

/**
 * `POST /api/votes` (vote) and `DELETE /api/votes` (withdraw) with `{ project }` or `{ idea }`, for
 * a signed-in resident. 201 «counted» for a new vote, 200 «already» for a repeat (the database's
 * unique index decides, so a double click is one vote), 403 outside the voting window.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    limiter ??= new RateLimiter(env.VOTES_PER_IP_PER_MINUTE, 60_000);
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) return errorResponse(429, 'TooManyRequests', `Слишком много голосов с одного адреса. Попробуйте через ${wait} с.`, { retryAfter: wait }, { 'retry-after': String(wait) });
    const session = requireResident(req, env);
    const body = await readJson(req, VoteTargetSchema, { maxBytes: 1024 });
    const target = 'project' in body ? { kind: 'project', id: body.project } : { kind: 'idea', id: body.idea };
    const path = req.method === 'DELETE' ? '/api/votes/withdraw' : '/api/votes/cast';
    const { status, body: result } = await cmsJson(env, path, { method: 'POST', auth: true, body: { voter: session.voter, session: session.version, target }, timeoutMs: env.CMS_WRITE_TIMEOUT_MS, base: env.CMS_VOTES_URL, idempotent: true });
    return json(VoteResultSchema.parse(result), status === 201 ? 201 : 200);
  } catch (error) {
    // Down or slow CMS: 503, and the resident can press again — a repeat never counts twice.
    return residentFailure('votes', error, 'Не удалось подтвердить голос: сервис отвечает медленно или недоступен. Нажмите ещё раз через минуту — если голос уже учтён, мы так и скажем, дважды он не засчитается.');
  }
};

export const config: Config = {
  path: '/api/votes',
  method: ['POST', 'DELETE'],
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 300, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
