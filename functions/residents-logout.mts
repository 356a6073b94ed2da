import type { Config } from '@netlify/functions';
import { json } from './_shared/errors.js';
import { clearSessionCookie } from './_shared/session.js';

/** `POST /api/residents/logout`: forgets the session cookie on this device. */
export default async (): Promise<Response> => json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() });

export const config: Config = { path: '/api/residents/logout', method: 'POST' };
