import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeeded, publicContentTypes } from '@portal/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/services.ts';
import { createApiToken, rest, startTestCms, type TestCms } from '../support/portal.ts';

// A real Strapi on a temporary SQLite file, seeded from content/ at its first start.
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.dispose();
});

const seed = (file: string) => JSON.parse(readFileSync(join(ROOT, 'content', file), 'utf8'));

async function readAll(path: string): Promise<any[]> {
  const { status, body } = await rest(cms.url, `/api/${path}?pagination[pageSize]=100`);
  expect(status).toBe(200);
  return body.data;
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, type] of Object.entries(publicContentTypes)) {
    if (type.kind === 'collection') result[name] = (await readAll(type.path)).length;
  }
  return result;
}

describe('Strapi seeded from content/, read back through the public REST API', () => {
  for (const [name, type] of Object.entries(publicContentTypes)) {
    it(`${name}: every seeded entry is published, populated and parses with the shared schema`, async () => {
      const { status, body } = await rest(cms.url, `/api/${type.path}${type.kind === 'collection' ? '?pagination[pageSize]=100' : ''}`);
      expect(status).toBe(200);
      const entries: unknown[] = type.kind === 'collection' ? body.data : [body.data];
      // A type not seeded from content/ (projects) starts empty.
      const expected: Array<Record<string, unknown>> = !isSeeded(type) ? [] : type.kind === 'collection' ? seed(type.file) : [seed(type.file)];
      expect(entries).toHaveLength(expected.length);
      for (const entry of entries) {
        const parsed = type.entry.safeParse(entry);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }
      if (type.key) {
        const key = type.key;
        expect(entries.map((e: any) => e[key]).sort()).toEqual(expected.map((e) => e[key]).sort());
      }
    });
  }

  it('serves nested components without the client asking to populate them', async () => {
    const { body } = await rest(cms.url, '/api/programme');
    expect(body.data.goals[1].target.value).toBe(1_000_000);
    expect(body.data.quote.date).toBe('2019-09-18');
    const rounds = await readAll('selection-rounds');
    expect(rounds[0].stages.map((s: any) => s.startDate)).toEqual(['2020-01-13', '2020-02-17', '2020-02-23', '2020-03-03']);
    expect(rounds[0].criteria.filter((c: any) => c.basedOnVotes)).toHaveLength(1);
  });

  it('keeps the seed’s numbers exactly', async () => {
    const { body } = await rest(cms.url, '/api/platform');
    expect(body.data.results.map((f: any) => Number(f.value))).toEqual([647, 82, 101_948, 35_574, 10_000, 3_500_000]);
  });
});

describe('the public role', () => {
  it.each([
    ['POST', '/api/topics'],
    ['PUT', '/api/topics/anything'],
    ['DELETE', '/api/topics/anything'],
    ['PUT', '/api/programme'],
    ['DELETE', '/api/platform'],
  ])('cannot write: %s %s → 403', async (method, path) => {
    const { status, body } = await rest(cms.url, path, { method, body: method === 'DELETE' ? undefined : { data: { title: 'взлом' } } });
    expect(status).toBe(403);
    expect(body.error.name).toBe('ForbiddenError');
  });

  it.each([['/api/users'], ['/api/users/1'], ['/api/users-permissions/roles']])('cannot read a non-public type: GET %s → 403', async (path) => {
    const { status } = await rest(cms.url, path);
    expect(status).toBe(403);
  });

  it('cannot see drafts', async () => {
    const { status, body } = await rest(cms.url, '/api/topics?status=draft');
    // Strapi ignores or refuses the draft status for the public role; either way no draft leaks.
    if (status === 200) expect(body.data.every((t: any) => t.publishedAt)).toBe(true);
    else expect(status).toBe(403);
  });
});

describe('seeding is idempotent and respects editors', () => {
  it('a restart creates no duplicates, keeps an editor’s change and does not bring back a deleted entry', async () => {
    const before = await counts();
    const token = await createApiToken(cms.url);

    const topics = await readAll('topics');
    const smart = topics.find((t) => t.slug === 'smart-city');
    const edited = await rest(cms.url, `/api/topics/${smart.documentId}`, {
      method: 'PUT',
      token,
      body: { data: { title: 'Умный город (правка редактора)' } },
    });
    expect(edited.status).toBe(200);

    const stories = await readAll('success-stories');
    const removed = stories.find((s) => s.slug === 'polyarnye-zori-city-brand');
    expect((await rest(cms.url, `/api/success-stories/${removed.documentId}`, { method: 'DELETE', token })).status).toBeLessThan(300);

    await cms.restart();

    const after = await counts();
    expect(after).toEqual({ ...before, successStories: before.successStories! - 1 });
    const again = await readAll('topics');
    expect(again.find((t) => t.slug === 'smart-city').title).toBe('Умный город (правка редактора)');
    expect(again.map((t) => t.documentId).sort()).toEqual(topics.map((t) => t.documentId).sort());
    expect((await readAll('success-stories')).map((s) => s.slug)).not.toContain('polyarnye-zori-city-brand');
  });
});

describe("the CMS's start-up", () => {
  it('ends with one full garbage collection (the start script exposes gc; bootstrap/heap.ts calls it)', () => {
    const log = readFileSync(join(cms.dir, 'strapi.log'), 'utf8');
    expect(log).toMatch(/Start-up garbage collected in \d+ ms; heap in use \d+ MB/);
  });
});
