import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import votes from '../../functions/votes.mts';
import { type RunningStrapi, startStrapi } from '../../scripts/lib/services.ts';
import { SITE, STATUS_SECRET, EDITOR, adminLogin, contentManager, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually, startReceiver } from '../support/receiver.ts';
import { callFunction, functionsUseCms, moveCollectionWindow, publishedProject, signInResident, voterOfCookie } from '../support/residents.ts';

// Two CMS instances on one PostgreSQL database (the production shape, issue 17): the functions
// spread their calls over both; a build-hook burst made through both sends one POST; a change
// made through one instance is seen by the other within a second; scheduled jobs run once per
// firing between them; killing one in the middle of a vote run loses no acknowledged vote and
// answers no 5xx. PostgreSQL only (vitest.config.ts): SQLite has one instance.
const env = (outbox: string, hook: string) => ({ OUTBOX_DIR: outbox, BUILD_HOOK_URL: hook, BUILD_HOOK_DEBOUNCE_MS: '1500', BUILD_HOOK_MIN_INTERVAL_MS: '0', MAIL_QUEUE_SECONDS: '1', VOTES_PER_VOTER_PER_MINUTE: '1000' });
/** The stamps are read every second (cms/src/cluster/stamps.ts); one more for the query and the request. */
const STAMP_BOUND_MS = 2000;

let a: TestCms;
let b: RunningStrapi;
let hook: Awaited<ReturnType<typeof startReceiver>>;
let outbox: string;
let token: string;
let jwt: string;
const projects: string[] = [];

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-replicas-outbox-'));
  hook = await startReceiver();
  a = await startTestCms(env(outbox, hook.url));
  // The second instance: the same database and secrets, started once the first has set the database up.
  b = await startStrapi({ postgres: a.postgres, secrets: a.secrets, env: { ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password, VOTER_HASH_KEY: 'test-voter-hash-key-0123456789', ...env(outbox, hook.url) }, logFile: join(a.dir, 'strapi-b.log') });
  token = await createApiToken(a.url);
  jwt = await adminLogin(a.url);
  functionsUseCms(a, token, STATUS_SECRET, SITE);
  process.env.STRAPI_URL = `${a.url},${b.url}`;
  delete process.env.CMS_VOTES_URL;
  await moveCollectionWindow(a.url, token, -1, 10);
  for (const title of ['Двор для всех поколений', 'Сквер у реки', 'Библиотека без стен']) projects.push((await publishedProject(a.url, token, jwt, title)).documentId);
});

afterAll(async () => {
  await b?.stop();
  await a?.dispose();
  await hook?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const leaseOf = async (name: string) => {
  const { rows } = await queryRows(`SELECT slot, runs FROM portal_leases WHERE name = '${name}'`);
  return rows[0] as { slot: string; runs: string } | undefined;
};
/** Reads the shared database as an operator's psql would (psql's CSV output). */
async function queryRows(sql: string): Promise<{ rows: Record<string, string>[] }> {
  const { spawnSync } = await import('node:child_process');
  const { testPostgres } = await import('../support/postgres.ts');
  const pg = await testPostgres();
  const out = spawnSync(join(pg.binDir, 'psql'), ['-h', pg.host, '-p', String(pg.port), '-U', pg.user, '-d', a.postgres!.database, '--csv', '-c', sql], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  const [head, ...lines] = out.stdout.trim().split('\n');
  const names = head!.split(',');
  return { rows: lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v]))) };
}

describe('two CMS instances on one PostgreSQL', () => {
  it('runs a scheduled job once per firing although both instances fire it', async () => {
    // The expert-link queue fires every second in each instance (MAIL_QUEUE_SECONDS=1).
    const before = await eventually(() => leaseOf('expertLinks'), 'the first run of the link queue');
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const after = (await leaseOf('expertLinks'))!;
    const firings = Math.ceil((Date.now() - started) / 1000) + 1;
    const runs = Number(after.runs) - Number(before.runs);
    expect(runs).toBeGreaterThanOrEqual(2);
    // At most one run per slot (per firing), although two instances fire each one.
    expect(runs).toBeLessThanOrEqual(Number(after.slot) - Number(before.slot));
    expect(runs).toBeLessThanOrEqual(firings);
  });

  it('sends one build-hook POST for a burst of changes made through both instances', async () => {
    const { body } = await rest(a.url, '/api/topics?sort=order:asc');
    const [first, second] = body.data.map((t: any) => t.documentId as string);
    // The seed's POST named these topics too: only what arrives from now on counts.
    const earlier = hook.received.length;
    expect((await rest(a.url, `/api/topics/${first}`, { method: 'PUT', token, body: { data: { summary: 'Через первый экземпляр' } } })).status).toBe(200);
    expect((await rest(b.url, `/api/topics/${second}`, { method: 'PUT', token, body: { data: { summary: 'Через второй экземпляр' } } })).status).toBe(200);
    const naming = () => hook.received.slice(earlier).filter((r) => [first, second].some((id) => r.body?.documentIds?.includes(id)));
    const post = await eventually(() => naming().find((r) => [first, second].every((id) => r.body?.documentIds?.includes(id))), 'one POST naming both topics');
    // The other instance's quiet period (1.5 s) ends within a second of this one's: by 3 s it has
    // found nothing left to send (without the shared changes it would POST its own topic).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(naming()).toEqual([post]);
  });

  it('an unpublished project stops taking votes through the other instance within the stated bound', async () => {
    const cookie = await signInResident(outbox, 'stamps@example.test');
    const voter = voterOfCookie(cookie);
    const vote = (target: string) => rest(b.url, '/api/votes/cast', { method: 'POST', token, body: { voter, target: { kind: 'project', id: target } } });
    // Instance B caches the project as live…
    expect((await vote(projects[2]!)).status).toBe(201);
    // …and A unpublishes it, as an editor would.
    const unpublished = await contentManager(a.url, jwt, `api::project.project/${projects[2]}/actions/unpublish`, { method: 'POST', body: {} });
    expect(unpublished.status).toBe(200);
    const changedAt = Date.now();
    await eventually(async () => (await rest(b.url, '/api/votes/withdraw', { method: 'POST', token, body: { voter, target: { kind: 'project', id: projects[2] } } })).status === 404, 'B refusing the unpublished project', STAMP_BOUND_MS * 2);
    expect(Date.now() - changedAt).toBeLessThanOrEqual(STAMP_BOUND_MS);
  });

  it('an API token deleted through one instance stops working on the other within the stated bound', async () => {
    const name = `revoked-${Date.now()}`;
    const revoked = await createApiToken(a.url, name);
    const counts = () => rest(b.url, '/api/votes/cast', { method: 'POST', token: revoked, body: {} });
    // B remembers the token as valid (the body is refused, the token is not)…
    expect((await counts()).status).toBe(400);
    const list = await fetch(`${a.url}/admin/api-tokens`, { headers: { authorization: `Bearer ${jwt}` } }).then((r) => r.json() as Promise<any>);
    const id = list.data.find((t: any) => t.name === name).id;
    // …and an editor deletes it through A.
    expect((await fetch(`${a.url}/admin/api-tokens/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${jwt}` } })).status).toBe(200);
    const deletedAt = Date.now();
    await eventually(async () => (await counts()).status === 403, 'B refusing the deleted token', STAMP_BOUND_MS * 2);
    expect(Date.now() - deletedAt).toBeLessThanOrEqual(STAMP_BOUND_MS);
  });

  it('loses no acknowledged vote and answers no 5xx when one instance is killed in the middle of a vote run', async () => {
    const cookies: string[] = [];
    for (let i = 0; i < 30; i += 1) cookies.push(await signInResident(outbox, `replica-voter-${i}@example.test`));
    const plan = cookies.flatMap((cookie) => projects.slice(0, 2).map((project) => ({ cookie, project })));
    const answers: Array<{ status: number; project: string; voter: string }> = [];
    let next = 0;
    let killed = false;
    const client = async () => {
      while (next < plan.length) {
        const { cookie, project } = plan[next++]!;
        if (!killed && next >= plan.length / 3) {
          killed = true;
          process.kill(-b.process.child.pid!, 'SIGKILL');
        }
        const res = await callFunction(votes, '/api/votes', { body: { project }, cookie, ip: '198.51.100.7' });
        answers.push({ status: res.status, project, voter: voterOfCookie(cookie) });
      }
    };
    await Promise.all(Array.from({ length: 6 }, client));
    await b.exited;
    expect(answers.filter((x) => x.status >= 500)).toEqual([]);
    const acknowledged = answers.filter((x) => x.status === 200 || x.status === 201);
    expect(acknowledged).toHaveLength(plan.length);
    const counts = await rest(a.url, '/api/votes/counts');
    for (const project of projects.slice(0, 2)) expect(counts.body.projects[project]).toBe(new Set(acknowledged.filter((x) => x.project === project).map((x) => x.voter)).size);
  });
});
