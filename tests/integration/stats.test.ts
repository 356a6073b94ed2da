import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PortalStatsSchema, type RoundStats } from '@portal/schema';
import { calendarDate } from '@portal/schema/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import refinements from '../../functions/refinements.mts';
import requestCode from '../../functions/residents-code.mts';
import verify from '../../functions/residents-verify.mts';
import team from '../../functions/team.mts';
import votes from '../../functions/votes.mts';
import { statusToken } from '@portal/schema/status-link';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { latestCode } from '../support/outbox.ts';
import { SITE, STATUS_SECRET, adminLogin, contentManager, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { functionsUseCms } from '../support/residents.ts';

// GET /api/stats against a real Strapi: applications, residents' votes, ideas, refinements and
// reviews made the way the portal makes them, then counted by the endpoint — and nothing personal
// (the applicant's contacts, residents' addresses, voter ids and hashes, experts' names) in it.
const RESIDENTS = ['anna.resident@example.ru', 'boris.resident@example.ru', 'vera.resident@example.ru'];
const EXPERT = { name: 'Злата Экспертова', email: 'zlata.expert@example.org', city: 'Самара' };
let cms: TestCms;
let token: string;
let outbox: string;
let jwt: string;
let ip = 0;
const projects: Array<{ documentId: string; reference: string }> = [];
let idea: string;
const voterIds: string[] = [];

async function call(handler: (req: Request, context: never) => Promise<Response>, path: string, init: { body?: unknown; cookie?: string; params?: Record<string, string> } = {}) {
  const res = await handler(
    new Request(`${SITE}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: JSON.stringify(init.body),
    }),
    { ip: `203.0.113.${++ip % 250}`, ...(init.params ? { params: init.params } : {}) } as never,
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path, init);

async function signIn(email: string): Promise<string> {
  expect((await call(requestCode, '/api/residents/code', { body: { email } })).status).toBe(202);
  const res = await call(verify, '/api/residents/verify', { body: { email, code: latestCode(outbox, email) } });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function submit(title: string, city: string, region: string) {
  const res = await rest(cms.url, '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: { ...validApplication(), title, city, region }, idempotencyKey: `stats-${Math.random().toString(36).slice(2)}`, year: 2020 },
  });
  expect(res.status).toBe(201);
  return res.body.reference as string;
}

async function publish(reference: string) {
  const found = await rest(cms.url, `/api/applications?filters[reference][$eq]=${reference}`, { token });
  expect((await admin(`api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: { moderation: 'published' } })).status).toBe(200);
  const p = await rest(cms.url, `/api/projects?filters[reference][$eq]=${reference}`);
  projects.push({ documentId: p.body.data[0].documentId, reference });
}

async function stats() {
  const res = await fetch(`${cms.url}/api/stats`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, body: PortalStatsSchema.parse(JSON.parse(text)) };
}

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  cms = await startTestCms({ OUTBOX_DIR: outbox, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
  token = await createApiToken(cms.url);
  jwt = await adminLogin(cms.url);
  functionsUseCms(cms, token, STATUS_SECRET, SITE);
  // The seed's 2020 round collects applications (and takes votes) from two days ago to two days on.
  const { body } = await rest(cms.url, '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(-2), endDate: day(2) } : s));
  expect((await rest(cms.url, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);

  await publish(await submit('Народный парк у реки', 'Казань', 'Республика Татарстан (Татарстан)'));
  await publish(await submit('Велодорожки в центре', 'Пермь', 'Пермский край'));
  await submit('Сквер у школы', 'пермь ', 'Пермский край');

  const [anna, boris, vera] = [await signIn(RESIDENTS[0]!), await signIn(RESIDENTS[1]!), await signIn(RESIDENTS[2]!)];
  const added = await call(team, '/api/team/ideas', { body: { token: statusToken(projects[0]!.reference, STATUS_SECRET), title: 'Амфитеатр у воды', description: 'Из предложений жителей' }, params: { action: 'ideas' } });
  expect(added.status).toBe(201);
  idea = added.body.documentId;
  // A team's idea waits for a moderator before residents can vote for it.
  expect((await contentManager(cms.url, jwt, `api::idea.idea/${idea}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
  for (const [cookie, target] of [
    [anna, { project: projects[0]!.documentId }],
    [anna, { project: projects[1]!.documentId }],
    [anna, { idea }],
    [boris, { project: projects[0]!.documentId }],
    [vera, { project: projects[0]!.documentId }],
  ] as const) {
    expect((await call(votes, '/api/votes', { body: target, cookie })).status).toBe(201);
  }
  // A moderator voids Vera: her vote stops counting, and she stops counting as a resident who voted.
  const voters = (await admin('api::voter.voter?pageSize=100')).body.results as Array<{ documentId: string; identityHash: string }>;
  voterIds.push(...voters.map((v) => v.documentId), ...voters.map((v) => v.identityHash));
  const veraId = JSON.parse(Buffer.from(vera.split('=')[1]!.split('.')[0]!, 'base64url').toString()).sub as string;
  expect((await admin(`api::voter.voter/${veraId}`, { method: 'PUT', body: { voided: true, voidReason: 'Проверка' } })).status).toBe(200);

  for (const text of ['Добавить освещение вдоль набережной и скамейки', 'Поставить питьевые фонтанчики у входа в парк']) {
    expect((await call(refinements, '/api/refinements', { body: { project: projects[0]!.documentId, text }, cookie: boris })).status).toBe(201);
  }
  const sent = (await admin('api::refinement.refinement')).body.results as Array<{ documentId: string }>;
  expect((await admin(`api::refinement.refinement/${sent[0]!.documentId}`, { method: 'PUT', body: { moderation: 'approved' } })).status).toBe(200);

  // An expert with two reviews of the round, one submitted, and one declared conflict (counted as neither).
  const expert = await admin('api::expert.expert', { method: 'POST', body: { ...EXPERT, active: true } });
  expect(expert.status).toBe(201);
  const review = (project: string, state: string) => ({ expert: expert.body.data.documentId, expertName: EXPERT.name, project, year: 2020, state });
  for (const body of [review(projects[0]!.documentId, 'submitted'), review(projects[1]!.documentId, 'assigned'), { ...review(projects[1]!.documentId, 'conflict'), expert: 'another-expert' }]) {
    expect((await admin('api::review.review', { method: 'POST', body })).status).toBe(201);
  }
});

afterAll(async () => {
  await cms?.dispose();
  rmSync(outbox, { recursive: true, force: true });
});

describe('GET /api/stats', () => {
  it('counts what the round holds: applications, valid votes and voters, ideas, refinements, reviews', async () => {
    const { body } = await stats();
    const round = body.rounds.find((r) => r.year === 2020) as RoundStats;
    const today = calendarDate(new Date(), 'Europe/Moscow');
    expect(round.applications).toMatchObject({
      received: 3,
      byRegion: { 'Республика Татарстан (Татарстан)': 1, 'Пермский край': 2 },
      cities: 2,
      regions: 2,
    });
    expect(round.applications.byDay).toHaveLength(5);
    expect(round.applications.byDay.find((d) => d.date === today)?.count).toBe(3);
    expect(round.applications.byDay.reduce((sum, d) => sum + d.count, 0)).toBe(3);
    expect(round.residents.voted).toBe(2);
    expect(round.votes).toMatchObject({ projects: 3, ideas: 1 });
    expect(round.votes.byDay.find((d) => d.date === today)?.count).toBe(4);
    expect(round.votes.byTarget).toEqual([
      { target: idea, kind: 'idea', project: projects[0]!.reference, date: today, count: 1 },
      { target: projects[0]!.reference, kind: 'project', project: projects[0]!.reference, date: today, count: 2 },
      { target: projects[1]!.reference, kind: 'project', project: projects[1]!.reference, date: today, count: 1 },
    ]);
    expect(round.refinements).toEqual({ submitted: 2, approved: 1 });
    expect(round.experts).toEqual({ count: 1, assigned: 2, submitted: 1 });
    expect(body.residentsTotal).toBe(2);
  });

  it('is public and names nobody: no contacts, voter ids or hashes, experts or applicants', async () => {
    const { text } = await stats();
    const personal = [PRIVATE_MARKERS.email, PRIVATE_MARKERS.phone, PRIVATE_MARKERS.cvText, 'Анна Смирнова', EXPERT.name, EXPERT.email, ...RESIDENTS, ...voterIds];
    expect(voterIds.length).toBe(6);
    for (const value of personal) expect(text).not.toContain(value);
    expect(text).not.toMatch(/@/);
  });
});
