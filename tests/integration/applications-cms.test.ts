import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProjectEntrySchema } from '@portal/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVATE_MARKERS, validApplication } from '../fixtures/application.ts';
import { decodedBody } from '../support/outbox.ts';
import { adminLogin, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually, startReceiver } from '../support/receiver.ts';

// The CMS side of applications: the token-only submit and status routes the function calls,
// moderation into a public project, the technical review, and the emails to the leader (written
// as .eml files into OUTBOX_DIR without SMTP). A real Strapi on a temporary SQLite file.
const APPLICATION = 'api::application.application';
const YEAR = 2020;
// The decisions, and the team's desk (its project's approved refinements and ideas): nothing private.
const STATUS_KEYS = ['reference', 'title', 'stage', 'moderation', 'moderationReason', 'topicFit', 'topicFitReason', 'completenessDecision', 'completenessReason', 'project', 'refinements', 'ideas'];

let cms: TestCms;
let jwt: string;
let token: string;
let outbox: string;
let hook: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  outbox = mkdtempSync(join(tmpdir(), 'portal-outbox-'));
  hook = await startReceiver();
  cms = await startTestCms({ OUTBOX_DIR: outbox, BUILD_HOOK_URL: hook.url, BUILD_HOOK_DEBOUNCE_MS: '0', BUILD_HOOK_MIN_INTERVAL_MS: '0' });
  jwt = await adminLogin(cms.url);
  token = await createApiToken(cms.url);
});
afterAll(async () => {
  await cms?.dispose();
  await hook?.close();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

let keys = 0;
const newKey = () => `test-key-${Date.now()}-${(keys += 1)}`;

/** As the function calls it; `anonymous` as a browser would, without the token. */
function submit(body: Record<string, unknown>, as: 'token' | 'anonymous' = 'token') {
  return rest(cms.url, '/api/applications/submit', { method: 'POST', token: as === 'token' ? token : undefined, body });
}

const emails = () => readdirSync(outbox).filter((f) => f.endsWith('.eml')).map((f) => readFileSync(join(outbox, f), 'utf8'));

/** What the admin panel's edit view sends when an editor saves an application. */
async function editApplication(documentId: string, data: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cms.url}/content-manager/collection-types/${APPLICATION}/${documentId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  return { status: res.status, body: await res.json() };
}

async function documentIdOf(reference: string): Promise<string> {
  const { status, body } = await rest(cms.url, `/api/applications?filters[reference][$eq]=${reference}`, { token });
  expect(status).toBe(200);
  expect(body.data).toHaveLength(1);
  return body.data[0].documentId;
}

async function status(reference: string) {
  const res = await rest(cms.url, `/api/applications/status/${reference}`, { token });
  expect(res.status).toBe(200);
  return res.body;
}

async function projects(): Promise<{ raw: string; data: any[] }> {
  const res = await fetch(`${cms.url}/api/projects?pagination[pageSize]=100`);
  expect(res.status).toBe(200);
  const raw = await res.text();
  return { raw, data: JSON.parse(raw).data };
}

function expectNoPrivateData(text: string) {
  for (const marker of [PRIVATE_MARKERS.email, PRIVATE_MARKERS.phone, PRIVATE_MARKERS.cvText, 'Десять лет руковожу', 'competences', 'idempotencyKey', 'leaderEmail']) {
    expect(text).not.toContain(marker);
  }
}

let reference: string;

describe('submit (API token only)', () => {
  it('stores a valid application and answers 201 with a reference; the same key again answers 200 with the same one', async () => {
    const key = newKey();
    const first = await submit({ data: validApplication(), idempotencyKey: key, year: YEAR, notify: { statusUrl: 'https://portal.example/application-status/#t=secret' } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ reference: expect.stringMatching(/^2020-\d{6}$/), created: true, statusLinkVersion: 1 });
    reference = first.body.reference;

    const again = await submit({ data: validApplication(), idempotencyKey: key, year: YEAR });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ reference, created: false, statusLinkVersion: 1 });

    // The confirmation to the leader, with the status link; the link itself is not stored.
    const mail = await eventually(() => emails().find((m) => m.includes(PRIVATE_MARKERS.email)), 'the confirmation .eml');
    expect(mail).toMatch(/^To: leader\.private@example\.org$/m);
    expect(emails()).toHaveLength(1);
    const text = decodedBody(mail);
    expect(text).toContain(`номер ${reference}`);
    expect(text).toContain('https://portal.example/application-status/#t=secret');
    const { body } = await rest(cms.url, `/api/applications?filters[reference][$eq]=${reference}`, { token });
    expect(JSON.stringify(body)).not.toContain('#t=secret');
  });

  it('10 concurrent submits with one key store one application', async () => {
    const before = (await rest(cms.url, '/api/applications', { token })).body.meta.pagination.total;
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit({ data: validApplication(), idempotencyKey: key, year: YEAR })));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    expect(answers.filter((a) => a.body.created)).toHaveLength(1);
    const after = (await rest(cms.url, '/api/applications', { token })).body.meta.pagination.total;
    expect(after).toBe(before + 1);
    // References count up per year.
    expect(Number(answers[0]!.body.reference.slice(5))).toBe(Number(reference.slice(5)) + 1);
  });

  it('re-validates the application: invalid data → 400 with Russian messages per field, nothing stored', async () => {
    const before = (await rest(cms.url, '/api/applications', { token })).body.meta.pagination.total;
    const data = validApplication();
    data.budget.total = 1;
    data.team = Array.from({ length: 7 }, (_, i) => ({ name: `Участник ${i}`, role: 'Роль', competences: 'Компетенции' }));
    const res = await submit({ data, idempotencyKey: newKey(), year: YEAR });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.details.fields['data.budget.total']).toEqual(['Сумма статей не равна общему бюджету: проверьте суммы']);
    expect(res.body.error.details.fields['data.team']).toEqual(['В команде не больше 5 человек, включая лидера']);

    const envelope = await submit({ data: 'x', idempotencyKey: 'short', year: 'x' });
    expect(envelope.status).toBe(400);
    expect(Object.keys(envelope.body.error.details.fields).sort()).toEqual(['data', 'idempotencyKey', 'year']);
    expect((await rest(cms.url, '/api/applications', { token })).body.meta.pagination.total).toBe(before);
  });

  it('the public role gets 403 on every application route', async () => {
    expect((await submit({ data: validApplication(), idempotencyKey: newKey(), year: YEAR }, 'anonymous')).status).toBe(403);
    expect((await rest(cms.url, `/api/applications/status/${reference}`)).status).toBe(403);
    expect((await rest(cms.url, '/api/applications')).status).toBe(403);
    expect((await rest(cms.url, `/api/applications/${await documentIdOf(reference)}`)).status).toBe(403);
  });

  it('even with a token, the content API never serialises contacts, CV or the stored application', async () => {
    const list = await rest(cms.url, '/api/applications?populate=*', { token });
    expect(list.status).toBe(200);
    expectNoPrivateData(JSON.stringify(list.body));
    expect(list.body.data[0]).not.toHaveProperty('data');
  });
});

describe('status', () => {
  it('answers the stage and the decisions only', async () => {
    const body = await status(reference);
    expect(Object.keys(body).sort()).toEqual([...STATUS_KEYS].sort());
    expect(body).toMatchObject({ reference, title: validApplication().title, stage: 'submitted', moderation: 'pending', topicFit: 'pending', completenessDecision: 'pending' });
    expectNoPrivateData(JSON.stringify(body));
  });

  it('an unknown reference → 404 in Strapi’s error shape, in Russian', async () => {
    for (const ref of ['1999-000001', 'nonsense']) {
      const res = await rest(cms.url, `/api/applications/status/${ref}`, { token });
      expect(res.status).toBe(404);
      expect(res.body.data).toBeNull();
      expect(res.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: 'Заявка с таким номером не найдена' });
    }
  });
});

describe('moderation and technical review in the admin panel', () => {
  it('rejecting without a reason is refused', async () => {
    const res = await editApplication(await documentIdOf(reference), { moderation: 'rejected' });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.details.fields).toEqual({ moderationReason: ['Укажите причину отклонения заявки'] });
    expect((await status(reference)).moderation).toBe('pending');
  });

  it('publishing makes the public part a public project, rebuilds the site, and leaks nothing private', async () => {
    hook.received.length = 0;
    const res = await editApplication(await documentIdOf(reference), { moderation: 'published' });
    expect(res.status).toBe(200);

    const { raw, data } = await projects();
    expect(data).toHaveLength(1);
    const parsed = ProjectEntrySchema.safeParse(data[0]);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const app = validApplication();
    expect(parsed.data).toMatchObject({
      reference,
      year: YEAR,
      title: app.title,
      topic: { slug: app.topic },
      region: app.region,
      budgetTotal: 4_500_000,
      stage: 'submitted',
      reviewNote: null,
      team: [
        { name: 'Анна Смирнова', role: 'Лидер проекта' },
        { name: 'Игорь Петров', role: 'Архитектор' },
      ].map((m) => expect.objectContaining(m)),
    });
    expect(parsed.data!.indicators.map((i) => [i.baseline, i.target])).toEqual([[0, 3000], [0, 12]]);
    expect(parsed.data!.budgetItems.map((i) => i.amount)).toEqual([3_000_000, 1_500_000]);
    expectNoPrivateData(raw);
    const one = await fetch(`${cms.url}/api/projects/${data[0].documentId}`);
    expect(one.status).toBe(200);
    expectNoPrivateData(await one.text());

    await eventually(() => hook.received.find((r) => r.body?.uid === 'api::project.project'), 'the build request for the project');
    expect((await status(reference)).moderation).toBe('published');
  });

  it('a failed review decision without a reason is refused', async () => {
    const id = await documentIdOf(reference);
    const res = await editApplication(id, { topicFit: 'fail', completenessDecision: 'pass' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual({ topicFitReason: ['Укажите, почему проект не соответствует тематике'] });
    const res2 = await editApplication(id, { completenessDecision: 'fail' });
    expect(res2.status).toBe(400);
    expect(res2.body.error.details.fields).toEqual({ completenessReason: ['Укажите, чего не хватает в заявке'] });
    expect((await status(reference)).stage).toBe('submitted');
  });

  it('a failed review: stage review_failed, the reason on the status and the public project, an email', async () => {
    const mailsBefore = emails().length;
    const reason = 'Проект о другой тематике: это благоустройство, а не креативный кластер';
    const res = await editApplication(await documentIdOf(reference), { topicFit: 'fail', topicFitReason: reason, completenessDecision: 'pass' });
    expect(res.status).toBe(200);
    expect(await status(reference)).toMatchObject({ stage: 'review_failed', topicFit: 'fail', topicFitReason: reason, completenessDecision: 'pass' });
    const project = (await projects()).data[0];
    expect(project.stage).toBe('review_failed');
    expect(project.reviewNote).toContain(reason);
    await eventually(() => emails().length === mailsBefore + 1, 'the review result .eml');
    expect(emails().map(decodedBody).some((m) => m.includes('не прошла техническую экспертизу') && m.includes(reason))).toBe(true);
  });

  it('both pass: stage review_passed on the status and the project, the note is gone, an email', async () => {
    const mailsBefore = emails().length;
    const res = await editApplication(await documentIdOf(reference), { topicFit: 'pass', completenessDecision: 'pass' });
    expect(res.status).toBe(200);
    expect((await status(reference)).stage).toBe('review_passed');
    const { data, raw } = await projects();
    expect(data[0]).toMatchObject({ reference, stage: 'review_passed', reviewNote: null });
    expect(ProjectEntrySchema.safeParse(data[0]).success).toBe(true);
    expectNoPrivateData(raw);
    await eventually(() => emails().length === mailsBefore + 1, 'the review result .eml');
    expect(emails().every((m) => /^To: leader\.private@example\.org$/m.test(m))).toBe(true);
  });

  it('rejecting with a reason takes the project off the public API', async () => {
    const res = await editApplication(await documentIdOf(reference), { moderation: 'rejected', moderationReason: 'Нарушение правил: реклама' });
    expect(res.status).toBe(200);
    expect((await projects()).data).toHaveLength(0);
    expect(await status(reference)).toMatchObject({ moderation: 'rejected', moderationReason: 'Нарушение правил: реклама' });
  });

  it('the log names the .eml files, never the address or the content', () => {
    const log = readFileSync(join(cms.dir, 'strapi.log'), 'utf8');
    expect(log).toContain(`mailer: message written to ${outbox}`);
    expectNoPrivateData(log);
  });
});
