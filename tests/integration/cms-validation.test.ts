import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually, startReceiver } from '../support/receiver.ts';

// The CMS refuses to publish what the site could not build from (the contract's rules across
// fields), with a Russian message, and leaves the live version as it was. Drafts stay free.
const ROUND = 'api::selection-round.selection-round';
const ENDS_TOO_EARLY = 'Дата окончания этапа раньше даты начала';

let cms: TestCms;
let jwt: string;
let token: string;
let hook: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  hook = await startReceiver();
  // Starting at all means the seed's published entries passed the same check.
  cms = await startTestCms({ BUILD_HOOK_URL: hook.url, BUILD_HOOK_DEBOUNCE_MS: '0', BUILD_HOOK_MIN_INTERVAL_MS: '0' });
  jwt = await adminLogin(cms.url);
  token = await createApiToken(cms.url);
  // The seed's build request; what follows counts only the editors' changes.
  await eventually(() => hook.received[0], 'the build request after seeding');
  hook.received.length = 0;
});
afterAll(async () => {
  await cms?.dispose();
  await hook?.close();
});

const buildsMentioning = (documentId: string) => hook.received.filter((r) => r.body?.documentIds?.includes(documentId));

/** What the admin panel's edit view calls for a selection round. */
async function contentManager(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cms.url}/content-manager/collection-types/${ROUND}${path}`, {
    method,
    headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** The round as the public site reads it. */
async function liveRound(): Promise<any> {
  const { status, body } = await rest(cms.url, '/api/selection-rounds');
  expect(status).toBe(200);
  return body.data[0];
}

/** The round's draft, as the editor sees it in the admin panel. */
async function draftRound(documentId: string): Promise<any> {
  const { status, body } = await contentManager('GET', `/${documentId}`);
  expect(status).toBe(200);
  return body.data;
}

/** Stages with the first one ending the day before it starts. */
function firstStageEndingEarly(stages: any[]): any[] {
  const [first, ...rest] = stages;
  return [{ ...first, endDate: '2020-01-12' }, ...rest];
}

describe('publishing is refused when the site could not build from it', () => {
  it('admin panel: saving the draft works, publishing it is refused with the reason, the site keeps the old dates', async () => {
    const before = await liveRound();
    const draft = await draftRound(before.documentId);

    const saved = await contentManager('PUT', `/${before.documentId}`, { stages: firstStageEndingEarly(draft.stages) });
    expect(saved.status).toBe(200);

    const published = await contentManager('POST', `/${before.documentId}/actions/publish`, {});
    expect(published.status).toBe(400);
    expect(published.body.error.name).toBe('ValidationError');
    expect(published.body.error.message).toContain(ENDS_TOO_EARLY);
    expect(published.body.error.message).toContain('stages № 1 → endDate');
    // The admin panel marks the field in the form from these.
    expect(published.body.error.details.errors).toContainEqual(
      expect.objectContaining({ path: ['stages', '0', 'endDate'], message: ENDS_TOO_EARLY }),
    );
    expect(published.body.error.details.fields).toEqual({ 'stages.0.endDate': [ENDS_TOO_EARLY] });

    const after = await liveRound();
    expect(after.stages.map((s: any) => [s.startDate, s.endDate])).toEqual(before.stages.map((s: any) => [s.startDate, s.endDate]));
    expect(after.publishedAt).toBe(before.publishedAt);
    // The saved draft is kept for the editor to fix; only the publication was refused.
    expect((await draftRound(before.documentId)).stages[0].endDate).toBe('2020-01-12');
  });

  it('REST API: publishing an invalid change with an API token answers 400 and changes neither the live version nor the draft', async () => {
    const before = await liveRound();
    const draftBefore = await draftRound(before.documentId);
    const stages = before.stages.map(({ id, ...stage }: any) => stage);

    const res = await rest(cms.url, `/api/selection-rounds/${before.documentId}`, {
      method: 'PUT',
      token,
      body: { data: { title: 'Отбор с ошибкой', votingStart: '2020-01-20', votingEnd: null, stages: firstStageEndingEarly(stages) } },
    });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toContain(ENDS_TOO_EARLY);
    expect(res.body.error.message).toContain('Укажите обе даты голосования или ни одной');
    expect(res.body.error.details.fields).toEqual({
      'stages.0.endDate': [ENDS_TOO_EARLY],
      votingEnd: ['Укажите обе даты голосования или ни одной'],
    });

    expect(await liveRound()).toEqual(before);
    const draftAfter = await draftRound(before.documentId);
    expect(draftAfter.title).toBe(draftBefore.title);
    expect(draftAfter.votingStart).toBe(draftBefore.votingStart);
    expect(draftAfter.updatedAt).toBe(draftBefore.updatedAt);

    // No site build for the refused publications: once a later publication's request has arrived,
    // theirs would have too.
    const topic = (await rest(cms.url, '/api/topics')).body.data[0];
    expect((await rest(cms.url, `/api/topics/${topic.documentId}`, { method: 'PUT', token, body: { data: { summary: 'Уточнённое описание' } } })).status).toBe(200);
    await eventually(() => buildsMentioning(topic.documentId)[0], 'the build request for the topic');
    expect(buildsMentioning(before.documentId)).toHaveLength(0);
  });

  it('a valid edit still publishes and reaches the public API', async () => {
    const before = await liveRound();
    const draft = await draftRound(before.documentId);
    const [first, ...rest] = draft.stages;
    const fixed = [{ ...first, endDate: '2020-02-16' }, ...rest];

    expect((await contentManager('PUT', `/${before.documentId}`, { stages: fixed })).status).toBe(200);
    const published = await contentManager('POST', `/${before.documentId}/actions/publish`, {});
    expect(published.status).toBe(200);

    const after = await liveRound();
    expect(after.stages[0].endDate).toBe('2020-02-16');
    expect(after.stages[0].startDate).toBe(before.stages[0].startDate);
  });

  it('saving an incomplete draft without publishing is allowed', async () => {
    const before = await liveRound();

    // Through the admin panel: one voting date for now, the other later.
    const saved = await contentManager('PUT', `/${before.documentId}`, { votingStart: '2020-01-20', votingEnd: null });
    expect(saved.status).toBe(200);
    expect((await draftRound(before.documentId)).votingStart).toBe('2020-01-20');

    // Through the REST API, as a draft.
    const stages = before.stages.map(({ id, ...stage }: any) => stage);
    const draft = await rest(cms.url, `/api/selection-rounds/${before.documentId}?status=draft`, {
      method: 'PUT',
      token,
      body: { data: { stages: firstStageEndingEarly(stages) } },
    });
    expect(draft.status).toBe(200);
    expect((await draftRound(before.documentId)).stages[0].endDate).toBe('2020-01-12');

    expect(await liveRound()).toEqual(before);
  });
});
