import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cmsJson } from './cms-client.js';
import { readEnv } from './env.js';

// Real HTTP servers play Strapi and its vote lane; cmsJson is the thing under test.
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

describe('cmsJson with another base (the vote lane)', () => {
  it('calls the other base when it answers', async () => {
    const calls: string[] = [];
    const env = readEnv({ STRAPI_URL: await answering('strapi', calls), STRAPI_TOKEN: 't' });
    const lane = await answering('lane', calls);
    const answer = await cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: lane });
    expect(answer).toEqual({ status: 201, body: { status: 'counted', count: 1, who: 'lane' } });
    expect(calls).toEqual(['lane POST /api/votes/cast']);
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
      calls.push('lane, never answering');
      req.resume();
    });
    await expect(cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: slow, timeoutMs: 200 })).rejects.toMatchObject({ status: 503 });
    expect(calls).toEqual(['lane, never answering']);
  });

  it('answers 503 when neither can be reached', async () => {
    const env = readEnv({ STRAPI_URL: await nothingAt(), STRAPI_TOKEN: 't' });
    await expect(cmsJson(env, '/api/votes/cast', { method: 'POST', auth: true, body: {}, base: await nothingAt() })).rejects.toMatchObject({ status: 503 });
  });
});
