import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DrawEntrySchema } from '@portal/schema';
import { assignProjects, sha256Hex, verifyAssignment } from '@portal/schema/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import experts from '../../functions/experts.mts';
import getStatus from '../../functions/get-application-status.mts';
import { statusToken } from '@portal/schema/status-link';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { outboxEmails } from '../support/outbox.ts';
import { eventually } from '../support/receiver.ts';
import { SITE, STATUS_SECRET, adminLogin, contentManager, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';

// The main selection through the real functions into a real Strapi: the roster, the draw with its
// published seed hash, the expert's area (emailed single-use links, own projects only, the scoring
// form's rules, the window), conflicts and reassignment, the ranking and CSV, the finalists.
const CITIES = ['Казань', 'Пермь', 'Томск'];
const EXPERTS = [
  { name: 'Анна Смирнова', email: 'anna.expert@example.org', city: 'Москва', listedPublicly: true },
  { name: 'Борис Иванов', email: 'boris.expert@example.org', city: 'Казань', listedPublicly: false },
  { name: 'Вера Орлова', email: 'vera.expert@example.org', city: 'Самара', listedPublicly: true },
  { name: 'Глеб Пахомов', email: 'gleb.expert@example.org', city: 'Пермь', listedPublicly: false },
];
let cms: TestCms;
let token: string;
let jwt: string;
let outbox: string;
const references: string[] = [];
let ip = 0;

const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path.replace('/content-manager/collection-types/', ''), init);
const cm = (uid: string, rest = '') => `${uid}${rest}`;

async function call(path: string, init: { method?: string; body?: unknown; cookie?: string; params: Record<string, string> }) {
  const res = await experts(
    new Request(`${SITE}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { ip: `198.51.100.${++ip % 250}`, params: init.params } as never,
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

/** The sign-in link in the latest email to an expert, as they would click it. */
function linkToken(email: string): string {
  const mails = outboxEmails(outbox).filter((m) => m.includes('/expert/#'));
  const all = mails.filter((m) => m.includes(EXPERTS.find((e) => e.email === email)!.name));
  const token = /\/expert\/#([A-Za-z0-9_-]+)/.exec(all.at(-1) ?? '')?.[1];
  if (!token) throw new Error(`no sign-in link for ${email}`);
  return token;
}

async function signIn(email: string): Promise<string> {
  const res = await call('/api/experts/session', { body: { token: linkToken(email) }, params: { action: 'session' } });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function moveStage(kind: string, fromDay: number, toDay: number): Promise<void> {
  const { body } = await rest(cms.url, '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === kind ? { ...s, startDate: day(fromDay), endDate: day(toDay) } : s));
  expect((await rest(cms.url, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);
}

const criteria = async () => (await rest(cms.url, '/api/selection-rounds')).body.data[0].criteria as Array<{ title: string }>;
const fullReview = (n: number, score: number) => ({
  scores: Array.from({ length: n }, (_, criterion) => ({ criterion, score, comment: criterion === 0 ? 'Ясная проблема' : undefined })),
  overallComment: 'Проект проработан, команда сильная, эффект измерим.',
});

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  cms = await startTestCms({ OUTBOX_DIR: outbox, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
  token = await createApiToken(cms.url);
  jwt = await adminLogin(cms.url);
  Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: token, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE, SESSION_SECRET: 'integration-session-secret-0123456789' });
  // Six projects in three cities pass moderation and the technical review.
  for (let i = 0; i < 6; i += 1) {
    const city = CITIES[i % 3]!;
    const submitted = await rest(cms.url, '/api/applications/submit', {
      method: 'POST',
      token,
      body: { data: { ...validApplication(), title: `Проект ${i + 1}: ${city}`, city }, idempotencyKey: `selection-${i}-${'k'.repeat(16)}`, year: 2020 },
    });
    expect(submitted.status).toBe(201);
    references.push(submitted.body.reference);
    const found = await rest(cms.url, `/api/applications?filters[reference][$eq]=${submitted.body.reference}`, { token });
    const id = found.body.data[0].documentId;
    expect((await admin(cm('api::application.application', `/${id}`), { method: 'PUT', body: { moderation: 'published', topicFit: 'pass', completenessDecision: 'pass' } })).status).toBe(200);
  }
  for (const e of EXPERTS) expect((await admin(cm('api::expert.expert'), { method: 'POST', body: e })).status).toBe(201);
});
afterAll(async () => {
  await cms?.dispose();
  rmSync(outbox, { recursive: true, force: true });
});

describe('the council roster', () => {
  it('is private: no REST route lists experts, emails never leave; the public list has listed names only', async () => {
    for (const path of ['/api/experts', '/api/reviews', '/api/expert-sign-ins', '/api/selection-results']) {
      expect([403, 404, 405]).toContain((await rest(cms.url, path)).status);
      expect([403, 404, 405]).toContain((await rest(cms.url, path, { token })).status);
    }
    const council = await rest(cms.url, '/api/experts/council');
    expect(council.status).toBe(200);
    expect(council.body).toEqual({ data: [{ name: 'Анна Смирнова' }, { name: 'Вера Орлова' }] });
  });
});

describe('the draw', () => {
  let drawId: string;

  it('publishes the seed\'s SHA-256 first, and nothing else', async () => {
    const created = await admin(cm('api::draw.draw'), { method: 'POST', body: { year: 2020 } });
    expect(created.status).toBe(201);
    drawId = created.body.data.documentId;
    const { body } = await rest(cms.url, '/api/draws');
    const draw = DrawEntrySchema.parse(body.data[0]);
    expect(draw).toMatchObject({ year: 2020, stage: 'announced', revealedSeed: null, publishedData: null });
    expect(draw.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toMatch(/"seed"/);
  });

  it('assigns on the editor\'s word and emails the experts, keeping seed and inputs private while they score', async () => {
    const before = DrawEntrySchema.parse((await rest(cms.url, '/api/draws')).body.data[0]);
    await moveStage('main_selection', -2, 2);
    expect((await admin(cm('api::draw.draw', `/${drawId}`), { method: 'PUT', body: { stage: 'drawn' } })).status).toBe(200);
    const draw = DrawEntrySchema.parse((await rest(cms.url, '/api/draws')).body.data[0]);
    expect(draw).toMatchObject({ stage: 'drawn', seedHash: before.seedHash, revealedSeed: null, publishedData: null });
    const reviews = await admin(cm('api::review.review', '?pageSize=100'));
    // 4 experts × 3 projects = 12 reviews over 6 projects: exactly 2 each, never from the expert's city.
    expect(reviews.body.results).toHaveLength(12);
    const perProject = new Map<string, number>();
    for (const r of reviews.body.results) perProject.set(r.project, (perProject.get(r.project) ?? 0) + 1);
    expect([...perProject.values()]).toEqual([2, 2, 2, 2, 2, 2]);
    // Every assigned expert was emailed a personal link.
    for (const e of EXPERTS) expect(() => linkToken(e.email)).not.toThrow();
    // Once made, the draw cannot be undone or redone.
    const undo = await admin(cm('api::draw.draw', `/${drawId}`), { method: 'PUT', body: { stage: 'announced' } });
    expect(undo.status).toBe(400);
    await moveStage('main_selection', 30, 35);
  });
});

describe('the expert\'s area', () => {
  let anna: string;
  let annaProjects: string[];

  it('signs in with the emailed link once; a reused or guessed link does not work', async () => {
    const tokenValue = linkToken('anna.expert@example.org');
    const first = await call('/api/experts/session', { body: { token: tokenValue }, params: { action: 'session' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toMatch(/^portal_expert=[^;]+; Path=\/; Max-Age=43200; HttpOnly; Secure; SameSite=Lax$/);
    anna = first.headers.get('set-cookie')!.split(';')[0]!;
    const reused = await call('/api/experts/session', { body: { token: tokenValue }, params: { action: 'session' } });
    expect(reused.status).toBe(400);
    expect(reused.body.error.message).toMatch(/Ссылка недействительна/);
    const guessed = await call('/api/experts/session', { body: { token: 'A'.repeat(43) }, params: { action: 'session' } });
    expect(guessed.status).toBe(400);
  });

  it('answers a link request the same way for any address, and emails experts only', async () => {
    const before = outboxEmails(outbox).length;
    const stranger = await call('/api/experts/link', { body: { email: 'stranger@example.org' }, params: { action: 'link' } });
    expect(stranger.status).toBe(202);
    expect(outboxEmails(outbox).length).toBe(before);
    const expert = await call('/api/experts/link', { body: { email: 'Vera.Expert@example.org' }, params: { action: 'link' } });
    expect(expert.status).toBe(202);
    expect(expert.body).toEqual(stranger.body);
    // The link is mailed after the answer (the answer never waits for the mail server).
    await eventually(() => outboxEmails(outbox).length === before + 1, 'the requested link', 10_000);
  });

  it('shows the expert their own three projects with the application but without the leader\'s contacts', async () => {
    const desk = await call('/api/experts/desk', { cookie: anna, params: { action: 'desk' } });
    expect(desk.status).toBe(200);
    expect(desk.body.name).toBe('Анна Смирнова');
    expect(desk.body.criteria).toHaveLength((await criteria()).length);
    expect(desk.body.projects).toHaveLength(3);
    annaProjects = desk.body.projects.map((p: any) => p.reference);
    const text = JSON.stringify(desk.body);
    expect(text).not.toContain(PRIVATE_MARKERS.email);
    expect(text).not.toContain(PRIVATE_MARKERS.phone);
    expect(desk.body.projects[0].application.problem).toBeTruthy();
    expect(desk.body.projects[0].publicSupport).toMatchObject({ votes: 0, percentile: 50 });
    expect(desk.body.scoringOpen).toBe(false);
    expect((await call('/api/experts/desk', { params: { action: 'desk' } })).status).toBe(401);
    expect((await call('/api/experts/desk', { cookie: anna.replace('portal_expert', 'portal_resident'), params: { action: 'desk' } })).status).toBe(401);
  });

  it('refuses scores outside the main selection, then accepts, validates and lets the expert edit them', async () => {
    const n = (await criteria()).length;
    const reference = annaProjects[0]!;
    const closed = await call(`/api/experts/reviews/${reference}`, { method: 'PUT', body: fullReview(n, 7), cookie: anna, params: { action: 'reviews', reference } });
    expect(closed.status).toBe(403);
    expect(closed.body.error.name).toBe('ScoringClosed');

    await moveStage('main_selection', -2, 2);
    const missing = await call(`/api/experts/reviews/${reference}`, { method: 'PUT', body: { scores: [{ criterion: 0, score: 11 }], overallComment: 'кратко' }, cookie: anna, params: { action: 'reviews', reference } });
    expect(missing.status).toBe(400);
    const messages = Object.values(missing.body.error.details.fields).flat().join(' ');
    expect(messages).toMatch(/целое число от 0 до 10/);
    expect(messages).toMatch(/Общий комментарий обязателен/);

    const saved = await call(`/api/experts/reviews/${reference}`, { method: 'PUT', body: fullReview(n, 7), cookie: anna, params: { action: 'reviews', reference } });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ status: 'submitted', total: 70 });
    const edited = await call(`/api/experts/reviews/${reference}`, { method: 'PUT', body: fullReview(n, 9), cookie: anna, params: { action: 'reviews', reference } });
    expect(edited.body.total).toBe(90);
    const desk = await call('/api/experts/desk', { cookie: anna, params: { action: 'desk' } });
    expect(desk.body.projects.find((p: any) => p.reference === reference)).toMatchObject({ status: 'submitted', total: 90 });
  });

  it('cannot read or score a project that is not theirs', async () => {
    const n = (await criteria()).length;
    const other = references.find((r) => !annaProjects.includes(r))!;
    const res = await call(`/api/experts/reviews/${other}`, { method: 'PUT', body: fullReview(n, 10), cookie: anna, params: { action: 'reviews', reference: other } });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('Этот проект вам не назначен.');
    const reviews = await admin(cm('api::review.review', `?filters[project][$eq]=${other}&pageSize=100`));
    expect(reviews.body.results.every((r: any) => r.scores === null)).toBe(true);
  });

  it('a declared conflict passes the project to another eligible expert', async () => {
    const reference = annaProjects[2]!;
    const res = await call(`/api/experts/conflicts/${reference}`, { body: { reason: 'Работала с командой проекта' }, cookie: anna, params: { action: 'conflicts', reference } });
    expect(res.status).toBe(200);
    expect(res.body.reassigned).toBe(true);
    const reviews = (await admin(cm('api::review.review', `?filters[project][$eq]=${reference}&pageSize=100`))).body.results;
    expect(reviews.filter((r: any) => r.state !== 'conflict')).toHaveLength(2);
    const desk = await call('/api/experts/desk', { cookie: anna, params: { action: 'desk' } });
    expect(desk.body.projects.find((p: any) => p.reference === reference).status).toBe('conflict');
  });
});

describe('ranking and finalists', () => {
  it('ranks from submitted reviews, exports CSV to token holders only, and publishes finalists on the announcement date', async () => {
    const n = (await criteria()).length;
    // Every other expert scores all their projects.
    for (const e of EXPERTS.slice(1)) {
      await call('/api/experts/link', { body: { email: e.email }, params: { action: 'link' } });
      const cookie = await signIn(e.email);
      const desk = await call('/api/experts/desk', { cookie, params: { action: 'desk' } });
      for (const [i, p] of desk.body.projects.entries()) {
        const r = await call(`/api/experts/reviews/${p.reference}`, { method: 'PUT', body: fullReview(n, 4 + i * 2), cookie, params: { action: 'reviews', reference: p.reference } });
        expect(r.status).toBe(200);
      }
    }
    await moveStage('announcement', 5, 5);
    const result = await admin(cm('api::selection-result.selection-result'), { method: 'POST', body: { year: 2020 } });
    expect(result.status).toBe(201);
    const rows = result.body.data.ranking.rows;
    expect(rows.map((r: any) => r.project).sort()).toEqual([...references].sort());
    expect(rows.map((r: any) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    // The round asks for 25 finalists; six projects are all proposed, with a note.
    expect(result.body.data.finalists.split('\n').sort()).toEqual([...references].sort());

    const csv = await fetch(`${cms.url}/api/selection-results/2020/ranking.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // A byte order mark, so that Russian Excel opens the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Проект 1: Казань');
    expect(text).not.toMatch(/Смирнова|example\.org/);
    expect((await fetch(`${cms.url}/api/selection-results/2020/ranking.csv`)).status).toBe(403);

    // A project the reviewers disagree on gets one more expert at the working group's request.
    const disputed = rows.at(-1).project;
    const reviewsOf = async () => (await admin(cm('api::review.review', `?filters[project][$eq]=${disputed}&pageSize=100`))).body.results.filter((r: any) => r.state !== 'conflict').length;
    const had = await reviewsOf();
    const extra = await admin(cm('api::selection-result.selection-result', `/${result.body.data.documentId}`), { method: 'PUT', body: { extraReviews: disputed } });
    expect(extra.status).toBe(200);
    expect(await reviewsOf()).toBe(had + 1);
    expect(extra.body.data.extraReviewLog).toContain(`${disputed}: назначен ещё один эксперт`);

    const top = rows.slice(0, 2).map((r: any) => r.project);
    const confirmed = await admin(cm('api::selection-result.selection-result', `/${result.body.data.documentId}`), { method: 'PUT', body: { finalists: top.join('\n'), confirmed: true } });
    expect(confirmed.status).toBe(200);
    // Before the announcement date nothing is public.
    const early = await rest(cms.url, `/api/projects?filters[reference][$eq]=${top[0]}`);
    expect(early.body.data[0].stage).toBe('review_passed');
    expect(early.body.data[0].selectionRank).toBeNull();

    await moveStage('announcement', 0, 0);
    // The hourly job (or any save of the result) announces once the date has come.
    await admin(cm('api::selection-result.selection-result', `/${result.body.data.documentId}`), { method: 'PUT', body: { confirmed: true } });
    const finalist = (await rest(cms.url, `/api/projects?filters[reference][$eq]=${top[0]}`)).body.data[0];
    expect(finalist).toMatchObject({ stage: 'finalist', selectionRank: 1 });
    const other = references.find((r) => !top.includes(r))!;
    expect((await rest(cms.url, `/api/projects?filters[reference][$eq]=${other}`)).body.data[0]).toMatchObject({ stage: 'not_selected', selectionRank: null });

    const status = await getStatus(
      new Request(`${SITE}/api/application-status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: statusToken(top[0], STATUS_SECRET) }) }),
      { ip: '192.0.2.1' } as never,
    );
    const finalistStatus = (await status.json()) as any;
    expect(finalistStatus.stage).toBe('finalist');
    expect(finalistStatus.project).toMatchObject({ reference: top[0], selectionRank: 1 });
    // Individual scores never become public.
    const publicText = JSON.stringify((await rest(cms.url, '/api/projects?pagination[pageSize]=100')).body);
    expect(publicText).not.toMatch(/overallComment|Проект проработан/);
  });
});

describe('after the main selection', () => {
  it('reveals the seed and the anonymised inputs; anyone recomputes the same assignment, by hand or with the CLI', async () => {
    await moveStage('main_selection', -10, -5);
    const drawId = (await rest(cms.url, '/api/draws')).body.data[0].documentId;
    // The hourly job reveals it; any save of the draw does too.
    expect((await admin(cm('api::draw.draw', `/${drawId}`), { method: 'PUT', body: { note: 'Проверено' } })).status).toBe(200);
    const draw = DrawEntrySchema.parse((await rest(cms.url, '/api/draws')).body.data[0]);
    expect(sha256Hex(draw.revealedSeed!)).toBe(draw.seedHash);
    const data = draw.publishedData!;
    expect(data.projects.map((p) => p.id).sort()).toEqual([...references].sort());
    expect(JSON.stringify(data)).not.toMatch(/example\.org|Смирнова/);

    const input = { projects: data.projects, experts: data.experts, perExpert: data.projectsPerExpert, seed: draw.revealedSeed! };
    const again = assignProjects(input);
    expect(again.assignments).toEqual(data.assignments);
    expect(verifyAssignment(input, again)).toEqual([]);
    for (const a of data.assignments) expect(a.projectIds).toHaveLength(3);

    // The CLI does the same from the public API alone: `npm run assign -- --round 2020 --from <CMS>`.
    const cli = spawnSync(process.execPath, ['scripts/assign.ts', '--round', '2020', '--from', cms.url, '--out', join(outbox, 'recomputed.json')], { encoding: 'utf8' });
    expect(cli.stderr).toContain(`Зерно совпадает с опубликованным заранее хешем ${draw.seedHash}`);
    expect(cli.stderr).toContain('Опубликованное распределение 2020 года совпадает с пересчитанным.');
    expect(cli.status).toBe(0);
    const forged = spawnSync(process.execPath, ['scripts/assign.ts', '--round', '2020', '--from', cms.url, '--seed', 'another-seed'], { encoding: 'utf8' });
    expect(forged.status).toBe(1);
    expect(forged.stderr).toMatch(/не совпадает с хешем, опубликованным до распределения/);
  });
});
