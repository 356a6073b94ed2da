import type { Config } from '@netlify/functions';
import { json } from './_shared/errors.js';
import { clearSessionCookie } from './_shared/session.js';

/** `POST /api/residents/logout`: forgets the session cookie on this device. */
export default async (): Promise<Response> => json({ signedIn: false }, 200, { 'set-cookie': clearSessionCookie() });

export const config: Config = {
  path: '/api/residents/logout',
  method: 'POST',
  // Per IP a minute at Netlify's edge; a literal, as Netlify reads it from the source (rate-limit.ts).
  rateLimit: { windowLimit: 30, windowSize: 60, aggregateBy: ['ip', 'domain'] },
};
