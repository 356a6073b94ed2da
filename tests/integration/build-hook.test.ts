import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';
import { eventually, startReceiver } from '../support/receiver.ts';

// Publishing in Strapi must rebuild the site: Strapi POSTs to BUILD_HOOK_URL (a Netlify build hook
// in production; here a local receiver).
let cms: TestCms;
let hook: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  hook = await startReceiver();
  cms = await startTestCms({ BUILD_HOOK_URL: hook.url, BUILD_HOOK_DEBOUNCE_MS: '700', BUILD_HOOK_MIN_INTERVAL_MS: '0' });
});
afterAll(async () => {
  await cms?.dispose();
  await hook?.close();
});

const mentioning = (ids: string[]) => hook.received.filter((r) => ids.some((id) => r.body?.documentIds?.includes(id)));

describe('rebuild on publish', () => {
  it('importing the seed into a fresh database asks for one build', async () => {
    const seeded = await eventually(() => hook.received[0], 'the POST after seeding');
    expect(seeded.body.documentIds.length).toBeGreaterThan(10);
    // What follows counts only the editors' changes.
    hook.received.length = 0;
  });

  it('one POST for a burst of published changes, naming every changed document', async () => {
    const token = await createApiToken(cms.url);
    const { body } = await rest(cms.url, '/api/topics?sort=order:asc');
    const ids: string[] = body.data.slice(0, 3).map((t: any) => t.documentId);
    for (const [i, id] of ids.entries()) {
      const res = await rest(cms.url, `/api/topics/${id}`, { method: 'PUT', token, body: { data: { summary: `Новое описание ${i}` } } });
      expect(res.status).toBe(200);
    }
    const request = await eventually(() => hook.received.find((r) => ids.every((id) => r.body?.documentIds?.includes(id))), 'the build hook POST');
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/build_hooks/test');
    expect(request.body.uid).toBe('api::topic.topic');
    expect(mentioning(ids)).toHaveLength(1);
  });

  it('unpublishing in the admin panel triggers a rebuild and the entry leaves the public API', async () => {
    const jwt = await adminLogin(cms.url);
    const { body } = await rest(cms.url, '/api/best-practices');
    const practice = body.data[0];
    const res = await fetch(
      `${cms.url}/content-manager/collection-types/api::best-practice.best-practice/${practice.documentId}/actions/unpublish`,
      { method: 'POST', headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' }, body: '{}' },
    );
    expect(res.status).toBe(200);
    const request = await eventually(() => mentioning([practice.documentId])[0], 'the build hook POST after unpublish');
    expect(request.body.event).toBe('entry.unpublish');
    const after = await rest(cms.url, '/api/best-practices');
    expect(after.body.data.map((p: any) => p.documentId)).not.toContain(practice.documentId);
  });

  it('a draft-only change does not rebuild the site', async () => {
    const jwt = await adminLogin(cms.url);
    const { body } = await rest(cms.url, '/api/accelerator-modules');
    const module = body.data[0];
    const res = await fetch(`${cms.url}/content-manager/collection-types/api::accelerator-module.accelerator-module/${module.documentId}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Черновик правки' }),
    });
    expect(res.status).toBe(200);
    // Publish another document afterwards: once its POST has arrived, the draft's would have too.
    const other = body.data[1];
    const pub = await fetch(`${cms.url}/content-manager/collection-types/api::accelerator-module.accelerator-module/${other.documentId}/actions/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(pub.status).toBe(200);
    await eventually(() => mentioning([other.documentId])[0], 'the POST for the published module');
    expect(mentioning([module.documentId])).toHaveLength(0);
    const live = await rest(cms.url, '/api/accelerator-modules');
    expect(live.body.data.find((m: any) => m.documentId === module.documentId).title).not.toBe('Черновик правки');
  });
});
