import { rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import voteCounts from '../../functions/get-vote-counts.mts';
import getStatus from '../../functions/get-application-status.mts';
import refinements from '../../functions/refinements.mts';
import requestCode from '../../functions/residents-code.mts';
import me from '../../functions/residents-me.mts';
import verify from '../../functions/residents-verify.mts';
import team from '../../functions/team.mts';
import votes from '../../functions/votes.mts';
import { statusToken } from '@portal/schema/status-link';
import { validApplication } from '../fixtures/application.ts';
import { latestCode, outboxEmails } from '../support/outbox.ts';
import { SITE, STATUS_SECRET, adminLogin, contentManager, rest, type TestCms } from '../support/portal.ts';
import { startCmsForFunctions } from '../support/residents.ts';

// Residents' voice through the real functions into a real Strapi (SQLite, and PostgreSQL in the
// second run): verification by a code from the outbox, votes with the database's unique index,
// the voting window, withdrawal, refinements and their moderation, ideas, voiding, the anomaly log.
let cms: TestCms;
let token: string;
let outbox: string;
let jwt: string;
let project: string;
let otherProject: string;
let reference: string;
let ipCounter = 0;

const ctx = (extra: Record<string, unknown> = {}) => ({ ip: `203.0.113.${++ipCounter % 250}`, ...extra }) as never;

async function call(handler: (req: Request, context: never) => Promise<Response>, path: string, init: { method?: string; body?: unknown; cookie?: string; context?: Record<string, unknown> } = {}) {
  const res = await handler(
    new Request(`${SITE}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    ctx(init.context),
  );
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as any) : null, headers: res.headers };
}

/** The last code emailed to an address, read from the outbox like a resident reads their mail. */
const lastCode = (email: string) => latestCode(outbox, email);

async function signIn(email: string): Promise<string> {
  const sent = await call(requestCode, '/api/residents/code', { body: { email } });
  expect(sent.status).toBe(202);
  const res = await call(verify, '/api/residents/verify', { body: { email, code: lastCode(email) } });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** The voter's document id: the session cookie's payload names it (it is signed, not secret). */
const voterOf = (cookie: string): string => JSON.parse(Buffer.from(cookie.split('=')[1]!.split('.')[0]!, 'base64url').toString()).sub;

const vote = (cookie: string | undefined, target: Record<string, string>, method = 'POST') => call(votes, '/api/votes', { method, body: target, cookie });

const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path.replace('/content-manager/collection-types/', ''), init);

async function moveCollectionWindow(fromDay: number, toDay: number): Promise<void> {
  const { body } = await rest(cms.url, '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(fromDay), endDate: day(toDay) } : s));
  expect((await rest(cms.url, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } })).status).toBe(200);
}

/** An application submitted and published by a moderator: its public project's document id. */
async function publishedProject(title: string): Promise<{ documentId: string; reference: string }> {
  const submitted = await rest(cms.url, '/api/applications/submit', {
    method: 'POST',
    token,
    body: { data: { ...validApplication(), title }, idempotencyKey: `voting-${title.length}-${Math.random().toString(36).slice(2)}`, year: 2020 },
  });
  expect(submitted.status).toBe(201);
  const ref = submitted.body.reference as string;
  const found = await rest(cms.url, `/api/applications?filters[reference][$eq]=${ref}`, { token });
  const published = await admin(`/content-manager/collection-types/api::application.application/${found.body.data[0].documentId}`, { method: 'PUT', body: { moderation: 'published' } });
  expect(published.status).toBe(200);
  const p = await rest(cms.url, `/api/projects?filters[reference][$eq]=${ref}`);
  return { documentId: p.body.data[0].documentId, reference: ref };
}

async function counts() {
  // The function caches for a few seconds; the CMS's own endpoint is the fresh truth.
  return (await rest(cms.url, '/api/votes/counts')).body;
}

beforeAll(async () => {
  ({ cms, outbox, token } = await startCmsForFunctions({ VOTE_ANOMALY_MIN_VOTES: '4', VOTES_PER_VOTER_PER_MINUTE: '1000' }));
  jwt = await adminLogin(cms.url);
  await moveCollectionWindow(-5, 5);
  ({ documentId: project, reference } = await publishedProject('Народный парк у реки'));
  ({ documentId: otherProject } = await publishedProject('Велодорожки в центре'));
});
afterAll(async () => {
  await cms?.dispose();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

describe('verifying a resident', () => {
  it('refuses malformed and throwaway addresses with a Russian message, sending nothing', async () => {
    const before = outboxEmails(outbox).length;
    const bad = await call(requestCode, '/api/residents/code', { body: { email: 'ivan@@mail' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields.email[0]).toMatch(/Адрес электронной почты указан с ошибкой/);
    const throwaway = await call(requestCode, '/api/residents/code', { body: { email: 'ivan@mailinator.com' } });
    expect(throwaway.status).toBe(422);
    expect(throwaway.body.error.details.fields.email[0]).toMatch(/одноразовой почты/);
    expect(outboxEmails(outbox).length).toBe(before);
  });

  it('emails a 6-digit code, limits resends, and signs in with a signed HttpOnly cookie — once', async () => {
    const email = 'Resident.One@Example.RU';
    const sent = await call(requestCode, '/api/residents/code', { body: { email } });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ sentTo: 'r***@example.ru', expiresInSeconds: 600, resendAfterSeconds: 60 });
    const again = await call(requestCode, '/api/residents/code', { body: { email: 'resident.one@example.ru' } });
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(again.body.error.message).toMatch(/Новый можно запросить через \d+ с/);

    const code = lastCode('resident.one@example.ru');
    const res = await call(verify, '/api/residents/verify', { body: { email: 'resident.one@example.ru', code } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ signedIn: true, votes: { projects: [], ideas: [] } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^portal_resident=[^;]+; Path=\/; Max-Age=2592000; HttpOnly; Secure; SameSite=Lax$/);
    expect(cookie).not.toMatch(/resident\.one|example/i);

    const reused = await call(verify, '/api/residents/verify', { body: { email: 'resident.one@example.ru', code } });
    expect(reused.status).toBe(400);
    expect(reused.body.error.name).toBe('CodeInvalid');

    const state = await call(me, '/api/residents/me', { cookie: cookie.split(';')[0] });
    expect(state.body).toEqual({ signedIn: true, votes: { projects: [], ideas: [] } });
    expect((await call(me, '/api/residents/me', { cookie: 'portal_resident=forged.value' })).body).toEqual({ signedIn: false });
  });

  it('counts wrong codes: tries left, then locked after five even for the right code', async () => {
    const email = 'guesser@example.ru';
    await call(requestCode, '/api/residents/code', { body: { email } });
    const right = lastCode(email);
    const wrong = right === '000000' ? '111111' : '000000';
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await call(verify, '/api/residents/verify', { body: { email, code: wrong } }));
    expect(answers.slice(0, 4).map((a) => a.body.error.message)).toEqual([4, 3, 2, 1].map((n) => `Неверный код. Осталось попыток: ${n}.`));
    expect(answers[4]!.status).toBe(429);
    const locked = await call(verify, '/api/residents/verify', { body: { email, code: right } });
    expect(locked.status).toBe(429);
    expect(locked.body.error.name).toBe('TooManyAttempts');
    expect(locked.headers.get('set-cookie')).toBeNull();
  });

  it('refuses an expired code', async () => {
    const email = 'late@example.ru';
    await call(requestCode, '/api/residents/code', { body: { email } });
    const codes = await admin('/content-manager/collection-types/api::sign-in-code.sign-in-code?sort=id:desc&pageSize=1');
    const latest = codes.body.results[0];
    // Codes are machinery, read-only in the admin panel: time passes behind Strapi's back.
    const expired = cms.postgres ? "now() - interval '1 second'" : `${Date.now() - 1000}`;
    cms.sql(`UPDATE sign_in_codes SET expires_at = ${expired} WHERE document_id = '${latest.documentId}'`);
    const res = await call(verify, '/api/residents/verify', { body: { email, code: lastCode(email) } });
    expect(res.status).toBe(410);
    expect(res.body.error.message).toBe('Срок действия кода истёк. Запросите новый код.');
  });

  it('stores voters by a keyed hash, never the address', async () => {
    const voters = await admin('/content-manager/collection-types/api::voter.voter?pageSize=100');
    expect(voters.status).toBe(200);
    expect(voters.body.results.length).toBeGreaterThan(0);
    const stored = JSON.stringify(voters.body.results) + JSON.stringify((await admin('/content-manager/collection-types/api::sign-in-code.sign-in-code?pageSize=100')).body.results);
    expect(stored).not.toMatch(/@example\.ru|resident\.one/i);
    for (const v of voters.body.results) expect(v.identityHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('voting for projects', () => {
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    alice = await signIn('alice@example.ru');
    bob = await signIn('bob@example.ru');
  });

  it('asks an anonymous or forged visitor to verify first', async () => {
    const anonymous = await vote(undefined, { project });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toMatch(/Подтвердите адрес электронной почты/);
    expect((await vote('portal_resident=eyJ2b3RlciI6ImFhYWFhYWFhYWFhYSIsImV4cCI6OTk5OTk5OTk5OX0.AAAA', { project })).status).toBe(401);
    expect((await counts()).projects[project]).toBeUndefined();
  });

  it('many parallel identical votes make one row: one «counted», the rest «already»', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => vote(alice, { project })));
    expect(answers.filter((a) => a.status === 201).map((a) => a.body.status)).toEqual(['counted']);
    expect(answers.filter((a) => a.status === 200).every((a) => a.body.status === 'already')).toBe(true);
    expect((await counts()).projects[project]).toBe(1);
    const rows = await admin(`/content-manager/collection-types/api::vote.vote?filters[target][$eq]=project:${project}`);
    expect(rows.body.pagination.total).toBe(1);
  });

  it('counts each resident once, and the live counts show it', async () => {
    const b = await vote(bob, { project });
    expect(b).toMatchObject({ status: 201, body: { status: 'counted', count: 2 } });
    expect((await vote(bob, { project })).body).toEqual({ status: 'already', count: 2 });
    const live = await call(voteCounts, '/api/votes/counts');
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('public, max-age=5');
    expect(live.body.projects[project]).toBe(2);
    expect((await call(me, '/api/residents/me', { cookie: bob })).body.votes.projects).toEqual([project]);
  });

  it('lets a resident withdraw while the window is open', async () => {
    expect((await vote(bob, { project }, 'DELETE')).body).toEqual({ status: 'withdrawn', count: 1 });
    expect((await vote(bob, { project }, 'DELETE')).body).toEqual({ status: 'not-voted', count: 1 });
    expect((await vote(bob, { project })).body).toEqual({ status: 'counted', count: 2 });
  });

  it('refuses votes for what is not public', async () => {
    const res = await vote(alice, { project: 'nosuchprojectdocument00' });
    expect(res.status).toBe(404);
    const malformed = await vote(alice, { project: '../../etc' });
    expect(malformed.status).toBe(422);
  });

  it('gates project votes by the round\'s voting window, naming the dates; counts stay', async () => {
    await moveCollectionWindow(-20, -10);
    const closed = await vote(alice, { project: otherProject });
    expect(closed.status).toBe(403);
    expect(closed.body.error.name).toBe('VotingClosed');
    expect(closed.body.error.message).toMatch(/^Голосование за проекты сейчас закрыто\. Голосование открыто с \d+ \S+ \d{4} по \d+ \S+ \d{4}\.$/);
    expect((await vote(bob, { project }, 'DELETE')).status).toBe(403);
    expect((await counts()).projects[project]).toBe(2);
    await moveCollectionWindow(-5, 5);
    expect((await vote(alice, { project: otherProject })).status).toBe(201);
  });
});

describe('where votes go', () => {
  let frank: string;
  let frankId: string;
  const direct = (body: unknown, bearer?: string) =>
    fetch(`${cms.votesUrl}/api/votes/cast`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));

  beforeAll(async () => {
    frank = await signIn('frank@example.ru');
    frankId = voterOf(frank);
  });

  it("the vote address (Strapi's own route) checks the token and the request", async () => {
    expect(cms.votesUrl).toBe(cms.url);
    expect((await direct({ voter: frankId, target: { kind: 'project', id: project } })).status).toBe(403);
    expect((await direct({ voter: frankId, target: { kind: 'project', id: project } }, 'not-a-token')).status).toBe(403);
    const malformed = await direct({ voter: frankId, target: { kind: 'street', id: project } }, token);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe('Укажите проект или идею, за которые голос');
    const before = (await counts()).projects[project] ?? 0;
    expect(await direct({ voter: frankId, target: { kind: 'project', id: project } }, token)).toEqual({ status: 201, body: { status: 'counted', count: before + 1 } });
    // The counts include it at once.
    expect((await counts()).projects[project]).toBe(before + 1);
    expect((await vote(frank, { project })).body).toEqual({ status: 'already', count: before + 1 });
    expect((await vote(frank, { project }, 'DELETE')).body).toEqual({ status: 'withdrawn', count: before });
  });

  it('falls back to Strapi itself when the vote address does not answer', async () => {
    const lane = process.env.CMS_VOTES_URL;
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    process.env.CMS_VOTES_URL = `http://127.0.0.1:${closed}`;
    try {
      expect((await vote(frank, { project: otherProject })).status).toBe(201);
      expect((await vote(frank, { project: otherProject }, 'DELETE')).body.status).toBe('withdrawn');
    } finally {
      process.env.CMS_VOTES_URL = lane;
    }
  });

  it("editors' saves go through while votes are being written", async () => {
    const residents = await Promise.all(['g1', 'g2', 'g3', 'g4'].map((n) => signIn(`${n}@example.ru`)));
    let writing = true;
    const answers: number[] = [];
    const voting = Promise.all(
      residents.map(async (cookie) => {
        while (writing) {
          for (const method of ['POST', 'DELETE']) answers.push((await vote(cookie, { project: otherProject }, method)).status);
        }
      }),
    );
    const saves: number[] = [];
    try {
      // Each save is a transaction of Strapi's that reads, then writes.
      for (let i = 0; i < 8; i += 1) {
        saves.push((await admin(`/content-manager/collection-types/api::project.project/${otherProject}`, { method: 'PUT', body: { title: `Велодорожки в центре ${i}` } })).status);
        saves.push((await admin(`/content-manager/collection-types/api::project.project/${otherProject}/actions/publish`, { method: 'POST', body: {} })).status);
      }
    } finally {
      writing = false;
      await voting;
    }
    expect(saves).toEqual(saves.map(() => 200));
    expect(answers.length).toBeGreaterThan(16);
    expect(answers.filter((s) => s !== 200 && s !== 201)).toEqual([]);
  });
});

describe('refinements and ideas', () => {
  let carol: string;
  let refinement: string;
  const teamToken = () => statusToken(reference, STATUS_SECRET);

  beforeAll(async () => {
    carol = await signIn('carol@example.ru');
  });

  it('validates a refinement in Russian and keeps a new one pending, invisible to the public', async () => {
    const short = await call(refinements, '/api/refinements', { body: { project, text: 'коротко' }, cookie: carol });
    expect(short.status).toBe(422);
    expect(short.body.error.details.fields.text[0]).toBe('Доработка — не короче 20 знаков: опишите, что и зачем изменить');
    const anonymous = await call(refinements, '/api/refinements', { body: { project, text: 'Добавить освещение вдоль набережной и скамейки' } });
    expect(anonymous.status).toBe(401);

    const ok = await call(refinements, '/api/refinements', { body: { project, text: 'Добавить освещение вдоль набережной и скамейки' }, cookie: carol });
    expect(ok).toMatchObject({ status: 201, body: { status: 'pending' } });
    const publicList = await rest(cms.url, '/api/refinements');
    expect(publicList.status).toBe(200);
    expect(publicList.body.data).toEqual([]);
    const all = await admin('/content-manager/collection-types/api::refinement.refinement');
    refinement = all.body.results[0].documentId;
    expect(all.body.results[0].moderation).toBe('pending');
    expect((await rest(cms.url, `/api/refinements/${refinement}`)).status).toBe(404);
  });

  it('shows an approved refinement publicly without its author; the team answers it from its private link', async () => {
    const approved = await fetch(`${cms.url}/api/refinements/${refinement}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ data: { moderation: 'approved' } }) });
    // Refinements have no write routes: the moderator approves in the admin panel.
    expect([404, 405]).toContain(approved.status);
    expect((await admin(`/content-manager/collection-types/api::refinement.refinement/${refinement}`, { method: 'PUT', body: { moderation: 'approved' } })).status).toBe(200);

    const list = await rest(cms.url, '/api/refinements');
    expect(list.body.data.map((r: any) => r.documentId)).toEqual([refinement]);
    // Whatever a client filters on, pending and hidden ones stay out.
    expect((await rest(cms.url, '/api/refinements?filters[moderation][$eq]=pending')).body.data).toEqual([]);
    expect(list.body.data[0].project.reference).toBe(reference);
    expect(JSON.stringify(list.body)).not.toMatch(/"voter"/);

    const status = await call(getStatus, '/api/application-status', { body: { token: teamToken() } });
    expect(status.body.project).toEqual({ documentId: project, reference, selectionRank: null, selectionScore: null });
    expect(status.body.refinements.map((r: any) => r.documentId)).toEqual([refinement]);

    const declineWithoutReason = await call(team, '/api/team/refinements', { body: { token: teamToken(), refinement, response: 'declined', reply: '' }, context: { params: { action: 'refinements' } } });
    expect(declineWithoutReason.status).toBe(400);
    expect(declineWithoutReason.body.error.details.fields.reply[0]).toMatch(/Объясните жителю/);
    const forged = await call(team, '/api/team/refinements', { body: { token: `${reference}.forged`, refinement, response: 'accepted' }, context: { params: { action: 'refinements' } } });
    expect(forged.status).toBe(404);
    const answered = await call(team, '/api/team/refinements', { body: { token: teamToken(), refinement, response: 'accepted', reply: 'Добавим фонари в смету' }, context: { params: { action: 'refinements' } } });
    expect(answered.status).toBe(200);
    const after = await rest(cms.url, `/api/refinements/${refinement}`);
    expect(after.body.data).toMatchObject({ response: 'accepted', reply: 'Добавим фонари в смету' });
    expect(after.body.data.respondedAt).toBeTruthy();
  });

  it('lets the team propose ideas that, once a moderator publishes them, residents vote for and that rank by votes', async () => {
    const add = (title: string) => call(team, '/api/team/ideas', { body: { token: teamToken(), title, description: 'Из предложений жителей' }, context: { params: { action: 'ideas' } } });
    const first = await add('Амфитеатр у воды');
    const second = await add('Сцена для концертов');
    expect(first.status).toBe(201);
    for (const idea of [first, second]) {
      expect((await admin(`/content-manager/collection-types/api::idea.idea/${idea.body.documentId}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
    }
    const ideas = await rest(cms.url, `/api/ideas?filters[project][reference][$eq]=${reference}`);
    expect(ideas.body.data.map((i: any) => i.title).sort()).toEqual(['Амфитеатр у воды', 'Сцена для концертов']);

    expect((await vote(carol, { idea: second.body.documentId })).status).toBe(201);
    expect((await vote(carol, { idea: second.body.documentId })).body.status).toBe('already');
    const ranked = Object.entries((await counts()).ideas as Record<string, number>).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]).toEqual([second.body.documentId, 1]);
    expect(ranked.find(([id]) => id === first.body.documentId)).toBeUndefined();
  });
});

describe('abuse', () => {
  it('logs a burst of votes from new voters, and voiding it voids their votes, which stay listed', async () => {
    const burst = await Promise.all(['d1', 'd2', 'd3', 'd4', 'd5'].map((n) => signIn(`${n}@example.ru`)));
    for (const cookie of burst) expect((await vote(cookie, { project: otherProject })).status).toBe(201);
    const before = (await counts()).projects[otherProject];
    expect(before).toBe(6);

    const scan = await rest(cms.url, '/api/votes/anomalies/scan', { method: 'POST', token });
    expect(scan.body.logged).toBeGreaterThanOrEqual(1);
    const anomalies = await admin('/content-manager/collection-types/api::vote-anomaly.vote-anomaly');
    const anomaly = anomalies.body.results.find((a: any) => a.project === otherProject);
    expect(anomaly).toMatchObject({ review: 'open', votes: 6 });
    expect((await rest(cms.url, '/api/votes/anomalies/scan', { method: 'POST', token })).body.logged).toBe(0);

    const voided = await admin(`/content-manager/collection-types/api::vote-anomaly.vote-anomaly/${anomaly.documentId}`, { method: 'PUT', body: { review: 'voided' } });
    expect(voided.status).toBe(200);
    const after = (await counts()).projects[otherProject] ?? 0;
    expect(after).toBe(before - anomaly.newVoterVotes);
    const listed = await admin(`/content-manager/collection-types/api::vote.vote?filters[voided][$eq]=true&filters[project][$eq]=${otherProject}`);
    expect(listed.body.pagination.total).toBe(anomaly.newVoterVotes);

    const refused = await vote(burst[0], { project });
    expect(refused.status).toBe(403);
    expect(refused.body.error.name).toBe('VoterVoided');
  });

  it('a moderator voids one voter with a reason; without one, nothing changes', async () => {
    const eve = await signIn('eve@example.ru');
    expect((await vote(eve, { project })).status).toBe(201);
    const count = (await counts()).projects[project];
    const voters = await admin('/content-manager/collection-types/api::voter.voter?sort=id:desc&pageSize=1');
    const eveVoter = voters.body.results[0];
    const noReason = await admin(`/content-manager/collection-types/api::voter.voter/${eveVoter.documentId}`, { method: 'PUT', body: { voided: true } });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toMatch(/Укажите причину аннулирования голосов/);
    expect((await counts()).projects[project]).toBe(count);
    const ok = await admin(`/content-manager/collection-types/api::voter.voter/${eveVoter.documentId}`, { method: 'PUT', body: { voided: true, voidReason: 'Проверка' } });
    expect(ok.status).toBe(200);
    expect((await counts()).projects[project]).toBe(count - 1);
  });

  it('a vote after its voter was voided through another CMS process is refused at once: nothing stored, nothing counted', async () => {
    const ivan = await signIn('ivan.k@example.ru');
    const ivanId = voterOf(ivan);
    expect((await vote(ivan, { project })).status).toBe(201);
    const before = (await counts()).projects[otherProject] ?? 0;
    // Another CMS process's moderator voids him: this process hears nothing of it; the vote's batch reads his row.
    cms.sql(`UPDATE voters SET voided = ${cms.postgres ? 'true' : '1'} WHERE document_id = '${ivanId}'`);
    const refused = await vote(ivan, { project: otherProject });
    expect(refused.status).toBe(403);
    expect(refused.body.error.name).toBe('VoterVoided');
    expect((await counts()).projects[otherProject] ?? 0).toBe(before);
    const listed = await admin(`/content-manager/collection-types/api::vote.vote?filters[voter][$eq]=${ivanId}&filters[project][$eq]=${otherProject}`);
    expect(listed.body.results).toEqual([]);
  });

  it('keeps votes, voters and codes away from the public and from tokens alike', async () => {
    for (const path of ['/api/votes', '/api/voters', '/api/sign-in-codes', '/api/vote-anomalies']) {
      expect([403, 404, 405]).toContain((await rest(cms.url, path)).status);
      expect([403, 404, 405]).toContain((await rest(cms.url, path, { token })).status);
    }
    expect((await rest(cms.url, '/api/residents/challenge', { method: 'POST', body: { provider: 'email', identifier: 'x@example.ru' } })).status).toBe(403);
    expect((await rest(cms.url, '/api/votes/cast', { method: 'POST', body: {} })).status).toBe(403);
    // The vote path's cached token check refuses a wrong token like Strapi's own check does.
    expect((await rest(cms.url, '/api/votes/cast', { method: 'POST', body: {}, token: 'not-a-token' })).status).toBe(403);
    const publicCounts = await rest(cms.url, '/api/votes/counts');
    expect(publicCounts.status).toBe(200);
    expect(Object.keys(publicCounts.body).sort()).toEqual(['generatedAt', 'ideas', 'projects', 'total']);
  });
});
