import type { Config } from '@netlify/functions';
import { VoteResultSchema, VoteTargetSchema } from '@portal/schema';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { handler, perIp } from './_shared/handler.js';
import { RateLimiter } from './_shared/rate-limit.js';

export const config: Config = {
  path: '/api/votes',
  method: ['POST', 'DELETE'],
  rateLimit: { windowLimit: 300, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

/**
 * `POST /api/votes` (vote) and `DELETE /api/votes` (withdraw) with `{ project }` or `{ idea }`, for
 * a signed-in resident. 201 «counted» for a new vote, 200 «already» for a repeat (the database's
 * unique index decides, so a double click is one vote), 403 outside the voting window.
 */
export default handler(config, {
  name: 'votes',
  limits: [perIp((env) => new RateLimiter(env.VOTES_PER_IP_PER_MINUTE, 60_000), (wait) => `Слишком много голосов с одного адреса. Попробуйте через ${wait} с.`)],
  auth: 'resident',
  body: { schema: VoteTargetSchema, maxBytes: 1024 },
  // Down or slow CMS: 503, and the resident can press again — a repeat never counts twice.
  unavailable: 'Не удалось подтвердить голос: сервис отвечает медленно или недоступен. Нажмите ещё раз через минуту — если голос уже учтён, мы так и скажем, дважды он не засчитается.',
  async run({ req, env, body, resident }) {
    const session = resident();
    const target = 'project' in body ? { kind: 'project', id: body.project } : { kind: 'idea', id: body.idea };
    const path = req.method === 'DELETE' ? '/api/votes/withdraw' : '/api/votes/cast';
    const { status, body: result } = await cmsJson(env, path, { method: 'POST', auth: true, body: { voter: session.voter, session: session.version, target }, timeoutMs: env.CMS_WRITE_TIMEOUT_MS, base: env.CMS_VOTES_URL, idempotent: true, affinity: session.voter });
    return json(VoteResultSchema.parse(result), status === 201 ? 201 : 200);
  },
});
