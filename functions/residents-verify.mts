import type { Config, Context } from '@netlify/functions';
import { RESIDENT_SESSION_DAYS, VerificationCodeSchema, residentEmailSchema } from '@portal/schema';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, errorResponse, json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { FailureBackoff, RateLimiter } from './_shared/rate-limit.js';
import { residentFailure, sessionSecret } from './_shared/residents.js';
import { issueSession, sessionCookie } from './_shared/session.js';

/** Code checks per IP address per 10 minutes (the CMS also allows 5 tries per code). */
const limiter = new RateLimiter(60, 10 * 60_000);

/**
 * Wrong codes slow down the client that sends them, not the mailbox they aim at. The CMS keeps 5
 * tries per code (the bound on guessing) and sends a new code when a code's tries are spent,
 * without counting a stranger's requests against the owner (identity.ts, `challenge`); here each
 * IP address gets 3 wrong codes free, then waits 15 s, 30 s, 1 min … up to 15 min before each
 * further try, forgotten an hour after its last wrong code. So one address can spend the tries of
 * about one code quickly and of two or three more in the next hour, far below the CMS's 10 new
 * codes an hour per mailbox: the owner asks again, gets a fresh code and signs in.
 */
const wrongCodes = new FailureBackoff({ free: 3, baseSeconds: 15, maxSeconds: 15 * 60, forgetSeconds: 3600 });
const WRONG_CODE = new Set(['CodeInvalid', 'TooManyAttempts']);

const Verified = z.object({
  voter: z.string(),
  voided: z.boolean(),
  sessionVersion: z.number().int().nonnegative().default(0),
  votes: z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }),
});

/**
 * `POST /api/residents/verify` with `{ email, code }`: a right code signs the resident in with a
 * signed HttpOnly cookie; a wrong one answers how many tries are left, an old one asks for a new code.
 */
export default async (req: Request, context: Context): Promise<Response> => {
  try {
    const env = readEnv();
    const client = context.ip ?? 'unknown';
    const wait = limiter.hit(client);
    if (wait > 0) return errorResponse(429, 'TooManyRequests', 'Слишком много попыток. Попробуйте через несколько минут.', { retryAfter: wait }, { 'retry-after': String(wait) });
    const slow = wrongCodes.wait(client);
    if (slow > 0) return errorResponse(429, 'TooManyRequests', `Слишком много неверных кодов. Следующую попытку можно сделать через ${slow} с.`, { retryAfter: slow }, { 'retry-after': String(slow) });
    const body = await readJson(req, z.object({ email: residentEmailSchema(env.DISPOSABLE_EMAIL_DOMAINS), code: VerificationCodeSchema }), { maxBytes: 2048 });
    const secret = sessionSecret(env);
    const { body: answer } = await cmsJson(env, '/api/residents/verify', { method: 'POST', auth: true, body: { provider: 'email', identifier: body.email, code: body.code } }).catch((error) => {
      if (error instanceof HttpError && WRONG_CODE.has(error.errorName)) wrongCodes.fail(client);
      throw error;
    });
    const verified = Verified.parse(answer);
    const { value } = issueSession(verified.voter, secret, Date.now(), verified.sessionVersion);
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
