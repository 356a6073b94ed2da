import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import experts from '../../functions/experts.mts';
import { SITE, contentManager, adminLogin, createApiToken, startTestCms, testDatabaseClient, type TestCms } from '../support/portal.ts';
import { eventually } from '../support/receiver.ts';
import { startSmtp, type SmtpReceiver } from '../support/smtp.ts';

// The expert sign-in link endpoint against a real Strapi sending over SMTP to a mail server the test
// controls (slow, or refusing): the answer must not tell an expert's address from a stranger's — not
// by its body, status or time — mail goes out after the answer and is retried, an expert gets at
// most three links an hour, and an address typed with capitals in the admin panel still signs in.
const EXPERT_UID = 'api::expert.expert';
const SIGN_IN_UID = 'api::expert-sign-in.expert-sign-in';
let cms: TestCms;
let smtp: SmtpReceiver;
let jwt: string;
let ip = 0;

async function call(action: 'link' | 'session', body: unknown) {
  const started = performance.now();
  const res = await experts(
    new Request(`${SITE}/api/experts/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    { ip: `203.0.113.${++ip % 250}`, params: { action } } as never,
  );
  return { status: res.status, body: (await res.json()) as any, ms: performance.now() - started };
}

async function addExpert(name: string, email: string, city = 'Москва'): Promise<string> {
  const res = await contentManager(cms.url, jwt, EXPERT_UID, { method: 'POST', body: { name, email, city } });
  expect(res.status).toBe(201);
  return res.body.data.documentId;
}

// Mailboxes' names are case-insensitive (and nodemailer lower-cases the domain).
const mailsTo = (address: string) => smtp.received.filter((m) => m.to.some((to) => to.toLowerCase() === address.toLowerCase()));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

beforeAll(async () => {
  smtp = await startSmtp();
  cms = await startTestCms({ SMTP_HOST: smtp.host, SMTP_PORT: String(smtp.port), SITE_URL: SITE, MAIL_QUEUE_SECONDS: '1', MAIL_RETRY_SECONDS: '1' });
  jwt = await adminLogin(cms.url);
  Object.assign(process.env, { STRAPI_URL: cms.url, STRAPI_TOKEN: await createApiToken(cms.url), SITE_URL: SITE, SESSION_SECRET: 'integration-session-secret-0123456789' });
  await addExpert('Анна Смирнова', 'anna.expert@example.org');
  await addExpert('Борис Иванов', 'boris.expert@example.org', 'Казань');
});
afterAll(async () => {
  await cms?.dispose();
  await smtp?.close();
});

describe('asking for an expert sign-in link', () => {
  it('answers an expert and a stranger alike and in the same time, even with a slow mail server', async () => {
    smtp.delayMs = 1200;
    const expertTimes: number[] = [];
    const strangerTimes: number[] = [];
    const answers = new Set<string>();
    // Three requests for each of two experts (within their hourly allowance), interleaved with strangers.
    for (let i = 0; i < 6; i += 1) {
      const expert = await call('link', { email: i % 2 ? 'anna.expert@example.org' : 'Boris.Expert@example.org' });
      const stranger = await call('link', { email: `stranger-${i}@example.org` });
      expertTimes.push(expert.ms);
      strangerTimes.push(stranger.ms);
      answers.add(JSON.stringify([expert.status, expert.body])).add(JSON.stringify([stranger.status, stranger.body]));
    }
    expect([...answers]).toEqual([JSON.stringify([202, { sent: true, message: 'Если этот адрес есть в экспертном совете, на него отправлена ссылка для входа.' }])]);
    // The mail server takes 1.2 s per message; an answer that waited for it would be that much slower.
    expect(Math.abs(median(expertTimes) - median(strangerTimes))).toBeLessThan(400);
    // The mail still goes out, after the answer.
    await eventually(() => mailsTo('anna.expert@example.org').length === 3 && mailsTo('boris.expert@example.org').length === 3, 'six sign-in links', 15_000);
    expect(smtp.received.filter((m) => m.to.some((t) => t.startsWith('stranger-')))).toEqual([]);
    smtp.delayMs = 0;
  });

  it('never fails for an expert when the mail server refuses: the link is retried until it is delivered', async () => {
    await addExpert('Вера Орлова', 'vera.expert@example.org', 'Самара');
    smtp.refuseNext = 2;
    const expert = await call('link', { email: 'vera.expert@example.org' });
    const stranger = await call('link', { email: 'nobody@example.org' });
    expect(expert.status).toBe(202);
    expect(expert.body).toEqual(stranger.body);
    const mail = await eventually(() => mailsTo('vera.expert@example.org')[0], 'the retried link', 20_000);
    expect(smtp.refuseNext).toBe(0);
    // The delivered link signs in.
    const token = /\/expert\/#([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const session = await call('session', { token });
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ signedIn: true, name: 'Вера Орлова' });
  });

  it('sends an expert at most three links an hour, answering every request the same', async () => {
    const id = await addExpert('Глеб Пахомов', 'gleb.expert@example.org', 'Пермь');
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i += 1) bodies.add(JSON.stringify(await call('link', { email: 'gleb.expert@example.org' }).then((r) => [r.status, r.body])));
    expect(bodies.size).toBe(1);
    await eventually(() => mailsTo('gleb.expert@example.org').length >= 3, 'three links', 15_000);
    // Every link the CMS issued for him went out, and there are three of them.
    const issued = await contentManager(cms.url, jwt, `${SIGN_IN_UID}?filters[expert][$eq]=${id}&pageSize=100`);
    expect(issued.status).toBe(200);
    expect(issued.body.results).toHaveLength(3);
    expect(issued.body.results.every((r: any) => r.sentAt)).toBe(true);
    expect(mailsTo('gleb.expert@example.org')).toHaveLength(3);
  });

  it('counts only the links an expert asked for: the portal\'s own notices leave the three an hour', async () => {
    const id = await addExpert('Олег Савин', 'oleg.expert@example.org', 'Курск');
    // Three links the portal sent him itself this hour, as a draw and two reassignments do (rows of
    // its mail queue, which no editor may write: straight into the table).
    const now = testDatabaseClient() === 'postgres' ? 'now()' : "CAST(strftime('%s', 'now') AS INTEGER) * 1000";
    for (const [i, reason] of ['Вам назначены проекты отбора 2026 года для экспертной оценки.', 'Вам дополнительно назначен проект.', 'Вам дополнительно назначен проект.'].entries()) {
      cms.sql(`INSERT INTO expert_sign_ins (document_id, expert, reason, requested_at, next_attempt_at, sent_at, attempts) VALUES ('notice${i}olegsavin000000', '${id}', '${reason}', ${now}, ${now}, ${now}, 1)`);
    }
    expect((await call('link', { email: 'oleg.expert@example.org' })).status).toBe(202);
    const mail = await eventually(() => mailsTo('oleg.expert@example.org')[0], 'the link he asked for', 10_000);
    expect(mail.text).toContain('Вы запросили вход в кабинет эксперта.');
  });

  it('an address typed with capitals and spaces in the admin panel is stored normalised and signs in', async () => {
    const id = await addExpert('Иван Петров', '  Ivan.Petrov@Example.ORG ', 'Томск');
    expect((await contentManager(cms.url, jwt, `${EXPERT_UID}/${id}`)).body.data.email).toBe('ivan.petrov@example.org');
    const edited = await contentManager(cms.url, jwt, `${EXPERT_UID}/${id}`, { method: 'PUT', body: { email: 'Ivan.Petrov@Example.RU' } });
    expect(edited.status).toBe(200);
    expect(edited.body.data.email).toBe('ivan.petrov@example.ru');

    expect((await call('link', { email: 'ivan.petrov@example.ru' })).status).toBe(202);
    const mail = await eventually(() => mailsTo('ivan.petrov@example.ru')[0], 'Ivan’s link', 10_000);
    expect(mail.text).toContain('Здравствуйте, Иван Петров!');

    // An address saved with capitals before this rule (behind Strapi's back) is still found.
    cms.sql(`UPDATE experts SET email = 'Legacy.Expert@Example.org' WHERE document_id = '${await addExpert('Лидия Старова', 'legacy@example.org', 'Омск')}'`);
    expect((await call('link', { email: 'legacy.expert@example.org' })).status).toBe(202);
    await eventually(() => mailsTo('Legacy.Expert@Example.org')[0], 'the legacy expert’s link', 10_000);
  });
});
