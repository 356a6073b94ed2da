import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicContentTypes } from '@portal/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import getStatus from '../../functions/get-application-status.mts';
import submit from '../../functions/submit-application.mts';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { hostileApplications } from '../fixtures/hostile-applications.ts';
import { outboxEmails } from '../support/outbox.ts';
import { SITE, STATUS_SECRET, adminLogin, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';

// Through the real functions into a real Strapi: what an applicant and an editor do, and what the
// public can see afterwards.
let cms: TestCms;
let token: string;
let outbox: string;
let ip = 0;

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  cms = await startTestCms({ OUTBOX_DIR: outbox, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
  token = await createApiToken(cms.url);
  Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: token, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
});
afterAll(async () => {
  await cms?.dispose();
  rmSync(outbox, { recursive: true, force: true });
});

async function apply(body: unknown, { key = `flow-${Math.random().toString(36).slice(2)}-${'k'.repeat(16)}`, raw = false, contentType = 'application/json' } = {}) {
  const res = await submit(
    new Request(`${SITE}/api/applications`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'idempotency-key': key },
      body: raw ? (body as BodyInit) : JSON.stringify(body),
    }),
    { ip: `198.51.100.${++ip % 250}` } as never,
  );
  return { status: res.status, body: (await res.json()) as any };
}

async function applicationCount(): Promise<number> {
  const { status, body } = await rest(cms.url, '/api/applications', { token });
  expect(status).toBe(200);
  return body.meta.pagination.total;
}

/** An editor moves the collection stage of the 2020 round around today, as in the admin panel. */
async function openCollectionWindow(): Promise<void> {
  const { body } = await rest(cms.url, '/api/selection-rounds');
  const round = body.data[0];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const stages = round.stages.map(({ id: _id, ...s }: any) => (s.kind === 'collection' ? { ...s, startDate: day(-5), endDate: day(5) } : s));
  const res = await rest(cms.url, `/api/selection-rounds/${round.documentId}`, { method: 'PUT', token, body: { data: { stages } } });
  expect(res.status).toBe(200);
}

describe('applying', () => {
  it('is refused outside the collection window, with the dates', async () => {
    const { status, body } = await apply(validApplication());
    expect(status).toBe(403);
    expect(body.error.message).toBe('Приём заявок на отбор 2020 года закрыт. Заявки принимаются с 13 января 2020 по 17 февраля 2020.');
    expect(await applicationCount()).toBe(0);
  });

  it('inside the window: a reference, a private status link that works, and the same link by email', async () => {
    await openCollectionWindow();
    const key = `double-click-${'d'.repeat(16)}`;
    const [first, second] = await Promise.all([apply(validApplication(), { key }), apply(validApplication(), { key })]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.body.reference).toBe(second.body.reference);
    expect(first.body.reference).toMatch(/^2020-\d{6}$/);
    expect(await applicationCount()).toBe(1);

    const link: string = first.body.statusUrl;
    const res = await getStatus(
      new Request(`${SITE}/api/application-status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: link.split('#')[1] }) }),
      { ip: '198.51.100.200' } as never,
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reference: first.body.reference, stage: 'submitted', moderation: 'pending' });

    const confirmation = outboxEmails(outbox).find((e) => e.includes(first.body.reference));
    expect(confirmation).toContain(link);
  });

  it('refuses every malformed or hostile body with a Russian 4xx and stores nothing', async () => {
    const before = await applicationCount();
    const failures: string[] = [];
    for (const c of hostileApplications()) {
      const { status, body } = await apply(c.body, { raw: c.raw, contentType: c.contentType });
      if (status < 400 || status >= 500 || !/[а-яё]/i.test(body?.error?.message ?? '')) failures.push(`${c.name}: ${status}`);
    }
    expect(failures).toEqual([]);
    expect(await applicationCount()).toBe(before);
  });
});

describe('privacy', () => {
  it('no public API answer carries the applicant’s contacts or CV, even after the project is published', async () => {
    const { body } = await rest(cms.url, '/api/applications', { token });
    const application = body.data[0];
    const jwt = await adminLogin(cms.url);
    const res = await fetch(`${cms.url}/content-manager/collection-types/api::application.application/${application.documentId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ moderation: 'published' }),
    });
    expect(res.status).toBe(200);
    const projects = await rest(cms.url, '/api/projects');
    expect(projects.body.data).toHaveLength(1);

    const answers: string[] = [];
    for (const type of Object.values(publicContentTypes)) answers.push(JSON.stringify((await rest(cms.url, `/api/${type.path}`)).body));
    answers.push(JSON.stringify((await rest(cms.url, '/api/applications', { token })).body));
    for (const marker of [PRIVATE_MARKERS.email, PRIVATE_MARKERS.phone, PRIVATE_MARKERS.cvText, '987 654', '9876543210']) {
      for (const answer of answers) expect(answer).not.toContain(marker);
    }
    expect((await rest(cms.url, '/api/applications')).status).toBe(403);
  });
});
