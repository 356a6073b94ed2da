import type { Config } from '@netlify/functions';
import { CmsApplicationStatusSchema, applicationStatusAnswer } from '@portal/schema';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { errorResponse, json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { STATUS_LINK_NOT_FOUND, StatusTokenSchema, statusLinks } from './_shared/status-link.js';

export const config: Config = {
  path: '/api/application-status',
  method: 'POST',
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/**
 * `POST /api/application-status` with `{ token }` from the private link: where the application
 * stands (@portal/schema application-status). The token travels in the body, not the URL, so it is
 * never in an access log. A link an editor revoked answers 410 with a Russian message (the leader
 * was mailed a new one); any unknown application, the same 404 as a forged link.
 */
export default handler(config, {
  name: 'get-application-status',
  // Look-ups per IP address per minute: enough for a person, too few to guess links.
  limits: [perIp(new RateLimiter(30, 60_000), 'Слишком много запросов. Попробуйте через минуту.')],
  body: { schema: z.object({ token: StatusTokenSchema }), maxBytes: 1024 },
  unavailable: 'Статус сейчас недоступен. Попробуйте через несколько минут.',
  refusal: (error) => (error.status === 404 ? errorResponse(404, 'NotFoundError', STATUS_LINK_NOT_FOUND) : undefined),
  async run({ env, body }) {
    const reference = await statusLinks(env).reference(body.token);
    const { body: status } = await cmsJson(env, `/api/applications/status/${reference}`, { auth: true });
    return json(applicationStatusAnswer(CmsApplicationStatusSchema.parse(status)));
  },
});
