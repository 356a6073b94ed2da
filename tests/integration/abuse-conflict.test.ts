import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import experts from '../../functions/experts.mts';
import { outboxEmails } from '../support/outbox.ts';
import { SITE, adminLogin, contentManager, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually } from '../support/receiver.ts';

// Issue 18, point 10: declaring a conflict of interest is atomic. A double click (two or three
// declarations of the same review at once, through the real experts' function into a real Strapi,
// SQLite and PostgreSQL) closes the review once and assigns one replacement, never two.
const EXPERT = { name: 'Анна Смирнова', email: 'anna.conflict@example.org', city: 'Москва' };
const OTHERS = ['Борис Иванов', 'Вера Орлова', 'Глеб Пахомов', 'Дина Лебедева'].map((name, i) => ({ name, email: `other${i}.conflict@example.org`, city: 'Самара' }));
let cms: TestCms;
let jwt: string;
let outbox: string;
let anna: string;
let annaId: string;
let ip = 0;

const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path, init);

async function call(path: string, init: { body?: unknown; cookie?: string; params: Record<string, string> }) {
  const res = await experts(
    new Request(`${SITE}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: JSON.stringify(init.body ?? {}),
    }),
    { ip: `198.51.100.${++ip % 250}`, params: init.params } as never,
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

/** An assignment of a project to Anna, as the draw makes it. */
async function assignToAnna(reference: string): Promise<void> {
  const created = await admin('api::review.review', { method: 'POST', body: { expert: annaId, expertName: EXPERT.name, project: reference, year: 2020, state: 'assigned' } });
  expect(created.status).toBe(201);
}

const declare = (reference: string) =>
  call(`/api/experts/conflicts/${reference}`, { body: { reason: 'Работала с командой проекта' }, cookie: anna, params: { action: 'conflicts', reference } });

const openReviews = async (reference: string) =>
  (await admin(`api::review.review?filters[project][$eq]=${reference}&pageSize=100`)).body.results.filter((r: any) => r.state !== 'conflict');

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  cms = await startTestCms({ OUTBOX_DIR: outbox, SITE_URL: SITE });
  const token = await createApiToken(cms.url);
  jwt = await adminLogin(cms.url);
  Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: token, SITE_URL: SITE, SESSION_SECRET: 'integration-session-secret-0123456789' });
  for (const e of [EXPERT, ...OTHERS]) expect((await admin('api::expert.expert', { method: 'POST', body: e })).status).toBe(201);
  annaId = (await admin(`api::expert.expert?filters[email][$eq]=${EXPERT.email}`)).body.results[0].documentId;
  // The main selection is on: conflicts may be declared.
  const round = (await rest(cms.url, '/api/selection-rounds')).body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'main_selection' ? { ...s, startDate: day(-1), endDate: day(5) } : s));
  expect((await rest(cms.url, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);
  // Anna signs in with the link she asks for, as an expert does.
  expect((await call('/api/experts/link', { body: { email: EXPERT.email }, params: { action: 'link' } })).status).toBe(202);
  const mail = await eventually(() => outboxEmails(outbox).find((m) => m.includes('/expert/#')), 'the sign-in link');
  const link = /\/expert\/#([A-Za-z0-9_-]+)/.exec(mail)![1]!;
  const session = await call('/api/experts/session', { body: { token: link }, params: { action: 'session' } });
  expect(session.status).toBe(200);
  anna = session.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(async () => {
  await cms?.dispose();
  rmSync(outbox, { recursive: true, force: true });
});

describe('declaring a conflict of interest', () => {
  it('twice at once (a double click) leaves the project with exactly one replacement reviewer', async () => {
    await assignToAnna('2020-900001');
    await Promise.all([declare('2020-900001'), declare('2020-900001')]);
    expect(await openReviews('2020-900001')).toHaveLength(1);
  });

  it('three times at once: one answer reassigns, the others are told it is already done', async () => {
    await assignToAnna('2020-900002');
    const answers = await Promise.all([declare('2020-900002'), declare('2020-900002'), declare('2020-900002')]);
    expect(answers.map((a) => [a.status, a.body.already]).sort()).toEqual([
      [200, false],
      [200, true],
      [200, true],
    ]);
  });
});
