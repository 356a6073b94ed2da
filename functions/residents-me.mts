import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { endsSession, handler } from './_shared/handler.js';
import { sessionSecret } from './_shared/residents.js';
import { clearSessionCookie, readSession } from './_shared/session.js';

export const config: Config = { path: '/api/residents/me', method: 'GET' };

/** `GET /api/residents/me`: whether the resident is signed in (a session ended everywhere is not), and what they have voted for. */
export default handler(config, {
  name: 'residents-me',
  refusal: (error) => (endsSession(error) ? json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() }) : undefined),
  async run({ req, env }) {
    const session = readSession(req, sessionSecret(env));
    if (!session) return json({ signedIn: false });
    const { body } = await cmsJson(env, `/api/residents/${session.voter}/votes?session=${session.version}`, { auth: true });
    const votes = z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }).parse(body);
    return json({ signedIn: true, votes });
  },
});
