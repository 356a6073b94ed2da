import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import getStatus from '../../functions/get-application-status.mts';
import submit from '../../functions/submit-application.mts';
import team from '../../functions/team.mts';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { hostileApplications } from '../fixtures/hostile-applications.ts';
import { outboxEmails } from '../support/outbox.ts';
import { SITE, STATUS_SECRET, adminLogin, contentManager, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { moveCollectionWindow } from '../support/residents.ts';

// An Idempotency-Key is not a credential, and a status link can be taken back: through the real
// functions into a real Strapi, as an applicant, an attacker who saw someone's key, and an editor.
const APPLICATION = 'api::application.application';
let cms: TestCms;
let token: string;
let jwt: string;
let outbox: string;
let ip = 0;

async function apply(body: unknown, key: string) {
  const res = await submit(
    new Request(`${SITE}/api/applications`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) }),
    { ip: `198.51.100.${++ip % 250}` } as never,
  );
  return { status: res.status, body: (await res.json()) as any };
}

async function status(link: string) {
  const res = await getStatus(
    new Request(`${SITE}/api/application-status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: link.split('#')[1] }) }),
    { ip: `192.0.2.${++ip % 250}` } as never,
  );
  return { status: res.status, body: (await res.json()) as any };
}

async function applicationCount(): Promise<number> {
  return (await rest(cms.url, '/api/applications', { token })).body.meta.pagination.total;
}

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  cms = await startTestCms({ OUTBOX_DIR: outbox, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
  token = await createApiToken(cms.url);
  jwt = await adminLogin(cms.url);
  Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: token, STATUS_LINK_SECRET: STATUS_SECRET, SITE_URL: SITE });
  // The 2020 round's collection stage around today, as an editor sets it.
  await moveCollectionWindow(cms.url, token, -5, 5);
});
afterAll(async () => {
  await cms?.dispose();
  rmSync(outbox, { recursive: true, force: true });
});

describe('an Idempotency-Key', () => {
  it('gives the status link to the submission that created it and to exact retries only', async () => {
    const key = `victim-key-${'v'.repeat(16)}`;
    const first = await apply(validApplication(), key);
    expect(first.status).toBe(201);
    // The same application again — keys written in another order — is a retry: same reference and link.
    const reordered = Object.fromEntries(Object.entries(validApplication()).reverse());
    const retry = await apply(reordered, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual({ ...first.body, created: false });

    // Someone who learnt the key sends another application with it: refused, no link, nothing stored.
    const before = await applicationCount();
    const other = await apply({ ...validApplication(), title: 'Чужая заявка с подсмотренным ключом' }, key);
    expect(other.status).toBe(422);
    expect(other.body.error.message).toMatch(/^Этот ключ повтора уже использован для другой заявки/);
    expect(JSON.stringify(other.body)).not.toContain(first.body.reference);
    expect(JSON.stringify(other.body)).not.toContain('application-status');
    expect(await applicationCount()).toBe(before);
  });

  it('keeps refusing every malformed or hostile body with a Russian 4xx', async () => {
    const failures: string[] = [];
    for (const c of hostileApplications()) {
      const res = await submit(
        new Request(`${SITE}/api/applications`, { method: 'POST', headers: { 'content-type': c.contentType ?? 'application/json', 'idempotency-key': `hostile-${'h'.repeat(16)}` }, body: c.raw ? (c.body as BodyInit) : JSON.stringify(c.body) }),
        { ip: `198.18.0.${++ip % 250}` } as never,
      );
      const body = (await res.json()) as any;
      if (res.status < 400 || res.status >= 500 || !/[а-яё]/i.test(body?.error?.message ?? '')) failures.push(`${c.name}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('a status link', () => {
  it('an editor revokes it: the old link answers 410 in Russian everywhere, the leader is mailed a working new one', async () => {
    const applied = await apply({ ...validApplication(), title: 'Проект с утёкшей ссылкой' }, `leaked-link-${'l'.repeat(16)}`);
    expect(applied.status).toBe(201);
    const oldLink: string = applied.body.statusUrl;
    expect((await status(oldLink)).status).toBe(200);

    const found = await rest(cms.url, `/api/applications?filters[reference][$eq]=${applied.body.reference}`, { token });
    const id = found.body.data[0].documentId;
    // Lowering is refused (it would bring revoked links back); raising revokes.
    expect((await contentManager(cms.url, jwt, `${APPLICATION}/${id}`, { method: 'PUT', body: { statusLinkVersion: 0 } })).status).toBe(400);
    const mailsBefore = outboxEmails(outbox).length;
    expect((await contentManager(cms.url, jwt, `${APPLICATION}/${id}`, { method: 'PUT', body: { statusLinkVersion: 2 } })).status).toBe(200);

    const revoked = await status(oldLink);
    expect(revoked.status).toBe(410);
    expect(revoked.body.error.message).toBe('Эта ссылка на статус заявки отозвана. Новая ссылка отправлена на почту руководителя проекта.');
    const teamAnswer = await team(
      new Request(`${SITE}/api/team/ideas`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: oldLink.split('#')[1], title: 'Идея', description: 'Описание идеи' }) }),
      { ip: '192.0.2.250', params: { action: 'ideas' } } as never,
    );
    expect(teamAnswer.status).toBe(410);

    const mails = outboxEmails(outbox).slice(mailsBefore);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(`Прежняя ссылка на статус заявки ${applied.body.reference}`);
    const newLink = /https:\/\/portal\.example\/application-status\/#\S+/.exec(mails[0]!)![0];
    expect(newLink).not.toBe(oldLink);
    expect(await status(newLink)).toMatchObject({ status: 200, body: { reference: applied.body.reference } });
    // An exact retry of the submission now answers the current link, not the revoked one.
    const retry = await apply({ ...validApplication(), title: 'Проект с утёкшей ссылкой' }, `leaked-link-${'l'.repeat(16)}`);
    expect(retry.body.statusUrl).toBe(newLink);
    expect(JSON.stringify(mails)).not.toContain(PRIVATE_MARKERS.cvText);
  });
});
