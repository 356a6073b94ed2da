// Server-side only (node:crypto): imported as `@portal/schema/status-link` by the functions and the
// CMS, never by the browser bundle.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { REFERENCE_FORMAT } from './reference.js';

/**
 * The private status link of an application: `<site>/application-status/#<token>`, where the token
 * is the reference and the link's version signed with STATUS_LINK_SECRET. It sits after `#`, so it
 * never reaches a server log; it cannot be guessed from the reference; a retry of the same
 * submission gets the same link. An editor revokes the links of an application by raising its
 * version (the CMS keeps it): a link of another version is then refused and the leader is mailed
 * the new one. Version 1, the first link, keeps the original form `<reference>.<signature>`, so links
 * mailed before versions existed stay valid; later versions read `<reference>.<version>.<signature>`.
 */
export function statusToken(reference: string, secret: string, version = 1): string {
  if (!Number.isInteger(version) || version < 1) throw new RangeError('a status link version is a positive integer');
  return version === 1 ? `${reference}.${sign(reference, secret)}` : `${reference}.${version}.${sign(`${reference}:${version}`, secret)}`;
}

// <reference>[.<version>].<signature>: the signature is an HMAC-SHA-256 in base64url (43 characters).
const TOKEN = new RegExp(String.raw`^(${REFERENCE_FORMAT})(?:\.([1-9]\d{0,8}))?\.([A-Za-z0-9_-]{43})$`);

/** The reference and version a token stands for, or null when the token is malformed or forged. */
export function readStatusToken(token: string, secret: string): { reference: string; version: number } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, reference, versionText, signature] = match;
  const version = versionText ? Number(versionText) : 1;
  if (version === 1 && versionText) return null;
  const expected = Buffer.from(sign(version === 1 ? reference! : `${reference}:${version}`, secret));
  const given = Buffer.from(signature!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { reference: reference!, version } : null;
}

/** The reference a token stands for (whatever its version), or null when malformed or forged. */
export function verifyStatusToken(token: string, secret: string): string | null {
  return readStatusToken(token, secret)?.reference ?? null;
}

function sign(subject: string, secret: string): string {
  return createHmac('sha256', secret).update(`application-status:${subject}`).digest('base64url');
}

/**
 * JSON with object keys sorted at every level: the same value always gives the same text, whatever
 * order its keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The SHA-256 of an application's canonical JSON: what an Idempotency-Key is bound to. */
export function applicationHash(application: unknown): string {
  return createHash('sha256').update(canonicalJson(application)).digest('hex');
}
