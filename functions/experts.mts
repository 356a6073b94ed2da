import type { Config, Context } from '@netlify/functions';
import { ReferenceSchema } from '@portal/schema';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { requireExpert } from './_shared/experts.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { residentError, residentFailure, sessionSecret } from './_shared/residents.js';
import { COOKIES, EXPERT_SESSION_HOURS, clearSessionCookie, issueSigned, sessionCookie } from './_shared/session.js';

/** Link requests and sign-ins per IP address per 10 minutes: enough for a person, too few to guess. */
const limiter = new RateLimiter(20, 10 * 60_000);
const Reference = ReferenceSchema;

/**
 * The expert's area:
 *  POST /api/experts/link {email}            → 202 always (whether the address is an expert's is not told)
 *  POST /api/experts/session {token}         → a single-use emailed link becomes a 12-hour session cookie
 *  POST /api/experts/logout
 *  GET  /api/experts/desk                    → the expert's own assignments, criteria, votes, window
 *  PUT  /api/experts/reviews/:reference      → save or edit the review while the main selection is open
 *  POST /api/experts/conflicts/:reference    → declare a conflict of interest; the project is reassigned
 * The expert's id comes only from the signed cookie, so nobody can ask about another expert's projects.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const action = context.params?.action ?? '';
    const reference = context.params?.reference;

    if (action === 'link' || action === 'session') {
      if (req.method !== 'POST') return errorResponse(405, 'MethodNotAllowed', 'Метод не поддерживается.');
      const wait = limiter.hit(context.ip ?? 'unknown');
      if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много попыток. Попробуйте через несколько минут.', { retryAfter: wait }, { 'retry-after': String(wait) });
      if (action === 'link') {
        const { email } = await readJson(req, z.object({ email: z.string({ error: 'Укажите адрес электронной почты' }).trim().toLowerCase().pipe(z.email({ error: 'Адрес электронной почты указан с ошибкой' })) }), { maxBytes: 1024 });
        await cmsJson(env, '/api/experts/link', { method: 'POST', auth: true, body: { email } });
        return json({ sent: true, message: 'Если этот адрес есть в экспертном совете, на него отправлена ссылка для входа.' }, 202);
      }
      const { token } = await readJson(req, z.object({ token: z.string().max(200) }), { maxBytes: 1024 });
      const secret = sessionSecret(env);
      const { body } = await cmsJson(env, '/api/experts/session', { method: 'POST', auth: true, body: { token } });
      const signedIn = z.object({ expert: z.string(), name: z.string() }).parse(body);
      const { value } = issueSigned('expert', signedIn.expert, secret, EXPERT_SESSION_HOURS * 3600);
      return json({ signedIn: true, name: signedIn.name }, 200, { 'set-cookie': sessionCookie(value, EXPERT_SESSION_HOURS * 3600, COOKIES.expert) });
    }
    if (action === 'logout') return json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie(COOKIES.expert) });

    const expert = requireExpert(req, env);
    if (action === 'desk' && req.method === 'GET') {
      const { body } = await cmsJson(env, `/api/experts/${expert}/desk`, { auth: true });
      return json(body);
    }
    const ref = Reference.safeParse(reference);
    if (!ref.success) return errorResponse(404, 'NotFound', 'Этот проект вам не назначен.');
    if (action === 'reviews' && req.method === 'PUT') {
      const body = await readJson(req, z.record(z.string(), z.unknown()), { maxBytes: 64 * 1024 });
      const { body: saved } = await cmsJson(env, `/api/experts/${expert}/reviews/${ref.data}`, { method: 'PUT', auth: true, body });
      return json(saved);
    }
    if (action === 'conflicts' && req.method === 'POST') {
      const { reason } = await readJson(req, z.object({ reason: z.string({ error: 'Коротко опишите конфликт интересов' }).max(2000) }), { maxBytes: 8 * 1024 });
      const { body: result } = await cmsJson(env, `/api/experts/${expert}/conflicts/${ref.data}`, { method: 'POST', auth: true, body: { reason } });
      return json(result);
    }
    return errorResponse(404, 'NotFound', 'Нет такого действия.');
  } catch (error) {
    if (error instanceof HttpError) {
      // A stale expert id (the expert was deactivated): sign out.
      if (error.errorName === 'UnknownExpert') return errorResponse(401, 'Unauthorized', error.message, {}, { 'set-cookie': clearSessionCookie(COOKIES.expert) });
      if (error.errorName === 'ScoringClosed') return errorResponse(403, error.errorName, error.message, error.details);
      return residentError(error);
    }
    return residentFailure('experts', error);
  }
};

export const config: Config = {
  path: ['/api/experts/:action', '/api/experts/:action/:reference'],
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
