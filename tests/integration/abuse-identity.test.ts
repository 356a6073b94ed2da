import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusToken } from '@portal/schema/status-link';
import refinements from '../../functions/refinements.mts';
import requestCode from '../../functions/residents-code.mts';
import logout from '../../functions/residents-logout.mts';
import me from '../../functions/residents-me.mts';
import verify from '../../functions/residents-verify.mts';
import team from '../../functions/team.mts';
import votes from '../../functions/votes.mts';
import { latestCode } from '../support/outbox.ts';
import { STATUS_SECRET, adminLogin, contentManager, rest, type TestCms } from '../support/portal.ts';
import { callFunction as call, moveCollectionWindow, publishedProject, signInResident, voterOfCookie as voterOf, startCmsForFunctions } from '../support/residents.ts';

// Issue 18, points 2, 5 and 6, through the real functions into a real Strapi (SQLite, and
// PostgreSQL in the second run): one mailbox is one voter, the anomaly scan sees ideas and old
// accounts, nobody can lock a resident out of signing in, and sessions can be ended.
const HASH_KEY = 'test-voter-hash-key-0123456789';
const REFINEMENT = 'Добавить освещение вдоль набережной и скамейки у воды';
let cms: TestCms;
/** The API token, the editor's admin JWT and the outbox folder. */
let token: string, jwt: string, outbox: string;
/** Two published projects and an idea of the first. */
let project: string, otherProject: string, idea: string;

const signIn = (email: string, ip?: string) => signInResident(outbox, email, ip);
const vote = (cookie: string | undefined, target: Record<string, string>, method = 'POST') => call(votes, '/api/votes', { method, body: target, cookie });
const refine = (cookie: string) => call(refinements, '/api/refinements', { body: { project, text: REFINEMENT }, cookie });
const admin = (path: string, init: { method?: string; body?: unknown } = {}) => contentManager(cms.url, jwt, path, init);
const counts = async () => (await rest(cms.url, '/api/votes/counts')).body;
const scan = async () => (await rest(cms.url, '/api/votes/anomalies/scan', { method: 'POST', token })).body.logged as number;
const anomalies = async () => (await admin('api::vote-anomaly.vote-anomaly?pageSize=100')).body.results as any[];
/** Time passes for a mailbox's codes: their last sending moves `seconds` into the past (as if the resident waited). */
function ageCodes(seconds: number): void {
  const by = cms.postgres ? `- interval '${seconds} seconds'` : `- ${seconds * 1000}`;
  cms.sql(`UPDATE sign_in_codes SET last_sent_at = last_sent_at ${by}, created_at = created_at ${by}`);
}

beforeAll(async () => {
  ({ cms, outbox, token } = await startCmsForFunctions({
    VOTER_HASH_KEY: HASH_KEY,
    VOTE_ANOMALY_MIN_VOTES: '3',
    VOTE_ANOMALY_MIN_OLD_VOTES: '3',
    VOTES_PER_VOTER_PER_MINUTE: '1000',
  }));
  jwt = await adminLogin(cms.url);
  await moveCollectionWindow(cms.url, token, -5, 5);
  const first = await publishedProject(cms.url, token, jwt, 'Народный парк у реки');
  project = first.documentId;
  ({ documentId: otherProject } = await publishedProject(cms.url, token, jwt, 'Велодорожки в центре'));
  const added = await call(team, '/api/team/ideas', {
    body: { token: statusToken(first.reference, STATUS_SECRET), title: 'Амфитеатр у воды', description: 'Из предложений жителей' },
    context: { params: { action: 'ideas' } },
  });
  expect(added.status).toBe(201);
  idea = added.body.documentId;
  // A team's idea waits for a moderator (issue 18, point 1) before residents can vote for it.
  expect((await admin(`api::idea.idea/${idea}/actions/publish`, { method: 'POST', body: {} })).status).toBe(200);
});
afterAll(async () => {
  await cms?.dispose();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

describe('2. one mailbox, one voter', () => {
  it('ivan+1@gmail.com, i.van@gmail.com and ivan@googlemail.com are one voter with one vote; each mail goes to the address typed', async () => {
    const first = await signIn('ivan+1@gmail.com');
    expect((await vote(first, { project })).status).toBe(201);
    for (const alias of ['i.van@gmail.com', 'Ivan@GoogleMail.com']) {
      const cookie = await signIn(alias.toLowerCase());
      expect(voterOf(cookie)).toBe(voterOf(first));
      expect((await vote(cookie, { project })).body).toEqual({ status: 'already', count: 1 });
    }
    expect((await counts()).projects[project]).toBe(1);
    const voters = await admin(`api::voter.voter?pageSize=100`);
    expect(voters.body.results.filter((v: any) => v.documentId === voterOf(first))).toHaveLength(1);
    expect(voters.body.pagination.total).toBe(1);
  });

  it('a voter from before canonical forms keeps their hash and is found by the address they used', async () => {
    const legacyHash = createHmac('sha256', HASH_KEY).update('email:old.timer+news@gmail.com').digest('hex');
    const created = await admin('api::voter.voter', { method: 'POST', body: { identityHash: legacyHash, provider: 'email', voided: false } });
    expect(created.status).toBe(201);
    const cookie = await signIn('Old.Timer+News@gmail.com'.toLowerCase());
    expect(voterOf(cookie)).toBe(created.body.data.documentId);
    const after = await admin(`api::voter.voter/${created.body.data.documentId}`);
    expect(after.body.data.identityHash).toBe(legacyHash);
  });

  it('the anomaly scan logs a burst of votes for an idea', async () => {
    for (const n of ['i1', 'i2', 'i3']) expect((await vote(await signIn(`${n}@example.ru`), { idea })).status).toBe(201);
    expect(await scan()).toBeGreaterThanOrEqual(1);
    const logged = (await anomalies()).find((a) => a.target === `idea:${idea}`);
    expect(logged).toMatchObject({ rule: 'new-voters', project, votes: 3, newVoterVotes: 3, review: 'open' });
    expect(logged.projectTitle).toMatch(/идея «Амфитеатр у воды»/);
  });

  it('the anomaly scan logs a burst from accounts verified long ago', async () => {
    const old = await Promise.all(['o1', 'o2', 'o3'].map((n) => signIn(`${n}@example.ru`)));
    const ids = old.map(voterOf).map((id) => `'${id}'`).join(', ');
    // These accounts were made two days ago (as farmed accounts kept signed in are).
    cms.sql(`UPDATE voters SET created_at = created_at ${cms.postgres ? "- interval '2 days'" : `- ${2 * 86_400_000}`} WHERE document_id IN (${ids})`);
    for (const cookie of old) expect((await vote(cookie, { project: otherProject })).status).toBe(201);
    expect(await scan()).toBeGreaterThanOrEqual(1);
    const logged = (await anomalies()).find((a) => a.target === `project:${otherProject}` && a.rule === 'old-voters');
    expect(logged).toMatchObject({ project: otherProject, votes: 3, newVoterVotes: 0 });
    // Voiding it voids exactly the accounts of the burst.
    expect((await admin(`api::vote-anomaly.vote-anomaly/${logged.documentId}`, { method: 'PUT', body: { review: 'voided' } })).status).toBe(200);
    expect((await counts()).projects[otherProject] ?? 0).toBe(0);
  });
});

describe('5. a resident cannot be locked out by someone else', () => {
  const ATTACKER = '198.51.100.66';
  const OWNER = '192.0.2.10';

  it('requests for someone else\'s address send the same code again and use up nothing of their quota', async () => {
    const email = 'owner.one@example.ru';
    expect((await call(requestCode, '/api/residents/code', { body: { email }, ip: ATTACKER })).status).toBe(202);
    const code = latestCode(outbox, email);
    const soon = await call(requestCode, '/api/residents/code', { body: { email }, ip: ATTACKER });
    expect(soon.status).toBe(429);
    // A request a minute, for longer than the old hourly quota of five codes allowed.
    for (let i = 0; i < 7; i += 1) {
      ageCodes(61);
      expect((await call(requestCode, '/api/residents/code', { body: { email }, ip: ATTACKER })).status).toBe(202);
      expect(latestCode(outbox, email)).toBe(code);
    }
    ageCodes(61);
    expect((await call(requestCode, '/api/residents/code', { body: { email }, ip: OWNER })).status).toBe(202);
    const signedIn = await call(verify, '/api/residents/verify', { body: { email, code: latestCode(outbox, email) }, ip: OWNER });
    expect(signedIn.status).toBe(200);
  });

  it('wrong guesses slow the guesser down and leave the owner\'s code working', async () => {
    const email = 'owner.two@example.ru';
    expect((await call(requestCode, '/api/residents/code', { body: { email }, ip: ATTACKER })).status).toBe(202);
    const right = latestCode(outbox, email);
    const wrong = right === '000000' ? '111111' : '000000';
    const guesses = [];
    for (let i = 0; i < 6; i += 1) guesses.push(await call(verify, '/api/residents/verify', { body: { email, code: wrong }, ip: ATTACKER }));
    expect(guesses.slice(0, 3).map((g) => g.body.error.name)).toEqual(['CodeInvalid', 'CodeInvalid', 'CodeInvalid']);
    for (const slowed of guesses.slice(3)) {
      expect(slowed.status).toBe(429);
      expect(slowed.body.error.message).toMatch(/Слишком много неверных кодов\. Следующую попытку можно сделать через \d+ с\./);
      expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const owner = await call(verify, '/api/residents/verify', { body: { email, code: right }, ip: OWNER });
    expect(owner.status).toBe(200);
  });

  it('when many addresses spend a code\'s tries, the owner gets a fresh code at once and signs in', async () => {
    const email = 'owner.three@example.ru';
    expect((await call(requestCode, '/api/residents/code', { body: { email } })).status).toBe(202);
    const spent = latestCode(outbox, email);
    const wrong = spent === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) await call(verify, '/api/residents/verify', { body: { email, code: wrong } });
    expect((await call(verify, '/api/residents/verify', { body: { email, code: spent }, ip: OWNER })).body.error.name).toBe('TooManyAttempts');
    expect((await call(requestCode, '/api/residents/code', { body: { email }, ip: OWNER })).status).toBe(202);
    const fresh = latestCode(outbox, email);
    expect((await call(verify, '/api/residents/verify', { body: { email, code: fresh }, ip: OWNER })).status).toBe(200);
  });
});

describe('6. voided or removed voters, and ending all sessions', () => {
  it('a voided voter cannot post a refinement', async () => {
    const cookie = await signIn('voided.resident@example.ru');
    const voided = await admin(`api::voter.voter/${voterOf(cookie)}`, { method: 'PUT', body: { voided: true, voidReason: 'Накрутка' } });
    expect(voided.status).toBe(200);
    const refused = await refine(cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.error.name).toBe('VoterVoided');
    const stored = await admin('api::refinement.refinement?pageSize=100');
    expect(stored.body.results.filter((r: any) => r.text === REFINEMENT)).toEqual([]);
  });

  it('a removed voter cannot post a refinement, and their cookie is cleared', async () => {
    const cookie = await signIn('removed.resident@example.ru');
    expect((await admin(`api::voter.voter/${voterOf(cookie)}`, { method: 'DELETE' })).status).toBe(200);
    const refused = await refine(cookie);
    expect(refused.status).toBe(401);
    expect(refused.body.error.name).toBe('UnknownVoter');
    expect(refused.headers.get('set-cookie')).toMatch(/^portal_resident=; .*Max-Age=0/);
    const stored = await admin('api::refinement.refinement?pageSize=100');
    expect(stored.body.results.filter((r: any) => r.text === REFINEMENT)).toEqual([]);
  });

  it('«Выйти на всех устройствах» ends every session: writes are refused, a new sign-in works', async () => {
    const email = 'two.devices@example.ru';
    const phone = await signIn(email);
    ageCodes(61);
    const laptop = await signIn(email);
    expect(voterOf(phone)).toBe(voterOf(laptop));
    expect((await vote(phone, { project })).status).toBe(201);

    const out = await call(logout, '/api/residents/logout', { body: { everywhere: true }, cookie: laptop });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ signedIn: false });
    expect(out.headers.get('set-cookie')).toMatch(/^portal_resident=; .*Max-Age=0/);

    for (const cookie of [phone, laptop]) {
      for (const write of [vote(cookie, { project: otherProject }), vote(cookie, { project }, 'DELETE'), refine(cookie)]) {
        const refused = await write;
        expect(refused.status).toBe(401);
        expect(refused.body.error.name).toBe('SessionEnded');
        expect(refused.body.error.message).toMatch(/Вы вышли на всех устройствах/);
      }
      expect((await call(me, '/api/residents/me', { cookie })).body).toEqual({ signedIn: false });
    }
    // An ended session cannot end the new ones.
    expect((await call(logout, '/api/residents/logout', { body: { everywhere: true }, cookie: phone })).status).toBe(401);

    const again = await signIn(email);
    expect((await vote(again, { project })).body.status).toBe('already');
    expect((await call(me, '/api/residents/me', { cookie: again })).body).toMatchObject({ signedIn: true, votes: { projects: [project] } });
  });

  it('logging out on this device alone ends nothing else', async () => {
    const email = 'one.device@example.ru';
    const phone = await signIn(email);
    ageCodes(61);
    const laptop = await signIn(email);
    const malformed = await call(logout, '/api/residents/logout', { body: { everywhere: 'да' }, cookie: laptop });
    expect(malformed.status).toBe(422);
    expect(malformed.body.error.details.fields.everywhere[0]).toBe('Укажите, выйти ли на всех устройствах');
    const out = await call(logout, '/api/residents/logout', { body: {}, cookie: laptop });
    expect(out.status).toBe(200);
    expect((await vote(phone, { project })).status).toBe(201);
  });
});
