import { describe, expect, it } from 'vitest';
import { clearSessionCookie, cookieValue, issueSession, issueSigned, readExpertSession, readSession, readSessionValue, readSigned, sessionCookie } from './session.ts';

const SECRET = 'unit-session-secret-0123456789';
const VOTER = 'abcdefghij0123456789wxyz';

describe('resident session cookie', () => {
  it('round-trips the voter and expires after 30 days', () => {
    const now = Date.UTC(2026, 0, 13);
    const { value, session } = issueSession(VOTER, SECRET, now);
    expect(session).toEqual({ voter: VOTER, exp: now / 1000 + 30 * 86_400, version: 0 });
    expect(readSessionValue(value, SECRET, now + 1000)).toEqual(session);
    expect(readSessionValue(value, SECRET, now + 30 * 86_400_000)).toBeNull();
  });

  it('refuses a changed payload, a changed signature, another secret and garbage', () => {
    const { value } = issueSession(VOTER, SECRET);
    const [payload, signature] = value.split('.') as [string, string];
    const otherVoter = Buffer.from(JSON.stringify({ sub: 'zzzzzzzzzz0123456789wxyz', exp: 9_999_999_999 })).toString('base64url');
    expect(readSessionValue(`${otherVoter}.${signature}`, SECRET)).toBeNull();
    expect(readSessionValue(`${payload}.${signature.slice(0, -2)}AA`, SECRET)).toBeNull();
    expect(readSessionValue(value, 'another-secret-0123456789')).toBeNull();
    for (const junk of ['', '.', 'abc', `${payload}.`, `.${signature}`, 'x'.repeat(600)]) expect(readSessionValue(junk, SECRET)).toBeNull();
  });

  it('refuses a correctly signed payload that does not name a voter', () => {
    // Signed with the right secret but malformed inside: the reader checks the shape too.
    const { value } = issueSession('../../etc/passwd', SECRET);
    expect(readSessionValue(value, SECRET)).toBeNull();
  });

  it('carries nothing but the voter id, the expiry and the session version (no email)', () => {
    const { value } = issueSession(VOTER, SECRET, Date.now(), 3);
    const decoded = JSON.parse(Buffer.from(value.split('.')[0]!, 'base64url').toString('utf8'));
    expect(Object.keys(decoded).sort()).toEqual(['exp', 'sub', 'v']);
    expect(readSessionValue(value, SECRET)?.version).toBe(3);
  });

  it('reads a cookie from before session versions as version 0, and refuses a malformed version', () => {
    const { value } = issueSigned('resident', VOTER, SECRET, 3600);
    expect(readSessionValue(value, SECRET)).toMatchObject({ voter: VOTER, version: 0 });
    expect(readSessionValue(issueSigned('resident', VOTER, SECRET, 3600, Date.now(), -1).value, SECRET)).toBeNull();
    expect(readSessionValue(issueSigned('resident', VOTER, SECRET, 3600, Date.now(), 1.5).value, SECRET)).toBeNull();
  });

  it('sets HttpOnly, Secure, SameSite=Lax on the whole site, and clears with Max-Age=0', () => {
    expect(sessionCookie('v', 60)).toBe('portal_resident=v; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Lax');
    expect(clearSessionCookie()).toBe('portal_resident=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax');
  });

  it('finds its cookie among others in the request', () => {
    const { value } = issueSession(VOTER, SECRET);
    const req = new Request('https://portal.example/api/votes', { headers: { cookie: `theme=dark; portal_resident=${value}; other=1` } });
    expect(cookieValue(req, 'portal_resident')).toBe(value);
    expect(readSession(req, SECRET)?.voter).toBe(VOTER);
    expect(readSession(new Request('https://portal.example/'), SECRET)).toBeNull();
  });
});

describe('expert session cookie', () => {
  it('is signed for its purpose: a resident\'s cookie never opens the expert area, nor the reverse', () => {
    const resident = issueSession(VOTER, SECRET).value;
    expect(readSigned('expert', resident, SECRET)).toBeNull();
    const expert = issueSigned('expert', VOTER, SECRET, 3600).value;
    expect(readSessionValue(expert, SECRET)).toBeNull();
    const req = new Request('https://portal.example/api/experts/desk', { headers: { cookie: `portal_resident=${resident}; portal_expert=${expert}` } });
    expect(readExpertSession(req, SECRET)?.sub).toBe(VOTER);
  });
});
