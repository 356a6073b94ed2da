import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cmsJson } from './cms-client.js';
import { readEnv } from './env.js';

// Real HTTP servers play Strapi instances and the address CMS_VOTES_URL names; cmsJson is the thing under test.
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

async function serving(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An address where nothing listens (a server's port, closed again). */
async function nothingAt(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const answering = (who: string, calls: string[]) =>
  serving((req, res) => {
    calls.push(`${who} ${req.method} ${req.url}`);
    req.resume();
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'counted', count: 1, who }));
  });

describe('cmsJson with another base (CMS_VOTES_URL)', () => {
  it('calls the other base when it answers', async () => {
    const calls: string[] = [];
    const env = readEnv({ STRAPI_URL: await answering('strapi', calls), STRAPI_TOKEN: 't' });
    const votes = await answering('votes', calls);
    const answer = await cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: votes });
    expect(answer).toEqual({ status: 201, body: { status: 'counted', count: 1, who: 'votes' } });
    expect(calls).toEqual(['votes POST /api/votes/cast']);
  });

  it('falls back to STRAPI_URL when the other base refuses the connection', async () => {
    const calls: string[] = [];
    const env = readEnv({ STRAPI_URL: await answering('strapi', calls), STRAPI_TOKEN: 't' });
    const answer = await cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: await nothingAt() });
    expect(answer.body).toMatchObject({ who: 'strapi' });
    expect(calls).toEqual(['strapi POST /api/votes/cast']);
  });

  it('does not try again after a timeout: the vote may still be committed, and the time is spent', async () => {
    const calls: string[] = [];
    const env = readEnv({ STRAPI_URL: await answering('strapi', calls), STRAPI_TOKEN: 't' });
    const slow = await serving((req) => {
      calls.push('votes address, never answering');
      req.resume();
    });
    await expect(cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: slow, timeoutMs: 200 })).rejects.toMatchObject({ status: 503 });
    expect(calls).toEqual(['votes address, never answering']);
  });

  it('answers 503 when neither can be reached', async () => {
    const env = readEnv({ STRAPI_URL: await nothingAt(), STRAPI_TOKEN: 't' });
    await expect(cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: await nothingAt() })).rejects.toMatchObject({ status: 503 });
  });
});

describe('cmsJson over several CMS instances (STRAPI_URL with commas)', () => {
  const calls: string[] = [];
  afterEach(() => void calls.splice(0));

  /** A CMS that drops the connection once it has the request (a crash mid-request). */
  const dropping = (who: string) =>
    serving((req) => {
      calls.push(`${who} ${req.method} ${req.url}`);
      req.socket.destroy();
    });

  it('sends the calls to each instance in turn', async () => {
    const env = readEnv({ STRAPI_URL: `${await answering('a', calls)}, ${await answering('b', calls)}/`, STRAPI_TOKEN: 't' });
    expect(env.CMS_URLS).toHaveLength(2);
    for (let i = 0; i < 4; i += 1) await cmsJson(env, `/api/x${i}`);
    expect(calls.filter((c) => c.startsWith('a ')).length).toBe(2);
    expect(calls.filter((c) => c.startsWith('b ')).length).toBe(2);
  });

  it("sends one resident's calls (an affinity) to one instance, and the residents over all of them", async () => {
    const env = readEnv({ STRAPI_URL: `${await answering('a', calls)},${await answering('b', calls)}`, STRAPI_TOKEN: 't' });
    const residents = Array.from({ length: 40 }, (_, i) => `voter${i}`);
    const firstInstance = new Map<string, string>();
    for (const round of [0, 1, 2]) {
      for (const voter of residents) {
        const answer = (await cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, idempotent: true, affinity: voter })).body as { who: string };
        if (round === 0) firstInstance.set(voter, answer.who);
        else expect(answer.who).toBe(firstInstance.get(voter));
      }
    }
    expect(new Set(firstInstance.values())).toEqual(new Set(['a', 'b']));
  });

  it('sends any call, a write too, on to the next instance when one refuses the connection (nothing was sent)', async () => {
    const env = readEnv({ STRAPI_URL: `${await nothingAt()},${await nothingAt()},${await answering('c', calls)}`, STRAPI_TOKEN: 't' });
    for (let i = 0; i < 3; i += 1) {
      const answer = await cmsJson(env, '/api/residents/code', { method: 'POST', auth: true, body: {} });
      expect(answer.body).toMatchObject({ who: 'c' });
    }
    expect(calls).toEqual(Array(3).fill('c POST /api/residents/code'));
  });

  it('never sends a write that may have been received twice: a connection lost mid-request answers 503', async () => {
    const env = readEnv({ STRAPI_URL: `${await dropping('a')},${await dropping('b')}`, STRAPI_TOKEN: 't' });
    await expect(cmsJson(env, '/api/residents/code', { method: 'POST', auth: true, body: {} })).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(1);
  });

  it('sends an idempotent call (a vote) on to the next instance after a connection lost mid-request', async () => {
    const env = readEnv({ STRAPI_URL: `${await dropping('a')},${await answering('b', calls)}`, STRAPI_TOKEN: 't' });
    for (let i = 0; i < 2; i += 1) {
      const answer = await cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, idempotent: true });
      expect(answer.body).toMatchObject({ who: 'b' });
    }
    // The lost instance is tried once; the next call goes to the one that answers.
    expect(calls).toEqual(['a POST /api/votes/cast', 'b POST /api/votes/cast', 'b POST /api/votes/cast']);
  });

  it('names the variable when one of the URLs is wrong', () => {
    expect(() => readEnv({ STRAPI_URL: 'http://127.0.0.1:1337,not a url' })).toThrow(/STRAPI_URL/);
  });
});
