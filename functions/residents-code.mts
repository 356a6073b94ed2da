import type { Config } from '@netlify/functions';
import { residentEmailSchema } from '@portal/schema';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';

export const config: Config = {
  path: '/api/residents/code',
  method: 'POST',
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/** «i***@mail.ru»: enough for the resident to see where the code went, not enough to leak the address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * `POST /api/residents/code` with `{ email }`: sends a one-time code to a resident's email (as
 * typed; the voter is the mailbox's canonical form). The CMS keeps a keyed hash of the mailbox and
 * the code sealed, sends the same code again while it is unused (at most once a minute, counting
 * for nothing) and at most 10 new codes an hour; this function refuses malformed and throwaway
 * addresses and floods from one IP address (a malformed request does not count against it).
 */
export default handler(config, {
  name: 'residents-code',
  limits: [
    perIp(
      (env) => new RateLimiter(env.CODES_PER_IP_PER_HOUR, 3_600_000),
      (wait) => `Слишком много запросов кода с одного адреса. Попробуйте через ${Math.ceil(wait / 60)} мин.`,
      true,
    ),
  ],
  body: {
    schema: (env) => z.object({ email: residentEmailSchema(env.DISPOSABLE_EMAIL_DOMAINS), website: z.string().optional() }),
    maxBytes: 2048,
    honeypot: 'Запрос похож на автоматический и не принят.',
  },
  unavailable: 'Не удалось отправить код. Попробуйте через несколько минут.',
  async run({ env, body }) {
    const { body: sent } = await cmsJson(env, '/api/residents/challenge', { method: 'POST', auth: true, body: { provider: 'email', identifier: body.email } });
    const parsed = z.object({ expiresInSeconds: z.number(), resendAfterSeconds: z.number() }).parse(sent);
    return json({ sentTo: maskEmail(body.email), ...parsed }, 202);
  },
});
