import type { Config, Context } from '@netlify/functions';
import { RESIDENT_SESSION_DAYS, VerificationCodeSchema, residentEmailSchema } from '@portal/schema';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { residentFailure, sessionSecret } from './_shared/residents.js';
import { issueSession, sessionCookie } from './_shared/session.js';

/** Code checks per IP address per 10 minutes (the CMS also allows 5 tries per code). */
const limiter = new RateLimiter(60, 10 * 60_000);

const Verified = z.object({
  voter: z.string(),
  voided: z.boolean(),
  votes: z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }),
});

/**
 * `POST /api/residents/verify` with `{ email, code }`: a right code signs the resident in with a
 * signed HttpOnly cookie; a wrong one answers how many tries are left, an old one asks for a new code.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const wait = limiter.hit(context.ip ?? 'unknown');
    if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много попыток. Попробуйте через несколько минут.', { retryAfter: wait }, { 'retry-after': String(wait) });
    const body = await readJson(req, z.object({ email: residentEmailSchema(env.DISPOSABLE_EMAIL_DOMAINS), code: VerificationCodeSchema }), { maxBytes: 2048 });
    const secret = sessionSecret(env);
    const { body: answer } = await cmsJson(env, '/api/residents/verify', { method: 'POST', auth: true, body: { provider: 'email', identifier: body.email, code: body.code } });
    const verified = Verified.parse(answer);
    const { value } = issueSession(verified.voter, secret);
    return json({ signedIn: true, votes: verified.votes }, 200, { 'set-cookie': sessionCookie(value, RESIDENT_SESSION_DAYS * 86_400) });
  } catch (error) {
    return residentFailure('residents-verify', error, 'Не удалось проверить код. Попробуйте через несколько минут.');
  }
};

export const config: Config = {
  path: '/api/residents/verify',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
