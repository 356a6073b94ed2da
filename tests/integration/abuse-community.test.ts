import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import getStatus from '../../functions/get-application-status.mts';
import refinements from '../../functions/refinements.mts';
import requestCode from '../../functions/residents-code.mts';
import verify from '../../functions/residents-verify.mts';
import team from '../../functions/team.mts';
import votes from '../../functions/votes.mts';
import { statusToken } from '@portal/schema/status-link';
import { validApplication } from '../fixtures/application.ts';
import { latestCode } from '../support/outbox.ts';
import { SITE, STATUS_SECRET, adminLogin, contentManager, rest, type TestCms } from '../support/portal.ts';
import { moveCollectionWindow, startCmsForFunctions } from '../support/residents.ts';
import { eventually, startReceiver } from '../support/receiver.ts';

// Issue 18, points 1 and 3, through the real functions into a real Strapi (SQLite, where votes go
// through the vote lane, and PostgreSQL): a team's ideas wait for a moderator and start no build, a
// stream of changes cannot hold the build back, and a project's vote follows its own round.
let cms: TestCms;
let hook: Awaited<ReturnType<typeof startReceiver>>;
let token: string;
let jwt: string;
let outbox: string;
let ipCounter = 0;

async function call(handler: (req: Request, context: never) => Promise<Response>, path: string, init: { method?: string; body?: unknown; cookie?: string; params?: Record<string, string> } = {}) {
  const res = await handler(
    new Request(`${SITE}${path}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: JSON.stringify(init.body ?? {}),
    }),
    { ip: `203.0.113.${++ipCounter % 250}`, params: init.params ?? {} } as never,
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path, init);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A resident signed in with the code from their mail: the session cookie. */
async function signIn(email: string): Promise<string> {
  expect((await call(requestCode, '/api/residents/code', { body: { email } })).status).toBe(202);
  const res = await call(verify, '/api/residents/verify', { body: { email, code: latestCode(outbox, email) } });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** The voter's document id: the session cookie's payload names it (it is signed, not secret). */
const voterOf = (cookie: string): string => JSON.parse(Buffer.from(cookie.split('=')[1]!.split('.')[0]!, 'base64url').toString()).sub;

/** An application of that year, published by a moderator and through the technical review: its project. */
async function publishedProject(title: string, year: number): Promise<{ documentId: string; reference: string }> {
  const submitted = await rest(cms.url, '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: { ...validApplication(), title }, idempotencyKey: `abuse-${year}-${Math.random().toString(36).slice(2)}-kkkkkkkk`, year },
  });
  expect(submitted.status).toBe(201);
  const reference = submitted.body.reference as string;
  const found = await rest(cms.url, `/api/applications?filters[reference][$eq]=${reference}`, { token });
  const review = { moderation: 'published', topicFit: 'pass', completenessDecision: 'pass' };
  expect((await admin(`api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: review })).status).toBe(200);
  const project = await rest(cms.url, `/api/projects?filters[reference][$eq]=${reference}`);
  return { documentId: project.body.data[0].documentId, reference };
}

/** Another year's round, published, with its own voting window: a copy of the seeded round. */
async function publishRound(year: number, votingStart: string, votingEnd: string): Promise<void> {
  const seeded = (await rest(cms.url, '/api/selection-rounds')).body.data[0];
  const strip = (value: any): any =>
    Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'id').map(([k, v]) => [k, strip(v)])) : value;
  const { documentId: _d, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, localizations: _ls, ...data } = strip(seeded);
  const shift = (date: string) => `${year}${date.slice(4)}`;
  const stages = data.stages.map((s: any) => ({ ...s, startDate: shift(s.startDate), endDate: shift(s.endDate) }));
  const created = await rest(cms.url, '/api/selection-rounds', { method: 'POST', token, body: { data: { ...data, year, title: `Отбор ${year} года`, stages, votingStart, votingEnd } } });
  expect(created.status).toBe(201);
}

const vote = (cookie: string, project: string) => call(votes, '/api/votes', { body: { project }, cookie });
const ranking = async (year: number) => (await fetch(`${cms.url}/api/selection-results/${year}/ranking.csv`, { headers: { authorization: `Bearer ${token}` } })).text();

beforeAll(async () => {
  hook = await startReceiver();
  ({ cms, outbox, token } = await startCmsForFunctions({
    VOTES_PER_VOTER_PER_MINUTE: '1000',
    BUILD_HOOK_URL: hook.url,
    BUILD_HOOK_DEBOUNCE_MS: '1500',
    BUILD_HOOK_MAX_WAIT_MS: '3000',
    BUILD_HOOK_MIN_INTERVAL_MS: '0',
  }));
  jwt = await adminLogin(cms.url);
  // The seeded round (2020) takes votes now.
  await moveCollectionWindow(cms.url, token, -5, 5);
  await eventually(() => hook.received[0], 'the build after seeding');
});
afterAll(async () => {
  await cms?.dispose();
  await hook?.close();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

describe('a team’s ideas wait for a moderator', () => {
  let project: { documentId: string; reference: string };
  let idea: string;
  const propose = (title: string) =>
    call(team, '/api/team/ideas', { body: { token: statusToken(project.reference, STATUS_SECRET), title, description: 'Предложение команды' }, params: { action: 'ideas' } });
  const mentioning = (id: string) => hook.received.filter((r) => r.body?.documentIds?.includes(id));

  beforeAll(async () => {
    project = await publishedProject('Сквер у школы', 2020);
    const proposed = await propose('Качели для малышей');
    expect(proposed.status).toBe(201);
    idea = proposed.body.documentId;
  });

  it('a proposed idea is not on the site', async () => {
    const live = await rest(cms.url, `/api/ideas?filters[project][reference][$eq]=${project.reference}`);
    expect(live.body.data).toEqual([]);
  });

  it('the team’s desk lists it as waiting for moderation', async () => {
    const status = await call(getStatus, '/api/application-status', { body: { token: statusToken(project.reference, STATUS_SECRET) } });
    expect(status.body.ideas.map((i: any) => [i.documentId, i.status])).toEqual([[idea, 'pending']]);
  });

  it('moderators find it among the team’s drafts in the admin panel', async () => {
    const drafts = await admin('api::idea.idea?status=draft&filters[author][$eq]=team&pageSize=100');
    expect(drafts.body.results.find((i: any) => i.documentId === idea)?.status).toBe('draft');
  });

  it('proposing starts no build', async () => {
    // Publish something else afterwards: once its build has been asked for, the idea's would have been too.
    const topic = (await rest(cms.url, '/api/topics')).body.data[0].documentId as string;
    expect((await rest(cms.url, `/api/topics/${topic}`, { method: 'PUT', token, body: { data: { summary: 'Обновлённое описание темы' } } })).status).toBe(200);
    await eventually(() => mentioning(topic)[0], 'the build after the topic changed');
    expect(mentioning(idea)).toEqual([]);
  });

  it('a moderator publishing it starts a build', async () => {
    expect((await admin(`api::idea.idea/${idea}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
    const build = await eventually(() => mentioning(idea)[0], 'the build after the moderator published the idea');
    expect(build.body.event).toBe('entry.publish');
  });

  it('at most ten ideas of a project wait at once', async () => {
    for (let i = 0; i < 10; i += 1) await propose(`Идея номер ${i + 1}`);
    const refused = await propose('Одиннадцатая идея');
    expect([refused.status, refused.body?.error?.message]).toEqual([409, 'На модерации уже 10 идей проекта. Новые можно будет отправить, когда модератор их проверит.']);
  });
});

describe('a stream of changes cannot hold the build back', () => {
  it('a team answering a refinement faster than the quiet period still gets a build within the longest wait', async () => {
    const project = await publishedProject('Тропа здоровья', 2020);
    const resident = await signIn('stream.resident@example.ru');
    const left = await call(refinements, '/api/refinements', { body: { project: project.documentId, text: 'Добавьте освещение вдоль тропы, вечером темно.' }, cookie: resident });
    expect(left.status).toBe(201);
    const refinement = (await admin('api::refinement.refinement?filters[moderation][$eq]=pending')).body.results[0].documentId as string;
    expect((await admin(`api::refinement.refinement/${refinement}`, { method: 'PUT', body: { moderation: 'approved' } })).status).toBe(200);
    const answer = (n: number) =>
      call(team, '/api/team/refinements', { body: { token: statusToken(project.reference, STATUS_SECRET), refinement, response: 'accepted', reply: `Учтём, вариант ${n}` }, params: { action: 'refinements' } });
    const built = () => hook.received.some((r) => r.body?.documentIds?.includes(refinement));
    // Answers back to back, never 1.5 s apart, for up to 8 s: the build must come within 3 s.
    const started = Date.now();
    for (let n = 0; !built() && Date.now() - started < 8_000; n += 1) expect((await answer(n)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});

describe('a project’s vote follows its own round', () => {
  let current: { documentId: string; reference: string };
  let closed: { documentId: string; reference: string };
  let resident: string;

  beforeAll(async () => {
    current = await publishedProject('Пешеходная улица', 2020);
    closed = await publishedProject('Прошлогодний парк', 2019);
    await publishRound(2019, '2019-01-13', '2019-02-17');
    resident = await signIn('round.resident@example.ru');
  });

  it('a vote for a project of a closed round is refused with the «voting closed» answer', async () => {
    const res = await vote(resident, closed.documentId);
    expect([res.status, res.body?.error?.message]).toEqual([403, 'Голосование за проекты сейчас закрыто. Голосование открыто с 13 января 2019 по 17 февраля 2019.']);
  });

  it('the CMS’s own vote route refuses it too', async () => {
    const res = await rest(cms.url, '/api/votes/cast', { method: 'POST', token, body: { voter: voterOf(resident), target: { kind: 'project', id: closed.documentId } } });
    expect([res.status, res.body?.error?.name]).toEqual([400, 'VotingClosed']);
  });

  it('a closed year’s ranking does not change when someone tries to vote', async () => {
    const before = await ranking(2019);
    await vote(await signIn('late.resident@example.ru'), closed.documentId);
    expect(await ranking(2019)).toBe(before);
  });

  it('publishing next year’s round early changes nothing for this year’s projects', async () => {
    await publishRound(2021, day(30), day(60));
    expect((await vote(resident, current.documentId)).status).toBe(201);
  });
});
