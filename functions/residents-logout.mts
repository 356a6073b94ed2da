import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { handler } from './_shared/handler.js';
import { clearSessionCookie } from './_shared/session.js';

export const config: Config = {
  path: '/api/residents/logout',
  method: 'POST',
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};

const LogoutSchema = z.object({ everywhere: z.boolean({ error: 'Укажите, выйти ли на всех устройствах' }).optional() }).strict();

/**
 * `POST /api/residents/logout` with `{}`: forgets the session cookie on this device. With
 * `{ everywhere: true }` («Выйти на всех устройствах») the CMS also raises the voter's session
 * version, so every other device's cookie is refused on its next write and shows as signed out.
 */
export default handler(config, {
  name: 'residents-logout',
  body: { schema: LogoutSchema, maxBytes: 256 },
  unavailable: 'Не удалось выйти на всех устройствах. Попробуйте через несколько минут.',
  async run(call) {
    if (call.body.everywhere) {
      // The configuration is read only here: forgetting this device's cookie needs none.
      const session = call.resident();
      await cmsJson(call.env, `/api/residents/${session.voter}/sessions/end`, { method: 'POST', auth: true, body: { session: session.version } });
    }
    return json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() });
  },
});
