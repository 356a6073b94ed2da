import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { readJson } from './_shared/body.js';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { requireResident, residentFailure } from './_shared/residents.js';
import { clearSessionCookie } from './_shared/session.js';

const LogoutSchema = z.object({ everywhere: z.boolean({ error: 'Укажите, выйти ли на всех устройствах' }).optional() }).strict();

/**
 * `POST /api/residents/logout` with `{}`: forgets the session cookie on this device. With
 * `{ everywhere: true }` («Выйти на всех устройствах») the CMS also raises the voter's session
 * version, so every other device's cookie is refused on its next write and shows as signed out.
 */
export default async (req: Request): Promise<Response> => {
  const signedOut = () => json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() });
  try {
    const body = await readJson(req, LogoutSchema, { maxBytes: 256 });
    if (!body.everywhere) return signedOut();
    const env = readEnv();
    const session = requireResident(req, env);
    await cmsJson(env, `/api/residents/${session.voter}/sessions/end`, { method: 'POST', auth: true, body: { session: session.version } });
    return signedOut();
  } catch (error) {
    return residentFailure('residents-logout', error, 'Не удалось выйти на всех устройствах. Попробуйте через несколько минут.');
  }
};

export const config: Config = {
  path: '/api/residents/logout',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
