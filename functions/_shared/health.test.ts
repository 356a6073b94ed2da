import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import getHealth from '../get-health.mjs';

// A real HTTP server plays the CMS; the function is the thing under test.
let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function cmsAnswering(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const TOKEN = 'health-monitor-token-0123456789';

/** Calls the function with these variables set (undefined: unset) beside HEALTH_TOKEN. */
async function health(env: Record<string, string | undefined>, headers: HeadersInit = {}) {
  const saved = { ...process.env };
  for (const [name, value] of Object.entries({ HEALTH_TOKEN: TOKEN, ...env })) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  try {
    const res = await getHealth(new Request('http://localhost/api/health', { headers }));
    return { status: res.status, body: (await res.json()) as any };
  } finally {
    process.env = saved;
  }
}
/** The same, as a monitor holding HEALTH_TOKEN asks it. */
const healthDetails = (env: Record<string, string>) => health(env, { authorization: `Bearer ${TOKEN}` });

describe('GET /api/health', () => {
  it('is 200 when Strapi’s /_health answers 204, and says only that', async () => {
    const url = await cmsAnswering((req, res) => res.writeHead(req.url === '/_health' ? 204 : 404).end());
    expect(await health({ STRAPI_URL: url })).toEqual({ status: 200, body: { status: 'ok' } });
    const { status, body } = await healthDetails({ STRAPI_URL: url });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', configuration: { status: 'valid' }, cms: { status: 'up' } });
  });

  it('is 503 when the CMS answers an error; the reason only for the token holder', async () => {
    const url = await cmsAnswering((_req, res) => res.writeHead(500).end());
    expect(await health({ STRAPI_URL: url })).toEqual({ status: 503, body: { status: 'degraded' } });
    const { status, body } = await healthDetails({ STRAPI_URL: url });
    expect(status).toBe(503);
    expect(body.cms).toMatchObject({ status: 'down', reason: 'CMS answered HTTP 500' });
  });

  it('is 503 when the CMS does not answer in time', async () => {
    const url = await cmsAnswering(() => undefined);
    const { status, body } = await healthDetails({ STRAPI_URL: url, CMS_TIMEOUT_MS: '200' });
    expect(status).toBe(503);
    expect(body.cms.reason).toMatch(/within 200 ms/);
  });

  it('is 503 when nothing listens at STRAPI_URL', async () => {
    const url = await cmsAnswering(() => undefined);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const { status, body } = await healthDetails({ STRAPI_URL: url });
    expect(status).toBe(503);
    expect(body.cms.reason).toBe('CMS is unreachable');
  });

  it('checks every CMS instance of a list and names a failing one by its place, not its address', async () => {
    const up = await cmsAnswering((_req, res) => res.writeHead(204).end());
    const first = server;
    const down = await cmsAnswering(() => undefined);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = first;
    const { status, body } = await healthDetails({ STRAPI_URL: `${up},${down}` });
    expect(status).toBe(503);
    expect(body.cms.reason).toBe('instance 2 of 2: CMS is unreachable');
    expect(JSON.stringify(body)).not.toContain(down.split(':').pop());
  });

  it('answers «degraded» with no names and no stack when a variable is wrong, and names it to the token holder', async () => {
    const misconfigured = { STRAPI_URL: 'cms internal host', CMS_TIMEOUT_MS: 'soon' };
    expect(await health(misconfigured)).toEqual({ status: 503, body: { status: 'degraded' } });

    const { status, body } = await healthDetails(misconfigured);
    expect(status).toBe(503);
    expect(body.configuration.problems).toEqual([
      expect.stringMatching(/^STRAPI_URL: STRAPI_URL must be an absolute URL/),
      expect.stringMatching(/^CMS_TIMEOUT_MS: /),
    ]);
    // Names and rules, never the values.
    expect(JSON.stringify(body)).not.toMatch(/internal host|soon/);
  });

  it('gives a wrong token, or a token when HEALTH_TOKEN is unset, the public answer', async () => {
    const url = await cmsAnswering((_req, res) => res.writeHead(204).end());
    expect(await health({ STRAPI_URL: url }, { authorization: `Bearer ${TOKEN.replace('0', '1')}` })).toEqual({ status: 200, body: { status: 'ok' } });
    const unset = await health({ STRAPI_URL: url, HEALTH_TOKEN: undefined }, { authorization: `Bearer ${TOKEN}` });
    expect(unset).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
