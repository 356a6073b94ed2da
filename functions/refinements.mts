import type { Config } from '@netlify/functions';
import { RefinementSubmissionSchema } from '@portal/schema';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';

export const config: Config = {
  path: '/api/refinements',
  method: 'POST',
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/** `POST /api/refinements` with `{ project, text }`: a signed-in resident's refinement, pending moderation. */
export default handler(config, {
  name: 'refinements',
  limits: [perIp(new RateLimiter(30, 10 * 60_000), 'Слишком много доработок с одного адреса. Попробуйте позже.')],
  auth: 'resident',
  body: { schema: RefinementSubmissionSchema, maxBytes: 16 * 1024 },
  unavailable: 'Доработка не отправлена: сервис временно недоступен. Текст сохранён в форме — попробуйте ещё раз через минуту.',
  async run({ env, body, resident }) {
    const session = resident();
    await cmsJson(env, '/api/refinements/submit', { method: 'POST', auth: true, body: { voter: session.voter, session: session.version, project: body.project, text: body.text } });
    return json({ status: 'pending' }, 201);
  },
});
