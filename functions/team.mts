import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { HttpError, json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';
import { StatusTokenSchema, statusLinks } from './_shared/status-link.js';

export const config: Config = {
  path: '/api/team/:action',
  method: 'POST',
  rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

const CMS_PATHS = new Map([
  ['refinements', '/api/refinements/answer'],
  ['ideas', '/api/ideas/propose'],
]);

/**
 * The team's desk, authenticated by its private status link (`token`):
 * `POST /api/team/refinements` — `{ token, refinement, response, reply }` answers a refinement;
 * `POST /api/team/ideas` — `{ token, title, description }` adds an idea residents can vote for.
 * The CMS validates the rest with the shared schema and checks the refinement is the project's own.
 */
export default handler(config, {
  name: 'team',
  limits: [perIp(new RateLimiter(60, 10 * 60_000), 'Слишком много запросов. Попробуйте через несколько минут.')],
  async run({ env, params, read }) {
    const path = CMS_PATHS.get(params.action ?? '');
    if (!path) throw new HttpError(404, 'NotFoundError', 'Нет такого действия.');
    const { token, ...rest } = await read({ schema: z.looseObject({ token: StatusTokenSchema }), maxBytes: 16 * 1024 });
    const reference = await statusLinks(env).reference(token);
    const { status, body } = await cmsJson(env, path, { method: 'POST', auth: true, body: { ...rest, reference } });
    return json(body, status === 201 ? 201 : 200);
  },
});
