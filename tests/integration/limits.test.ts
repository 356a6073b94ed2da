import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import refinements from '../../functions/refinements.mts';
import votes from '../../functions/votes.mts';
import { adminLogin, rest, type TestCms } from '../support/portal.ts';
import { callFunction, moveCollectionWindow, publishedProject, signInResident, startCmsForFunctions, voterOfCookie } from '../support/residents.ts';

// Per-resident limits live in the database, not in one CMS process's memory: attempts made through
// another CMS process sharing the database (written here behind Strapi's back, as that process
// would) and attempts made before a restart count. SQLite, and PostgreSQL in the second run.
let cms: TestCms;
let token: string;
let outbox: string;
let project: string;

beforeAll(async () => {
  ({ cms, outbox, token } = await startCmsForFunctions({ VOTES_PER_VOTER_PER_MINUTE: '3', REFINEMENTS_PER_VOTER_PER_HOUR: '1' }));
  await moveCollectionWindow(cms.url, token, -5, 5);
  ({ documentId: project } = await publishedProject(cms.url, token, await adminLogin(cms.url), 'Сквер у школы'));
});
afterAll(async () => {
  await cms?.dispose();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

const counts = async () => (await rest(cms.url, '/api/votes/counts')).body.projects[project] ?? 0;

describe('per-resident limits across CMS processes', () => {
  it('counts a resident\'s votes per minute in the database: attempts through another CMS process count here', async () => {
    const resident = await signInResident(outbox, 'limits.votes@example.ru');
    expect((await callFunction(votes, '/api/votes', { body: { project }, cookie: resident })).status).toBe(201);
    expect((await callFunction(votes, '/api/votes', { method: 'DELETE', body: { project }, cookie: resident })).status).toBe(200);
    // Another CMS process took two more this minute (and the next, should the minute turn meanwhile).
    const minute = Math.floor(Date.now() / 60_000);
    const voter = voterOfCookie(resident);
    cms.sql(`INSERT INTO portal_vote_attempts (voter, minute, n) VALUES ('${voter}', ${minute}, 2), ('${voter}', ${minute + 1}, 3)
      ON CONFLICT (voter, minute) DO UPDATE SET n = portal_vote_attempts.n + 2`);
    const refused = await callFunction(votes, '/api/votes', { body: { project }, cookie: resident });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^Слишком много голосов подряд\. Попробуйте через \d+ с\.$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await counts()).toBe(0);
    // Another resident is not affected.
    const other = await signInResident(outbox, 'limits.other@example.ru');
    expect((await callFunction(votes, '/api/votes', { body: { project }, cookie: other })).body).toEqual({ status: 'counted', count: 1 });
  });

  it("counts a resident's refinements per hour in the database: a restarted CMS still refuses the one over the limit", async () => {
    const resident = await signInResident(outbox, 'limits.refinements@example.ru');
    const text = (n: number) => `Поставить у входа в сквер скамейки и урны, вариант ${n}`;
    expect((await callFunction(refinements, '/api/refinements', { body: { project, text: text(1) }, cookie: resident })).status).toBe(201);
    await cms.restart();
    const refused = await callFunction(refinements, '/api/refinements', { body: { project, text: text(2) }, cookie: resident });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^Слишком много доработок за час\. Попробуйте через \d+ мин\.$/);
  });
});
