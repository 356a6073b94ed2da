import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { statusToken, verifyStatusToken } from '@portal/schema/status-link';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRIVATE_MARKERS, validApplication } from '../../tests/fixtures/application.ts';
import { hostileApplications } from '../../tests/fixtures/hostile-applications.ts';
import getStatus from '../get-application-status.mjs';
import submit from '../submit-application.mjs';

// The function is the thing under test; a small HTTP server plays the CMS (its real counterpart is
// exercised in tests/integration). The round's collection window is moved around today.
const root = join(import.meta.dirname, '..', '..');
const [seedRound] = JSON.parse(readFileSync(join(root, 'content', 'selection-rounds.json'), 'utf8'));
const topics = JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8'));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let server: Server;
let cmsUp = true;
let window = { startDate: day(-3), endDate: day(3) };
const submitted: any[] = [];
const byKey = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      if (!cmsUp) return void res.writeHead(502).end();
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/api/selection-rounds') {
        const stages = seedRound.stages.map((s: any) => (s.kind === 'collection' ? { ...s, ...window } : s));
        return send(200, { data: [{ ...seedRound, stages, documentId: 'r' }], meta: { pagination: { page: 1, pageSize: 1, pageCount: 1, total: 1 } } });
      }
      // The link's version check: every application here is on its first link.
      const linkMatch = /^\/api\/applications\/status-link\/(\d{4}-\d{6})\/(\d+)$/.exec(url.pathname);
      if (linkMatch && req.headers.authorization === 'Bearer test-token') {
        if (![...byKey.values()].includes(linkMatch[1]!)) return send(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } });
        if (linkMatch[2] !== '1') return send(410, { data: null, error: { status: 410, name: 'StatusLinkRevoked', message: 'Эта ссылка на статус заявки отозвана.', details: {} } });
        return send(200, { reference: linkMatch[1], valid: true });
      }
      const statusMatch = /^\/api\/applications\/status\/(\d{4}-\d{6})$/.exec(url.pathname);
      if (statusMatch && req.headers.authorization === 'Bearer test-token') {
        if (![...byKey.values()].includes(statusMatch[1]!)) {
          return send(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } });
        }
        return send(200, {
          reference: statusMatch[1], title: 'Сад на крыше бывшей фабрики', stage: 'review_failed', moderation: 'published', moderationReason: null,
          topicFit: 'pass', topicFitReason: null, completenessDecision: 'fail', completenessReason: 'Нет видеоролика о команде',
        });
      }
      if (url.pathname === '/api/topics') return send(200, { data: topics.map((t: any) => ({ ...t, documentId: t.slug })), meta: {} });
      if (url.pathname === '/api/applications/submit' && req.headers.authorization === 'Bearer test-token') {
        const body = JSON.parse(Buffer.concat(chunks).toString());
        submitted.push(body);
        const existing = byKey.get(body.idempotencyKey);
        if (existing) return send(200, { reference: existing, created: false, statusLinkVersion: 1 });
        const reference = `${body.year}-${String(byKey.size + 1).padStart(6, '0')}`;
        byKey.set(body.idempotencyKey, reference);
        return send(201, { reference, created: true, statusLinkVersion: 1 });
      }
      send(403, { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  Object.assign(process.env, {
    STRAPI_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    STRAPI_TOKEN: 'test-token',
    STATUS_LINK_SECRET: 'a-long-enough-secret-for-tests',
    SITE_URL: 'https://portal.example',
  });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  cmsUp = true;
  window = { startDate: day(-3), endDate: day(3) };
  submitted.length = 0;
});

let ipCounter = 0;
async function post(body: unknown, { key = `key-${'x'.repeat(20)}-${Math.random().toString(36).slice(2)}`, ip = `10.0.0.${++ipCounter % 250}`, type = 'application/json' } = {}) {
  const res = await submit(
    new Request('https://portal.example/api/applications', {
      method: 'POST',
      headers: { 'content-type': type, ...(key ? { 'idempotency-key': key } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { ip } as never,
  );
  return { status: res.status, body: (await res.json()) as any };
}

describe('POST /api/applications', () => {
  it('stores a valid application and answers its reference and a private status link', async () => {
    const { status, body } = await post(validApplication());
    expect(status).toBe(201);
    expect(body.reference).toMatch(/^2020-\d{6}$/);
    const token = body.statusUrl.split('#')[1];
    expect(body.statusUrl.startsWith('https://portal.example/application-status/#')).toBe(true);
    expect(verifyStatusToken(token, 'a-long-enough-secret-for-tests')).toBe(body.reference);
    expect(submitted[0].data.contacts.phone).toBe(PRIVATE_MARKERS.phone);
  });

  it('answers the same reference to a retry with the same key and creates nothing', async () => {
    const key = `retry-${'k'.repeat(20)}`;
    const first = await post(validApplication(), { key });
    const second = await post(validApplication(), { key });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ reference: first.body.reference, created: false });
  });

  it('refuses outside the collection window, naming the dates', async () => {
    window = { startDate: day(-30), endDate: day(-10) };
    const { status, body } = await post(validApplication());
    expect(status).toBe(403);
    const ru = (iso: string) => `${new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))} ${iso.slice(0, 4)}`;
    expect(body.error.message).toBe(`Приём заявок на отбор 2020 года закрыт. Заявки принимаются с ${ru(window.startDate)} по ${ru(window.endDate)}.`);
    expect(body.error.details.window).toEqual(window);
    expect(submitted).toHaveLength(0);
  });

  it('names every invalid field in Russian and stores nothing', async () => {
    const bad = validApplication();
    bad.team = Array.from({ length: 7 }, () => bad.team[0]);
    bad.budget.total = 1;
    const { status, body } = await post(bad);
    expect(status).toBe(422);
    expect(body.error.details.fields.team).toEqual(['В команде не больше 5 человек, включая лидера']);
    expect(body.error.details.fields['budget.total']).toEqual(['Сумма статей не равна общему бюджету: проверьте суммы']);
    expect(submitted).toHaveLength(0);
  });

  it('turns away a filled honeypot', async () => {
    const { status } = await post({ ...validApplication(), website: 'http://spam.example' });
    expect(status).toBe(400);
    expect(submitted).toHaveLength(0);
  });

  it('needs an idempotency key', async () => {
    const { status, body } = await post(validApplication(), { key: '' });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/ключа повторной отправки/);
  });

  it('answers 503, not 500, when the CMS is down', async () => {
    cmsUp = false;
    const { status, body } = await post(validApplication());
    expect(status).toBe(503);
    expect(body.error.message).toMatch(/временно недоступен/);
  });

  it('limits submissions per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post({}, { ip: '192.0.2.77' })).status);
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

async function status(token: unknown, ip = `10.1.0.${++ipCounter % 250}`) {
  const res = await getStatus(
    new Request('https://portal.example/api/application-status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) }),
    { ip } as never,
  );
  return { status: res.status, body: (await res.json()) as any };
}

describe('POST /api/application-status', () => {
  it('shows the stage and the reviewer’s reasons for the link’s application, and nothing else', async () => {
    const { body: created } = await post(validApplication());
    const { status: code, body } = await status(created.statusUrl.split('#')[1]);
    expect(code).toBe(200);
    expect(body).toEqual({
      reference: created.reference,
      title: 'Сад на крыше бывшей фабрики',
      stage: 'review_failed',
      moderation: 'published',
      moderationReason: null,
      review: { topicFit: { decision: 'pass', reason: null }, completeness: { decision: 'fail', reason: 'Нет видеоролика о команде' } },
      // The team's desk is empty until the project is published and residents write.
      project: null,
      refinements: [],
      ideas: [],
    });
  });

  it.each([
    ['a forged signature', statusToken('2020-000001', 'not-the-real-secret-at-all')],
    ['a bare reference', '2020-000001'],
    ['garbage', '<script>'],
    ['a valid link to an unknown application', statusToken('2020-999999', 'a-long-enough-secret-for-tests')],
  ])('answers 404 with a Russian message for %s', async (_name, token) => {
    const { status: code, body } = await status(token);
    expect(code).toBe(404);
    expect(body.error.message).toMatch(/Ссылка на статус заявки не найдена/);
  });

  it('answers 4xx to a body without a token', async () => {
    const { status: code } = await status(undefined);
    expect(code).toBe(422);
  });
});

describe('a corpus of malformed and hostile bodies', () => {
  const cases = hostileApplications();

  it('has at least 100 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s → 4xx JSON with a Russian message, nothing stored', async (_name, c) => {
    const res = await submit(
      new Request('https://portal.example/api/applications', {
        method: 'POST',
        headers: { 'content-type': c.contentType ?? 'application/json', 'idempotency-key': `hostile-${'h'.repeat(20)}-${++ipCounter}` },
        body: c.raw ? (c.body as BodyInit) : JSON.stringify(c.body),
      }),
      { ip: `10.2.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}` } as never,
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as any;
    expect(body.error.message).toMatch(/[а-яё]/i);
    expect(submitted).toHaveLength(0);
  });
});
