import { createHmac, timingSafeEqual } from 'node:crypto';
import { RESIDENT_SESSION_DAYS } from '@portal/schema';

/**
 * The verified resident's session: a cookie holding the voter's id and an expiry, signed with
 * HMAC-SHA-256 (SESSION_SECRET). HttpOnly (scripts cannot read it), Secure, SameSite=Lax (a
 * cross-site form cannot vote with it). It carries no email: the CMS knows the voter by a keyed
 * hash only, and the cookie knows the voter's id only.
 */
export const SESSION_COOKIE = 'portal_resident';

export interface ResidentSession {
  voter: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(`resident:${payload}`).digest('base64url');

export function issueSession(voter: string, secret: string, now = Date.now()): { value: string; session: ResidentSession } {
  const session = { voter, exp: Math.floor(now / 1000) + RESIDENT_SESSION_DAYS * 86_400 };
  const payload = b64(JSON.stringify(session));
  return { value: `${payload}.${sign(payload, secret)}`, session };
}

/** The session in a cookie value, or null when it is malformed, forged or expired. */
export function readSessionValue(value: string | undefined, secret: string, now = Date.now()): ResidentSession | null {
  if (!value || value.length > 512) return null;
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const payload = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = Buffer.from(sign(payload, secret), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ResidentSession;
    if (typeof session.voter !== 'string' || !/^[a-z0-9]{10,40}$/.test(session.voter) || typeof session.exp !== 'number') return null;
    return session.exp * 1000 > now ? session : null;
  } catch {
    return null;
  }
}

export function cookieValue(req: Request, name: string): string | undefined {
  const header = req.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function readSession(req: Request, secret: string, now = Date.now()): ResidentSession | null {
  return readSessionValue(cookieValue(req, SESSION_COOKIE), secret, now);
}

export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`;
}

export const clearSessionCookie = () => sessionCookie('', 0);
