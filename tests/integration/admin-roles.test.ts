import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDeployNotification } from '../../scripts/lib/netlify-signature.ts';
import { validApplication } from '../fixtures/application.ts';
import { adminLogin, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually, startReceiver } from '../support/receiver.ts';

// The admin panel's roles, one per job (cms/src/bootstrap/roles.ts): each person signs in through
// the admin API with a role an administrator gave them, sees only the types of their job and may do
// only its actions. The editors' home (GET /editors-desk/summary) counts each role's own queues, and
// the last site build's state follows the build hook and the hosting's signed deploy notification.
const CM = '/content-manager/collection-types';
const TOPIC = 'api::topic.topic';
const APPLICATION = 'api::application.application';
const REFINEMENT = 'api::refinement.refinement';
const IDEA = 'api::idea.idea';
const ANOMALY = 'api::vote-anomaly.vote-anomaly';
const EXPERT = 'api::expert.expert';
const PRACTICE = 'api::best-practice.best-practice';
const BUILD_STATUS_SECRET = 'test-build-status-secret';
const PASSWORD = 'Role-Passw0rd!';

let cms: TestCms;
let superJwt: string;
let hook: Awaited<ReturnType<typeof startReceiver>>;
let outbox: string;
const jwtOf: Record<string, string> = {};
const emailOf: Record<string, string> = {};
let applicationId: string;
let refinementId: string;
let anomalyId: string;

async function call(jwt: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cms.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${jwt}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** An administrator invites a person with a role; the person sets a password and signs in. */
async function personWithRole(code: string): Promise<string> {
  const roles = await call(superJwt, 'GET', '/admin/roles');
  const role = roles.body.data.find((r: any) => r.code === code);
  expect(role, `role ${code}`).toBeTruthy();
  const email = `${code}-${randomUUID().slice(0, 8)}@example.test`;
  emailOf[code] = email;
  const invited = await call(superJwt, 'POST', '/admin/users', { firstname: 'Тест', lastname: role.name, email, roles: [role.id] });
  expect(invited.status).toBe(201);
  const registered = await call('', 'POST', '/admin/register', {
    registrationToken: invited.body.data.registrationToken,
    userInfo: { firstname: 'Тест', lastname: role.name, password: PASSWORD },
  });
  expect(registered.status).toBe(200);
  return registered.body.data.token;
}

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  hook = await startReceiver();
  cms = await startTestCms({
    OUTBOX_DIR: outbox,
    BUILD_HOOK_URL: hook.url,
    BUILD_HOOK_DEBOUNCE_MS: '0',
    BUILD_HOOK_MIN_INTERVAL_MS: '0',
    BUILD_STATUS_SECRET,
  });
  superJwt = await adminLogin(cms.url);
  for (const code of ['portal-editor', 'portal-moderator', 'portal-secretary']) jwtOf[code] = await personWithRole(code);

  // Work waiting for each job: an application (as the functions submit it), a resident's
  // refinement and a burst of votes flagged by the anomaly scan (written as the CMS writes them).
  const token = await createApiToken(cms.url);
  const submitted = await rest(cms.url, '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: validApplication(), idempotencyKey: `roles-${randomUUID()}`, year: 2020 },
  });
  expect(submitted.status).toBe(201);
  const listed = await call(superJwt, 'GET', `${CM}/${APPLICATION}?filters[reference][$eq]=${submitted.body.reference}`);
  applicationId = listed.body.results[0].documentId;
  refinementId = (await call(superJwt, 'POST', `${CM}/${REFINEMENT}`, { text: 'Добавьте велодорожку', voter: 'v1', moderation: 'pending', response: 'none' })).body.data.documentId;
  anomalyId = (
    await call(superJwt, 'POST', `${CM}/${ANOMALY}`, {
      project: 'p1',
      windowStart: '2026-01-01T10:00:00.000Z',
      windowEnd: '2026-01-01T10:10:00.000Z',
      votes: 40,
      newVoterVotes: 38,
      review: 'open',
    })
  ).body.data.documentId;
});
afterAll(async () => {
  await cms?.dispose();
  await hook?.close();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

const list = (code: string, uid: string) => call(jwtOf[code]!, 'GET', `${CM}/${uid}`);

describe('«Редактор»: programme pages, topics, stories, the compendium, rounds', () => {
  it('writes and publishes a topic', async () => {
    const jwt = jwtOf['portal-editor']!;
    const created = await call(jwt, 'POST', `${CM}/${TOPIC}`, { title: 'Тестовая тематика', slug: 'test-topic', summary: 'Кратко', description: 'Описание', order: 99 });
    expect(created.status).toBe(201);
    const published = await call(jwt, 'POST', `${CM}/${TOPIC}/${created.body.data.documentId}/actions/publish`, {});
    expect(published.status).toBe(200);
    expect((await rest(cms.url, '/api/topics?filters[slug][$eq]=test-topic')).body.data).toHaveLength(1);
    expect((await list('portal-editor', PRACTICE)).status).toBe(200);
  });

  it('sees no applications, refinements, ideas, anomalies or experts', async () => {
    for (const uid of [APPLICATION, REFINEMENT, IDEA, ANOMALY, EXPERT]) expect((await list('portal-editor', uid)).status, uid).toBe(403);
  });
});

describe('«Модератор»: refinements, ideas, suspicious activity, applications’ moderation', () => {
  it('approves a refinement but cannot rewrite the resident’s text', async () => {
    const jwt = jwtOf['portal-moderator']!;
    const saved = await call(jwt, 'PUT', `${CM}/${REFINEMENT}/${refinementId}`, { moderation: 'approved', text: 'Переписано модератором' });
    expect(saved.status).toBe(200);
    const stored = (await call(superJwt, 'GET', `${CM}/${REFINEMENT}/${refinementId}`)).body.data;
    expect(stored).toMatchObject({ moderation: 'approved', text: 'Добавьте велодорожку' });
  });

  it('marks an anomaly checked, publishes an idea, and cannot take the technical review’s decision', async () => {
    const jwt = jwtOf['portal-moderator']!;
    expect((await call(jwt, 'PUT', `${CM}/${ANOMALY}/${anomalyId}`, { review: 'checked', note: 'Проверено' })).status).toBe(200);
    const idea = await call(jwt, 'POST', `${CM}/${IDEA}`, { title: 'Идея редакции', author: 'editors' });
    expect(idea.status).toBe(201);
    expect((await call(jwt, 'POST', `${CM}/${IDEA}/${idea.body.data.documentId}/actions/publish`, {})).status).toBe(200);
    await call(jwt, 'PUT', `${CM}/${APPLICATION}/${applicationId}`, { topicFit: 'pass' });
    expect((await call(superJwt, 'GET', `${CM}/${APPLICATION}/${applicationId}`)).body.data.topicFit).toBe('pending');
  });

  it('sees no topics, practices, experts or the draw', async () => {
    for (const uid of [TOPIC, PRACTICE, EXPERT, 'api::draw.draw']) expect((await list('portal-moderator', uid)).status, uid).toBe(403);
  });
});

describe('«Секретарь отбора»: the technical review, experts, the draw, results', () => {
  it('adds an expert but cannot moderate an application', async () => {
    const jwt = jwtOf['portal-secretary']!;
    await call(jwt, 'PUT', `${CM}/${APPLICATION}/${applicationId}`, { moderation: 'rejected', moderationReason: 'Не модератор' });
    expect((await call(superJwt, 'GET', `${CM}/${APPLICATION}/${applicationId}`)).body.data.moderation).toBe('pending');
    const expert = await call(jwt, 'POST', `${CM}/${EXPERT}`, { name: 'Эксперт Тестовый', email: 'expert-roles@example.test', city: 'Тверь', active: true, listedPublicly: false });
    expect(expert.status).toBe(201);
  });

  it('sees no refinements, ideas, topics or the compendium', async () => {
    for (const uid of [REFINEMENT, IDEA, TOPIC, PRACTICE]) expect((await list('portal-secretary', uid)).status, uid).toBe(403);
  });
});

describe('machinery out of sight', () => {
  it('hides votes, codes, expert links and end-user accounts from the content manager, the Marketplace and Strapi’s default roles', async () => {
    const init = await call(superJwt, 'GET', '/content-manager/init');
    const displayed = new Map<string, boolean>(init.body.data.contentTypes.map((t: any) => [t.uid, t.isDisplayed]));
    for (const uid of ['api::vote.vote', 'api::sign-in-code.sign-in-code', 'api::expert-sign-in.expert-sign-in', 'plugin::users-permissions.user']) {
      expect(displayed.get(uid), uid).toBe(false);
    }
    expect(displayed.get(TOPIC)).toBe(true);
    // Strapi's own «Editor» and «Author» (every type, applications' contacts included) are gone.
    const roles = (await call(superJwt, 'GET', '/admin/roles')).body.data.map((r: any) => r.code).sort();
    expect(roles).toEqual(['portal-editor', 'portal-moderator', 'portal-secretary', 'strapi-super-admin']);
    const permissions = await call(superJwt, 'GET', '/admin/users/me/permissions');
    const actions = permissions.body.data.map((p: any) => p.action);
    expect(actions).toContain('admin::roles.read');
    expect(actions).not.toContain('admin::marketplace.read');
  });
});

describe('the editors’ home', () => {
  const summary = (jwt: string) => call(jwt, 'GET', '/editors-desk/summary');

  it('counts each role’s own queues, with links to the filtered lists', async () => {
    expect((await call('', 'GET', '/editors-desk/summary')).status).toBe(401);
    const queues = async (jwt: string) => Object.fromEntries((await summary(jwt)).body.data.queues.map((q: any) => [q.id, q.count]));
    expect(await queues(jwtOf['portal-editor']!)).toEqual({});
    expect(await queues(jwtOf['portal-secretary']!)).toEqual({ review: 0 });
    const moderator = await queues(jwtOf['portal-moderator']!);
    expect(moderator).toMatchObject({ applications: 1, refinements: 0, anomalies: 0 });
    expect(Object.keys(moderator).sort()).toEqual(['anomalies', 'applications', 'ideas', 'refinements']);
    // The moderator publishes the application: it waits for the secretary's technical review now.
    expect((await call(jwtOf['portal-moderator']!, 'PUT', `${CM}/${APPLICATION}/${applicationId}`, { moderation: 'published' })).status).toBe(200);
    const secretary = (await summary(jwtOf['portal-secretary']!)).body.data.queues;
    expect(secretary).toEqual([
      { id: 'review', count: 1, href: `${CM}/${APPLICATION}?page=1&pageSize=20&sort=createdAt:ASC&filters[$and][0][moderation][$eq]=published&filters[$and][1][stage][$eq]=submitted` },
    ]);
    // The secretary records the technical review: nothing waits any more.
    expect((await call(jwtOf['portal-secretary']!, 'PUT', `${CM}/${APPLICATION}/${applicationId}`, { topicFit: 'pass', completenessDecision: 'pass' })).status).toBe(200);
    expect(await queues(jwtOf['portal-secretary']!)).toEqual({ review: 0 });
    expect((await call(superJwt, 'GET', `${CM}/${APPLICATION}/${applicationId}`)).body.data).toMatchObject({ topicFit: 'pass', stage: 'review_passed' });
    const everything = (await summary(superJwt)).body.data;
    expect(everything.queues.map((q: any) => q.id)).toEqual(['review', 'applications', 'refinements', 'ideas', 'anomalies']);
    expect(everything.round).toMatchObject({ year: expect.any(Number), stage: expect.any(String) });
  });

  it('follows the last build: published → building → live, or the error', async () => {
    const jwt = jwtOf['portal-editor']!;
    hook.received.length = 0;
    const topic = (await call(jwt, 'GET', `${CM}/${TOPIC}?filters[slug][$eq]=test-topic`)).body.results[0];
    expect((await call(jwt, 'POST', `${CM}/${TOPIC}/${topic.documentId}/actions/publish`, { ...topic, summary: 'Новое кратко' })).status).toBe(200);
    await eventually(() => hook.received[0], 'the build request');
    const state = async () => (await summary(jwt)).body.data.build;
    await eventually(async () => (await state())?.state === 'building', 'the build state «building»');

    // As Netlify sends a deploy notification: the body, signed (or not) with the shared secret.
    const notify = (body: string, signature?: string) =>
      fetch(`${cms.url}/api/build-status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-webhook-signature': signature } : {}) },
        body,
      });
    const ready = JSON.stringify({ id: 'd1', state: 'ready', error_message: null });
    expect((await notify(ready)).status).toBe(401);
    expect((await notify(ready, signDeployNotification(ready, 'wrong-secret'))).status).toBe(401);
    expect((await notify(JSON.stringify({ state: 'ready', id: 'other' }), signDeployNotification(ready, BUILD_STATUS_SECRET))).status).toBe(401);
    expect((await state()).state).toBe('building');
    expect((await notify(ready, signDeployNotification(ready, BUILD_STATUS_SECRET))).status).toBe(204);
    expect(await state()).toMatchObject({ state: 'live' });

    const unknown = JSON.stringify({ state: 'enqueued' });
    const refused = await notify(unknown, signDeployNotification(unknown, BUILD_STATUS_SECRET));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.message).toBe('Поле state должно быть building, ready или error');
    const failed = JSON.stringify({ state: 'error', error_message: 'Build script returned non-zero exit code: 2' });
    expect((await notify(failed, signDeployNotification(failed, BUILD_STATUS_SECRET))).status).toBe(204);
    expect(await state()).toMatchObject({ state: 'error', detail: 'Build script returned non-zero exit code: 2' });
  });
});

describe('roles kept in sync', () => {
  it('puts a role’s permissions back at the next start', async () => {
    const roles = await call(superJwt, 'GET', '/admin/roles');
    const editor = roles.body.data.find((r: any) => r.code === 'portal-editor');
    const granted = await call(superJwt, 'PUT', `/admin/roles/${editor.id}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: REFINEMENT, properties: { fields: ['text'] }, conditions: [] }],
    });
    expect(granted.status).toBe(200);
    expect((await list('portal-editor', REFINEMENT)).status).toBe(200);
    await cms.restart();
    superJwt = await adminLogin(cms.url);
    jwtOf['portal-editor'] = (await call('', 'POST', '/admin/login', { email: emailOf['portal-editor'], password: PASSWORD })).body.data.token;
    expect((await list('portal-editor', REFINEMENT)).status).toBe(403);
    expect((await list('portal-editor', TOPIC)).status).toBe(200);
  });
});
