import type { Config } from '@netlify/functions';
import { ReferenceSchema } from '@portal/schema';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, json } from './_shared/errors.js';
import { handler, methodNotAllowed, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { sessionSecret } from './_shared/residents.js';
import { COOKIES, EXPERT_SESSION_HOURS, clearSessionCookie, issueSigned, sessionCookie } from './_shared/session.js';

export const config: Config = {
  path: ['/api/experts/:action', '/api/experts/:action/:reference'],
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/** Link requests and sign-ins per IP address per 10 minutes: enough for a person, too few to guess. */
const signIns = perIp(new RateLimiter(20, 10 * 60_000), 'Слишком много попыток. Попробуйте через несколько минут.');

const LinkRequest = z.object({ email: z.string({ error: 'Укажите адрес электронной почты' }).trim().toLowerCase().pipe(z.email({ error: 'Адрес электронной почты указан с ошибкой' })) });
const SignIn = z.object({ token: z.string().max(200) });
const Conflict = z.object({ reason: z.string({ error: 'Коротко опишите конфликт интересов' }).max(2000) });

/**
 * The expert's area:
 *  POST /api/experts/link {email}            → 202 always (whether the address is an expert's is not told)
 *  POST /api/experts/session {token}         → a single-use emailed link becomes a 12-hour session cookie
 *  POST /api/experts/logout
 *  GET  /api/experts/desk                    → the expert's own assignments, criteria, votes, window
 *  PUT  /api/experts/reviews/:reference      → save or edit the review while the main selection is open
 *  POST /api/experts/conflicts/:reference    → declare a conflict of interest; the project is reassigned
 * The expert's id comes only from the signed cookie, so nobody can ask about another expert's projects.
 * A stale one (the expert was deactivated) is a 401 that signs the expert out (handler.ts).
 */
export default handler(config, {
  name: 'experts',
  async run({ req, env, params, read, limit, expert }) {
    const action = params.action ?? '';

    if (action === 'link' || action === 'session') {
      if (req.method !== 'POST') throw methodNotAllowed();
      limit(signIns);
      if (action === 'link') {
        const { email } = await read({ schema: LinkRequest, maxBytes: 1024 });
        await cmsJson(env, '/api/experts/link', { method: 'POST', auth: true, body: { email } });
        return json({ sent: true, message: 'Если этот адрес есть в экспертном совете, на него отправлена ссылка для входа.' }, 202);
      }
      const { token } = await read({ schema: SignIn, maxBytes: 1024 });
      const secret = sessionSecret(env);
      const { body } = await cmsJson(env, '/api/experts/session', { method: 'POST', auth: true, body: { token } });
      const signedIn = z.object({ expert: z.string(), name: z.string() }).parse(body);
      const { value } = issueSigned('expert', signedIn.expert, secret, EXPERT_SESSION_HOURS * 3600);
      return json({ signedIn: true, name: signedIn.name }, 200, { 'set-cookie': sessionCookie(value, EXPERT_SESSION_HOURS * 3600, COOKIES.expert) });
    }
    if (action === 'logout') return json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie(COOKIES.expert) });

    const id = expert();
    if (action === 'desk' && req.method === 'GET') {
      const { body } = await cmsJson(env, `/api/experts/${id}/desk`, { auth: true });
      return json(body);
    }
    const ref = ReferenceSchema.safeParse(params.reference);
    if (!ref.success) throw new HttpError(404, 'NotFoundError', 'Этот проект вам не назначен.');
    if (action === 'reviews' && req.method === 'PUT') {
      const body = await read({ schema: z.record(z.string(), z.unknown()), maxBytes: 64 * 1024 });
      const { body: saved } = await cmsJson(env, `/api/experts/${id}/reviews/${ref.data}`, { method: 'PUT', auth: true, body });
      return json(saved);
    }
    if (action === 'conflicts' && req.method === 'POST') {
      const { reason } = await read({ schema: Conflict, maxBytes: 8 * 1024 });
      const { body: result } = await cmsJson(env, `/api/experts/${id}/conflicts/${ref.data}`, { method: 'POST', auth: true, body: { reason } });
      return json(result);
    }
    throw new HttpError(404, 'NotFoundError', 'Нет такого действия.');
  },
});
