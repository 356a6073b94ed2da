// Server-side only (node:crypto): imported as `@portal/schema/status-link` by the functions and the
// CMS, never by the browser bundle.
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The private status link of an application: `<site>/application-status/#<token>`, where the token
 * is the reference signed with STATUS_LINK_SECRET. It sits after `#`, so it never reaches a server
 * log; it cannot be guessed from the reference; a retry of the same submission gets the same link.
 */
export function statusToken(reference: string, secret: string): string {
  return `${reference}.${sign(reference, secret)}`;
}

/** The reference a token stands for, or null when the token is malformed or forged. */
export function verifyStatusToken(token: string, secret: string): string | null {
  const match = /^(\d{4}-\d{6})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, reference, signature] = match;
  const expected = Buffer.from(sign(reference!, secret));
  const given = Buffer.from(signature!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? reference! : null;
}

function sign(reference: string, secret: string): string {
  return createHmac('sha256', secret).update(`application-status:${reference}`).digest('base64url');
}
