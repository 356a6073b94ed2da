import type { Config } from '@netlify/functions';
import { z } from 'zod';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { readEnv } from './_shared/env.js';
import { endsSession, residentFailure, sessionSecret } from './_shared/residents.js';
import { clearSessionCookie, readSession } from './_shared/session.js';

/** `GET /api/residents/me`: whether the resident is signed in (a session ended everywhere is not), and what they have voted for. */
export default async (req: Request): Promise<Response> => {
  try {
    const env = readEnv();
    const session = readSession(req, sessionSecret(env));
    if (!session) return json({ signedIn: false });
    const { body } = await cmsJson(env, `/api/residents/${session.voter}/votes?session=${session.version}`, { auth: true });
    const votes = z.object({ projects: z.array(z.string()), ideas: z.array(z.string()) }).parse(body);
    return json({ signedIn: true, votes });
  } catch (error) {
    if (endsSession(error)) return json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() });
    return residentFailure('residents-me', error);
  }
};

export const config: Config = { path: '/api/residents/me', method: 'GET' };
