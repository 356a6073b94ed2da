import { createHmac, timingSafeEqual } from 'node:crypto';
import { RESIDENT_SESSION_DAYS } from '@portal/schema';

/**
 * Signed session cookies: a subject id (a voter's, an expert's) and an expiry, signed with
 * HMAC-SHA-256 (SESSION_SECRET) under a purpose, so a resident's cookie can never pass for an
 * expert's. HttpOnly (scripts cannot read it), Secure, SameSite=Lax (a cross-site form cannot use
 * it). No email or name inside: the CMS knows residents by a keyed hash only.
 *
 * A signed cookie cannot be taken back, so a resident's session also carries the voter's session
 * version at sign-in (`v`): every write (vote, withdrawal, refinement) sends it to the CMS, which
 * refuses it once the resident has ended all sessions («Выйти на всех устройствах» raises the
 * version). Cookies from before versions existed carry none and count as version 0.
 */
export type Purpose = 'resident' | 'expert';
export const COOKIES: Record<Purpose, string> = { resident: 'portal_resident', expert: 'portal_expert' };
export const SESSION_COOKIE = COOKIES.resident;
/** An expert's session lasts a working day; a new one needs a new emailed link. */
export const EXPERT_SESSION_HOURS = 12;

export interface SignedSession {
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  /** The subject's session version when it was issued (residents). */
  v?: number;
}
export interface ResidentSession {
  voter: string;
  exp: number;
  /** The voter's session version at sign-in; the CMS refuses writes once it has moved on. */
  version: number;
}

const sign = (purpose: Purpose, payload: string, secret: string) => createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');

export function issueSigned(purpose: Purpose, sub: string, secret: string, ttlSeconds: number, now = Date.now(), version?: number): { value: string; session: SignedSession } {
  const session: SignedSession = { sub, exp: Math.floor(now / 1000) + ttlSeconds, ...(version === undefined ? {} : { v: version }) };
  const payload = Buffer.from(JSON.stringify(session)).toString('base64url');
  return { value: `${payload}.${sign(purpose, payload, secret)}`, session };
}

/** The session in a cookie value, or null when it is malformed, forged, of another purpose or expired. */
export function readSigned(purpose: Purpose, value: string | undefined, secret: string, now = Date.now()): SignedSession | null {
  if (!value || value.length > 512) return null;
  const dot = value.indexOf('.');
  if (dot <= 0) return null;
  const payload = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64url');
  const expected = Buffer.from(sign(purpose, payload, secret), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const session = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedSession;
    if (typeof session.sub !== 'string' || !/^[a-z0-9]{10,40}$/.test(session.sub) || typeof session.exp !== 'number') return null;
    if (session.v !== undefined && !(Number.isSafeInteger(session.v) && session.v >= 0)) return null;
    return session.exp * 1000 > now ? session : null;
  } catch {
    return null;
  }
}

const residentOf = (s: SignedSession): ResidentSession => ({ voter: s.sub, exp: s.exp, version: s.v ?? 0 });

export function issueSession(voter: string, secret: string, now = Date.now(), version = 0): { value: string; session: ResidentSession } {
  const { value, session } = issueSigned('resident', voter, secret, RESIDENT_SESSION_DAYS * 86_400, now, version);
  return { value, session: residentOf(session) };
}

export function readSessionValue(value: string | undefined, secret: string, now = Date.now()): ResidentSession | null {
  const s = readSigned('resident', value, secret, now);
  return s ? residentOf(s) : null;
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

export function readExpertSession(req: Request, secret: string, now = Date.now()): SignedSession | null {
  return readSigned('expert', cookieValue(req, COOKIES.expert), secret, now);
}

export function sessionCookie(value: string, maxAgeSeconds: number, name = SESSION_COOKIE): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Lax`;
}

export const clearSessionCookie = (name = SESSION_COOKIE) => sessionCookie('', 0, name);
