import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { fromCms } from './support.ts';

// A body netlify dev cannot take used to end the whole local portal (the front proxy in
// scripts/lib/services.ts explains why). Now it gets production's answer — 413 over 6 MB — and the
// site and the functions keep serving.

const TWELVE_MB = 12 * 1024 * 1024;

/** The portal still serves: the functions and the home page with its heading. */
async function expectPortalServing(request: APIRequestContext): Promise<void> {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  const programme = await fromCms<{ name: string }>('programme');
  expect(await home.text()).toContain(`<h1 id="hero-heading">${programme.name}</h1>`);
}

function expectTooLarge(body: unknown): void {
  expect(body).toEqual({
    error: { status: 413, name: 'PayloadTooLargeError', message: 'Запрос слишком большой: не более 6 МБ.', details: {} },
  });
}

test('a 12 MB application is refused with 413 in the error shape, and the portal keeps serving', async ({ request }) => {
  test.setTimeout(15_000);
  const res = await request.post('/api/applications', {
    headers: { 'content-type': 'application/json', 'idempotency-key': 'oversized-body-e2e' },
    data: Buffer.alloc(TWELVE_MB, 'a'),
  });
  expect(res.status()).toBe(413);
  expect(res.headers()['content-type']).toMatch(/^application\/json/);
  expectTooLarge(await res.json());
  await expectPortalServing(request);
});

test('the same without Content-Length (chunked) gets the same 413', async ({ request, baseURL }) => {
  test.setTimeout(15_000);
  const port = Number(new URL(baseURL!).port);
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/applications', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    for (let i = 0; i < 12; i++) req.write(chunk);
    req.end();
  });
  expect(answer.status).toBe(413);
  expectTooLarge(JSON.parse(answer.body));
  await expectPortalServing(request);
});

test('a client that leaves in the middle of its body does not stop the portal', async ({ request, baseURL }) => {
  test.setTimeout(15_000);
  const port = Number(new URL(baseURL!).port);
  await new Promise<void>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /api/applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"team":');
      // Gone before the rest of the body: netlify dev exits on a body cut short when it reads it itself.
      socket.end(() => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', reject);
  });
  await expectPortalServing(request);
});
