import type { Config } from '@netlify/functions';
import { RESIDENT_SESSION_DAYS, VerificationCodeSchema, residentEmailSchema } from '@portal/schema';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { FailureBackoff, RateLimiter } from './_shared/rate-limit.js';
import { sessionSecret } from './_shared/residents.js';
import { issueSession, sessionCookie } from './_shared/session.js';

export const config: Config = {
  path: '/api/residents/verify',
  method: 'POST',
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

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
export default handler(config, {
  name: 'residents-verify',
  limits: [
    // Code checks per IP address per 10 minutes (the CMS also allows 5 tries per code).
    perIp(new RateLimiter(60, 10 * 60_000), 'Слишком много попыток. Попробуйте через несколько минут.'),
    { wait: (ip) => wrongCodes.wait(ip), message: (slow) => `Слишком много неверных кодов. Следующую попытку можно сделать через ${slow} с.` },
  ],
  body: { schema: (env) => z.object({ email: residentEmailSchema(env.DISPOSABLE_EMAIL_DOMAINS), code: VerificationCodeSchema }), maxBytes: 2048 },
  unavailable: 'Не удалось проверить код. Попробуйте через несколько минут.',
  async run({ env, ip, body }) {
    const secret = sessionSecret(env);
    const { body: answer } = await cmsJson(env, '/api/residents/verify', { method: 'POST', auth: true, body: { provider: 'email', identifier: body.email, code: body.code } }).catch((error) => {
      if (error instanceof HttpError && WRONG_CODE.has(error.errorName)) wrongCodes.fail(ip);
      throw error;
    });
    const verified = Verified.parse(answer);
    const { value } = issueSession(verified.voter, secret, Date.now(), verified.sessionVersion);
    return json({ signedIn: true, votes: verified.votes }, 200, { 'set-cookie': sessionCookie(value, RESIDENT_SESSION_DAYS * 86_400) });
  },
});
