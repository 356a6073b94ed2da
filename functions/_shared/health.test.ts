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

async function health(env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const res = await getHealth(new Request('http://localhost/api/health'));
    return { status: res.status, body: (await res.json()) as { status: string; cms: { status: string; reason?: string } } };
  } finally {
    process.env = saved;
  }
}

describe('GET /api/health', () => {
  it('is 200 when Strapi’s /_health answers 204', async () => {
    const url = await cmsAnswering((req, res) => res.writeHead(req.url === '/_health' ? 204 : 404).end());
    const { status, body } = await health({ STRAPI_URL: url });
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', cms: { status: 'up' } });
  });

  it('is 503 when the CMS answers an error', async () => {
    const url = await cmsAnswering((_req, res) => res.writeHead(500).end());
    const { status, body } = await health({ STRAPI_URL: url });
    expect(status).toBe(503);
    expect(body.cms).toMatchObject({ status: 'down', reason: 'CMS answered HTTP 500' });
  });

  it('is 503 when the CMS does not answer in time', async () => {
    const url = await cmsAnswering(() => undefined);
    const { status, body } = await health({ STRAPI_URL: url, CMS_TIMEOUT_MS: '200' });
    expect(status).toBe(503);
    expect(body.cms.reason).toMatch(/within 200 ms/);
  });

  it('is 503 when nothing listens at STRAPI_URL', async () => {
    const url = await cmsAnswering(() => undefined);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const { status, body } = await health({ STRAPI_URL: url });
    expect(status).toBe(503);
    expect(body.cms.reason).toBe('CMS is unreachable');
  });
});
