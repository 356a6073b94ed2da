// Residents' side of the portal in integration tests: the functions called as Netlify calls them
// (a Request and a context with the client's IP), signing in with the code from the outbox, and
// the published project residents vote for.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import requestCode from '../../functions/residents-code.mts';
import verify from '../../functions/residents-verify.mts';
import { validApplication } from '../fixtures/application.ts';
import { latestCode } from './outbox.ts';
import { contentManager, createApiToken, rest, SITE, startTestCms, STATUS_SECRET, type TestCms } from './portal.ts';

/** Points the functions this test process calls at its test CMS, as a Netlify site's environment would. */
export function functionsUseCms(cms: TestCms, token: string, statusSecret: string, site: string): void {
  Object.assign(process.env, {
    STRAPI_URL: cms.url,
    CMS_VOTES_URL: cms.votesUrl,
    STRAPI_TOKEN: token,
    STATUS_LINK_SECRET: statusSecret,
    SITE_URL: site,
    SESSION_SECRET: 'integration-session-secret-0123456789',
  });
}

/**
 * A test CMS for the residents' functions: its mail goes to a fresh outbox folder (where the
 * sign-in codes are read), and the functions this process calls use it through a new API token.
 */
export async function startCmsForFunctions(env: Record<string, string> = {}): Promise<{ cms: TestCms; outbox: string; token: string }> {
  const outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  const cms = await startTestCms({ OUTBOX_DIR: outbox, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE, ...env });
  const token = await createApiToken(cms.url);
  functionsUseCms(cms, token, STATUS_SECRET, SITE);
  return { cms, outbox, token };
}

type Handler = (req: Request, context: never) => Promise<Response>;
export interface CallInit {
  method?: string;
  body?: unknown;
  cookie?: string;
  /** The client's IP address; each call without one comes from a new address. */
  ip?: string;
  context?: Record<string, unknown>;
}

let ipCounter = 0;

/** Calls a function with a JSON body and cookie; the answer's status, parsed body and headers. */
export async function callFunction(handler: Handler, path: string, init: CallInit = {}) {
  const res = await handler(
    new Request(`${SITE}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { ip: init.ip ?? `203.0.113.${++ipCounter % 250}`, ...init.context } as never,
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

/** Asks for a code and types the one from the outbox: the session cookie (`name=value`). */
export async function signInResident(outbox: string, email: string, ip?: string): Promise<string> {
  const sent = await callFunction(requestCode, '/api/residents/code', { body: { email }, ip });
  expect(sent.status).toBe(202);
  const res = await callFunction(verify, '/api/residents/verify', { body: { email, code: latestCode(outbox, email) }, ip });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** The voter's document id: the session cookie's payload names it (it is signed, not secret). */
export const voterOfCookie = (cookie: string): string => JSON.parse(Buffer.from(cookie.split('=')[1]!.split('.')[0]!, 'base64url').toString()).sub;

/** Moves the round's collection stage (the voting window) to [today + fromDay, today + toDay]. */
export async function moveCollectionWindow(cmsUrl: string, token: string, fromDay: number, toDay: number): Promise<void> {
  const { body } = await rest(cmsUrl, '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(fromDay), endDate: day(toDay) } : s));
  expect((await rest(cmsUrl, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);
}

/** An application submitted and published by a moderator: its public project's document id and reference. */
export async function publishedProject(cmsUrl: string, token: string, jwt: string, title: string): Promise<{ documentId: string; reference: string }> {
  const submitted = await rest(cmsUrl, '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: { ...validApplication(), title }, idempotencyKey: `voting-${title.length}-${Math.random().toString(36).slice(2)}`, year: 2020 },
  });
  expect(submitted.status).toBe(201);
  const ref = submitted.body.reference as string;
  const found = await rest(cmsUrl, `/api/applications?filters[reference][$eq]=${ref}`, { token });
  const published = await contentManager(cmsUrl, jwt, `api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: { moderation: 'published' } });
  expect(published.status).toBe(200);
  const p = await rest(cmsUrl, `/api/projects?filters[reference][$eq]=${ref}`);
  return { documentId: p.body.data[0].documentId, reference: ref };
}
