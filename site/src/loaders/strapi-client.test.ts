import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addSampleProjects,
  addSampleSelection,
  collectionPage,
  COUNCIL_PATH,
  SAMPLE_IDS,
  seedDocuments,
  startServer,
  strapiHandler,
  VOTE_COUNTS_PATH,
  withMeta,
  type FakeHandler,
  type RunningServer,
} from '../../test-fixtures/fake-strapi.ts';
import { sha256Hex } from '@portal/schema/domain';
import { EMPTY_STATS, EMPTY_VOTE_COUNTS, fetchCouncil, fetchDocument, fetchStats, fetchStrapiEntries, fetchVoteCounts, PAGE_SIZE, StrapiLoadError, strapiOptionsFromEnv } from './strapi-client.ts';

const contentDir = fileURLToPath(new URL('../../../content/', import.meta.url));
const servers: RunningServer[] = [];

async function serve(handler: FakeHandler): Promise<RunningServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const topic = (i: number) =>
  withMeta(
    { title: `Тематика ${i}`, slug: `topic-${i}`, summary: 'Кратко.', description: 'Подробно.', order: i },
    `doc-${i}`,
    i,
  );

/** The error fetchStrapiEntries rejects with. */
async function failure(promise: Promise<unknown>): Promise<StrapiLoadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StrapiLoadError);
  return error as StrapiLoadError;
}

describe('fetchStrapiEntries: good answers', () => {
  it('loads and parses every type of the seed content', async () => {
    const server = await serve(strapiHandler(await seedDocuments(contentDir)));
    const options = { baseUrl: server.url };

    const topics = await fetchStrapiEntries('topics', options);
    expect(topics.map((t) => t.id)).toEqual([
      'historic-city',
      'cultural-heritage',
      'smart-city',
      'children-in-the-city',
      'creative-clusters',
    ]);
    expect(topics[0]?.data.documentId).toBe('topic-historic-city');

    const [round] = await fetchStrapiEntries('selectionRounds', options);
    expect(round?.id).toBe('2020');
    expect(round?.data.stages).toHaveLength(4);

    const modules = await fetchStrapiEntries('acceleratorModules', options);
    expect(modules.map((m) => m.id)).toEqual(['1', '2', '3', '4']);

    const [programme] = await fetchStrapiEntries('programme', options);
    expect(programme?.id).toBe('programme');
    expect(programme?.data.slogan).toBe('Включи свой город!');

    const practices = await fetchStrapiEntries('bestPractices', options);
    expect(practices).toHaveLength(3);
    expect(practices[0]?.data.topic).toBeNull();
  });

  it('walks every page, 100 at a time, in the type’s sort order', async () => {
    const docs = Array.from({ length: 230 }, (_, i) => topic(230 - i));
    const server = await serve((url) => collectionPage(docs, url));

    const topics = await fetchStrapiEntries('topics', { baseUrl: server.url });

    expect(topics).toHaveLength(230);
    expect(topics[0]?.id).toBe('topic-1');
    expect(topics[229]?.id).toBe('topic-230');
    expect(server.requests.map((r) => r.url.searchParams.get('pagination[page]'))).toEqual(['1', '2', '3']);
    for (const { url } of server.requests) {
      expect(url.pathname).toBe('/api/topics');
      expect(url.searchParams.get('pagination[pageSize]')).toBe(String(PAGE_SIZE));
      expect(url.searchParams.get('sort')).toBe('order:asc');
    }
  });

  it('embeds the topic of a practice as the CMS populates it', async () => {
    const practice = withMeta(
      {
        title: 'Практика',
        slug: 'practice',
        city: 'Казань',
        region: 'Республика Татарстан (Татарстан)',
        year: 2020,
        summary: 'Кратко.',
        body: 'Подробно.',
        results: [],
        topic: topic(3),
      },
      'p1',
      1,
    );
    const server = await serve((url) => collectionPage([practice], url));
    const [entry] = await fetchStrapiEntries('bestPractices', { baseUrl: server.url });
    expect(entry?.data.topic).toEqual({ title: 'Тематика 3', slug: 'topic-3' });
  });

  it('sends the API token as a bearer token', async () => {
    const server = await serve((url) => collectionPage([topic(1)], url));
    await fetchStrapiEntries('topics', { baseUrl: server.url, token: 'secret-token' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-token');
  });
});

describe('fetchStrapiEntries: empty answers', () => {
  const empty: FakeHandler = (url) => collectionPage([], url);

  it('accepts no success stories and no practices', async () => {
    const server = await serve(empty);
    await expect(fetchStrapiEntries('successStories', { baseUrl: server.url })).resolves.toEqual([]);
    await expect(fetchStrapiEntries('bestPractices', { baseUrl: server.url })).resolves.toEqual([]);
  });

  it.each(['topics', 'selectionRounds', 'acceleratorModules'] as const)('refuses to build without %s', async (name) => {
    const server = await serve(empty);
    const error = await failure(fetchStrapiEntries(name, { baseUrl: server.url }));
    expect(error.message).toContain(`Strapi returned no ${name} at ${server.url}/api/`);
    expect(error.message).toContain('STRAPI_URL');
  });

  it('refuses a single type that has no document', async () => {
    const server = await serve(() => ({ status: 200, body: { data: null, meta: {} } }));
    const error = await failure(fetchStrapiEntries('programme', { baseUrl: server.url }));
    expect(error.message).toContain(`${server.url}/api/programme`);
    expect(error.message).toContain('Publish the «programme» single type');
  });
});

describe('fetchStrapiEntries: malformed answers', () => {
  it('rejects a collection answer without pagination', async () => {
    const server = await serve(() => ({ status: 200, body: { data: [topic(1)] } }));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain('unexpected shape');
    expect(error.message).toContain('meta');
    expect(error.message).toContain(`${server.url}/api/topics?pagination[page]=1`);
    expect(error.message).toContain('STRAPI_URL');
  });

  it('rejects Strapi 4’s nested attributes shape', async () => {
    const server = await serve((url) => collectionPage([{ id: 1, attributes: { title: 'x' } }], url));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain('index 0');
  });

  it('rejects an answer that is not JSON', async () => {
    const server = await serve(() => ({ status: 200, body: '<!doctype html><title>Not Strapi</title>' }));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('STRAPI_URL');
  });

  it('names the entry, its field and the message', async () => {
    const broken = { ...topic(2), title: '   ' };
    const server = await serve((url) => collectionPage([topic(1), broken], url));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain(`invalid topics entry at ${server.url}/api/topics`);
    expect(error.message).toContain('index 1 (slug "topic-2", documentId "doc-2")');
    expect(error.message).toContain('  - title: Поле не может быть пустым');
    expect(error.message).toContain('STRAPI_URL');
    expect(error.url).toContain('/api/topics');
  });

  it('names nested fields of a selection round', async () => {
    const [round] = (await seedDocuments(contentDir)).get('selection-rounds') as Array<Record<string, unknown>>;
    const stages = round?.stages as Array<Record<string, unknown>>;
    const broken = { ...round, stages: [{ ...stages[0], endDate: '17.02.2020' }, ...stages.slice(1)] };
    const server = await serve((url) => collectionPage([broken], url));
    const error = await failure(fetchStrapiEntries('selectionRounds', { baseUrl: server.url }));
    expect(error.message).toContain('documentId "selection-rounds-2020"');
    expect(error.message).toContain('  - stages.0.endDate: Дата в формате ГГГГ-ММ-ДД');
  });

  it('rejects two entries with one slug', async () => {
    const server = await serve((url) => collectionPage([topic(1), { ...topic(2), slug: 'topic-1' }], url));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain('two topics entries with slug «topic-1» (index 0 and 1)');
  });
});

describe('fetchStrapiEntries: failing server', () => {
  it('reports HTTP 500 with Strapi’s own message', async () => {
    const server = await serve(() => ({
      status: 500,
      body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error', details: {} } },
    }));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url }));
    expect(error.message).toContain(`Strapi answered ${server.url}/api/topics?pagination[page]=1`);
    expect(error.message).toContain('HTTP 500 Internal Server Error: Internal Server Error');
    expect(error.message).toContain('STRAPI_URL');
  });

  it('explains a 403 with the permission or the token', async () => {
    const server = await serve(() => ({ status: 403, body: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } } }));
    const error = await failure(fetchStrapiEntries('platform', { baseUrl: server.url }));
    expect(error.message).toContain('HTTP 403');
    expect(error.message).toContain('STRAPI_TOKEN');
  });

  it('names the URL and STRAPI_URL when nothing listens', async () => {
    const server = await startServer(() => ({ status: 200, body: {} }));
    const closedUrl = server.url;
    await server.close();

    const error = await failure(fetchStrapiEntries('topics', { baseUrl: closedUrl }));
    expect(error.message).toContain(`Could not reach Strapi at ${closedUrl}/api/topics`);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain(`set STRAPI_URL to where it answers (now ${closedUrl}`);
  });

  it('gives up on a server that never answers', async () => {
    const server = await serve(() => new Promise<never>(() => {}));
    const error = await failure(fetchStrapiEntries('topics', { baseUrl: server.url, timeoutMs: 200 }));
    expect(error.message).toContain('no answer in time');
  });
});

describe('residents’ voices: refinements, ideas, vote counts', () => {
  it('starts empty in a fresh CMS: no refinements, no ideas, zero votes', async () => {
    const server = await serve(strapiHandler(await seedDocuments(contentDir)));
    await expect(fetchStrapiEntries('refinements', { baseUrl: server.url })).resolves.toEqual([]);
    await expect(fetchStrapiEntries('ideas', { baseUrl: server.url })).resolves.toEqual([]);
    const { found, counts } = await fetchVoteCounts({ baseUrl: server.url });
    expect(found).toBe(true);
    expect(counts.total).toBe(0);
  });

  it('keys refinements and ideas by documentId, in the order they were written, with their project', async () => {
    const documents = await seedDocuments(contentDir);
    addSampleProjects(documents);
    const server = await serve(strapiHandler(documents));
    const options = { baseUrl: server.url };

    const refinements = await fetchStrapiEntries('refinements', options);
    expect(refinements.map((r) => r.id)).toEqual([...SAMPLE_IDS.refinements]);
    expect(refinements.map((r) => r.data.response)).toEqual(['accepted', 'declined', 'none']);
    expect(refinements[0]?.data.project).toEqual({ reference: '2020-000101' });
    expect(refinements[2]?.data.reply).toBeNull();
    expect(server.requests.find((r) => r.url.pathname === '/api/refinements')?.url.searchParams.get('sort')).toBe('createdAt:asc');

    const ideas = await fetchStrapiEntries('ideas', options);
    expect(ideas.map((i) => i.id)).toEqual([...SAMPLE_IDS.ideas]);
    expect(ideas[0]?.data.description).toBe('');

    const projects = await fetchStrapiEntries('projects', options);
    expect(projects.map((p) => p.id)).toEqual(['2020-000102', '2020-000101']);

    const { counts } = await fetchVoteCounts(options);
    expect(counts.projects[SAMPLE_IDS.projects[1]]).toBe(21);
    expect(counts.total).toBe(30);
  });

  it('rejects two refinements with one documentId', async () => {
    const doc = withMeta({ text: 'Добавьте освещение вдоль набережной.', project: null, response: 'none' }, 'samerefinement00000001', 1);
    const server = await serve((url) => collectionPage([doc, { ...doc, id: 2 }], url));
    const error = await failure(fetchStrapiEntries('refinements', { baseUrl: server.url }));
    expect(error.message).toContain('two refinements entries with documentId «samerefinement00000001»');
  });

  it('gives zero counts for a CMS older than the voting (404), and says nothing is found', async () => {
    const documents = await seedDocuments(contentDir);
    documents.delete(VOTE_COUNTS_PATH);
    const server = await serve(strapiHandler(documents));
    await expect(fetchVoteCounts({ baseUrl: server.url })).resolves.toEqual({ found: false, counts: EMPTY_VOTE_COUNTS });
  });

  it('stops on any other failure of the counts, naming the URL and STRAPI_URL', async () => {
    const failing = await serve(() => ({ status: 500, body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Boom', details: {} } } }));
    const error = await failure(fetchVoteCounts({ baseUrl: failing.url }));
    expect(error.message).toContain(`Strapi answered ${failing.url}/api/votes/counts with HTTP 500`);
    expect(error.message).toContain('STRAPI_URL');

    const forbidden = await serve(() => ({ status: 403, body: { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} } } }));
    expect((await failure(fetchVoteCounts({ baseUrl: forbidden.url }))).message).toContain('STRAPI_TOKEN');
  });

  it('stops on counts in the wrong shape, naming the field', async () => {
    const server = await serve(() => ({ status: 200, body: { data: { projects: {}, ideas: {}, total: 0 } } }));
    const error = await failure(fetchVoteCounts({ baseUrl: server.url }));
    expect(error.message).toContain(`Strapi answered ${server.url}/api/votes/counts for vote counts in an unexpected shape`);
    expect(error.message).toContain('projects');

    const negative = await serve(() => ({ status: 200, body: { projects: { a: -1 }, ideas: {}, total: 0, generatedAt: '' } }));
    expect((await failure(fetchVoteCounts({ baseUrl: negative.url }))).message).toContain('projects.a');
  });

  it('stops when nothing answers at the counts’ address', async () => {
    const server = await startServer(() => ({ status: 200, body: {} }));
    const closedUrl = server.url;
    await server.close();
    const error = await failure(fetchVoteCounts({ baseUrl: closedUrl }));
    expect(error.message).toContain(`Could not reach Strapi at ${closedUrl}/api/votes/counts`);
  });
});

describe('the statistics only the CMS counts', () => {
  const round = {
    year: 2026,
    applications: { received: 2, byDay: [{ date: '2026-01-13', count: 2 }], byRegion: { 'Пермский край': 2 }, cities: 1, regions: 1 },
    residents: { voted: 1 },
    votes: { projects: 1, ideas: 0, byDay: [{ date: '2026-01-14', count: 1 }], byTarget: [{ target: 'ГЛ-2026-0001', kind: 'project', project: 'ГЛ-2026-0001', date: '2026-01-14', count: 1 }] },
    refinements: { submitted: 1, approved: 0 },
    experts: { count: 0, assigned: 0, submitted: 0 },
  };

  it('reads the rounds from GET /api/stats', async () => {
    const server = await serve(() => ({ status: 200, body: { rounds: [round], residentsTotal: 1, generatedAt: '2026-01-15T00:00:00.000Z' } }));
    const { found, stats } = await fetchStats({ baseUrl: server.url });
    expect(found).toBe(true);
    expect(stats.rounds[0]?.applications.byRegion).toEqual({ 'Пермский край': 2 });
    expect(server.requests[0]?.url.pathname).toBe('/api/stats');
  });

  it('gives no rounds for a CMS without the endpoint (404)', async () => {
    const server = await serve(() => ({ status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } } }));
    await expect(fetchStats({ baseUrl: server.url })).resolves.toEqual({ found: false, stats: EMPTY_STATS });
  });

  it('stops on figures in the wrong shape, naming the field', async () => {
    const server = await serve(() => ({ status: 200, body: { rounds: [{ ...round, residents: { voted: -1 } }], residentsTotal: 1, generatedAt: '' } }));
    const error = await failure(fetchStats({ baseUrl: server.url }));
    expect(error.message).toContain(`Strapi answered ${server.url}/api/stats for the statistics in an unexpected shape`);
    expect(error.message).toContain('rounds.0.residents.voted');
  });
});

describe('the main selection: draws, the council, finalists', () => {
  it('starts with no draw and nobody listed', async () => {
    const server = await serve(strapiHandler(await seedDocuments(contentDir)));
    await expect(fetchStrapiEntries('draws', { baseUrl: server.url })).resolves.toEqual([]);
    await expect(fetchCouncil({ baseUrl: server.url })).resolves.toEqual({ found: true, council: { names: [] } });
  });

  it('reads the published draw by year, the listed names and the finalists’ places', async () => {
    const documents = await seedDocuments(contentDir);
    addSampleProjects(documents);
    addSampleSelection(documents, 'finalists');
    const server = await serve(strapiHandler(documents));
    const options = { baseUrl: server.url };

    const [draw] = await fetchStrapiEntries('draws', options);
    expect(draw?.id).toBe('2020');
    expect(draw?.data.stage).toBe('drawn');
    expect(sha256Hex(draw!.data.revealedSeed!)).toBe(draw?.data.seedHash);
    expect(draw?.data.publishedData?.projects.map((p) => p.id).sort()).toEqual(['2020-000101', '2020-000102']);

    expect((await fetchCouncil(options)).council.names).toEqual(['Анна Смирнова', 'Вера Орлова']);

    const projects = await fetchStrapiEntries('projects', options);
    const first = projects.find((p) => p.id === '2020-000101')!.data;
    expect(first).toMatchObject({ stage: 'finalist', selectionRank: 1, selectionScore: 87.3 });
    expect(projects.find((p) => p.id === '2020-000102')!.data).toMatchObject({ stage: 'not_selected', selectionRank: null });
  });

  it('publishes only the hash of an announced draw', async () => {
    const documents = await seedDocuments(contentDir);
    addSampleProjects(documents);
    addSampleSelection(documents, 'announced');
    const server = await serve(strapiHandler(documents));
    const [draw] = await fetchStrapiEntries('draws', { baseUrl: server.url });
    expect(draw?.data).toMatchObject({ stage: 'announced', revealedSeed: null, publishedData: null });
  });

  it('gives no names for a CMS older than the main selection (404)', async () => {
    const documents = await seedDocuments(contentDir);
    documents.delete(COUNCIL_PATH);
    const server = await serve(strapiHandler(documents));
    await expect(fetchCouncil({ baseUrl: server.url })).resolves.toEqual({ found: false, council: { names: [] } });
  });

  it('stops on a council list in the wrong shape or a failing one, naming the URL', async () => {
    const wrong = await serve(() => ({ status: 200, body: { data: [{ name: '' }] } }));
    const error = await failure(fetchCouncil({ baseUrl: wrong.url }));
    expect(error.message).toContain(`Strapi answered ${wrong.url}/api/experts/council for the expert council in an unexpected shape`);
    expect(error.message).toContain('data.0.name');

    const failing = await serve(() => ({ status: 500, body: { data: null, error: { status: 500, name: 'InternalServerError', message: 'Boom', details: {} } } }));
    expect((await failure(fetchCouncil({ baseUrl: failing.url }))).message).toContain('STRAPI_URL');
  });
});

describe('strapiOptionsFromEnv', () => {
  it('defaults to a local Strapi without a token', () => {
    expect(strapiOptionsFromEnv({})).toEqual({ baseUrl: 'http://127.0.0.1:1337', token: undefined });
  });

  it('reads STRAPI_URL and STRAPI_TOKEN', () => {
    expect(strapiOptionsFromEnv({ STRAPI_URL: 'https://cms.example.org ', STRAPI_TOKEN: 't' })).toEqual({
      baseUrl: 'https://cms.example.org',
      token: 't',
    });
  });
});

describe('fetchDocument (the preview page)', () => {
  it('asks for one document\'s draft with the token and parses it like the build', async () => {
    const server = await serve((url) => (url.pathname === '/api/topics/doc-7' ? { status: 200, body: { data: topic(7), meta: {} } } : { status: 404, body: {} }));
    const draft = await fetchDocument('topics', { documentId: 'doc-7', status: 'draft' }, { baseUrl: server.url, token: 'preview-token' });
    expect(draft?.title).toBe('Тематика 7');
    expect(server.requests[0]?.url.searchParams.get('status')).toBe('draft');
    expect(server.requests[0]?.headers.authorization).toBe('Bearer preview-token');
  });

  it('reads a single type at its path, and answers null for a document the CMS does not have', async () => {
    const server = await serve(() => ({ status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } } }));
    expect(await fetchDocument('topics', { documentId: 'missing', status: 'published' }, { baseUrl: server.url })).toBeNull();
    expect(await fetchDocument('platform', { status: 'draft' }, { baseUrl: server.url })).toBeNull();
    expect(server.requests.map((r) => r.url.pathname)).toEqual(['/api/topics/missing', '/api/platform']);
  });

  it('fails with the field when the draft does not parse', async () => {
    const server = await serve(() => ({ status: 200, body: { data: { ...topic(1), title: 42 } } }));
    const error = await failure(fetchDocument('topics', { documentId: 'doc-1', status: 'draft' }, { baseUrl: server.url }));
    expect(error.message).toContain('title');
  });
});
