// A stand-in for the portal's Strapi 5: serves content/*.json in Strapi's REST shape (flat documents,
// pagination, sort, populated topic relation) and the residents' vote counts. Used by the loader
// tests and for building the site without a CMS:  node test-fixtures/fake-strapi.ts [port]
// (CONTENT_DIR overrides ../content; FAKE_STRAPI_SAMPLE_PROJECTS=1 adds sample projects with ideas,
// refinements and votes, see addSampleProjects; FAKE_STRAPI_SAMPLE_SELECTION=drawn|announced|finalists
// adds the expert draw, the council and, for `finalists`, the announced finalists, see
// addSampleSelection; FAKE_STRAPI_SAMPLE_IMAGES=1 adds photos to a story and a practice, see
// addSampleImages). Plain erasable TypeScript so that Node runs it directly.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { isSeeded, publicContentTypes, type PublicContentType } from '@portal/schema';
import { assignProjects, drawRecord, sha256Hex } from '@portal/schema/domain';

export interface FakeResponse {
  status: number;
  /** Serialised as JSON, unless a string or bytes (sent as is). */
  body: unknown;
  /** The Content-Type of bytes (a file); JSON otherwise. */
  type?: string;
}

export type FakeHandler = (url: URL, request: IncomingMessage) => FakeResponse | Promise<FakeResponse>;

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:41234 — what STRAPI_URL would be. */
  url: string;
  /** Every request path + query the server saw, in order. */
  requests: Array<{ url: URL; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

/** Starts a real HTTP server on 127.0.0.1 (port 0 = any free port). */
export async function startServer(handler: FakeHandler, port = 0): Promise<RunningServer> {
  const requests: RunningServer['requests'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, headers: request.headers });
    Promise.resolve(handler(url, request))
      .then(({ status, body, type }) => {
        if (body instanceof Uint8Array) {
          response.writeHead(status, { 'Content-Type': type ?? 'application/octet-stream' });
          response.end(body);
          return;
        }
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(text);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain' });
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

type Doc = Record<string, unknown>;

/** A Strapi collection answer for `docs`, honouring pagination[page], pagination[pageSize] and sort. */
export function collectionPage(docs: Doc[], url: URL): FakeResponse {
  const page = Number(url.searchParams.get('pagination[page]') ?? 1);
  const pageSize = Number(url.searchParams.get('pagination[pageSize]') ?? 25);
  const sorted = sortDocs(docs, url.searchParams.get('sort'));
  return {
    status: 200,
    body: {
      data: sorted.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, pageCount: Math.max(1, Math.ceil(docs.length / pageSize)), total: docs.length } },
    },
  };
}

function sortDocs(docs: Doc[], sort: string | null): Doc[] {
  if (!sort) return docs;
  const [field = '', direction = 'asc'] = sort.split(':');
  const sign = direction === 'desc' ? -1 : 1;
  return [...docs].sort((a, b) => {
    const x = a[field];
    const y = b[field];
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** Strapi's bookkeeping fields, as a published document carries them (a given `createdAt` is kept). */
export function withMeta(doc: Doc, documentId: string, id: number): Doc {
  const stamp = '2020-01-10T09:00:00.000Z';
  return { id, documentId, ...doc, createdAt: doc.createdAt ?? stamp, updatedAt: stamp, publishedAt: stamp };
}

/** `GET /api/votes/counts`: not a content type, answered as is (no `data` envelope). */
export const VOTE_COUNTS_PATH = 'votes/counts';
/** `GET /api/experts/council`: the listed names, answered as is (`{ data: [{ name }] }`, no pagination). */
export const COUNCIL_PATH = 'experts/council';
/** Paths answered with their stored body as is. */
const VERBATIM_PATHS = new Set([VOTE_COUNTS_PATH, COUNCIL_PATH]);

/** The seed content as the portal's Strapi serves it, keyed by REST path. */
export async function seedDocuments(contentDir: string): Promise<Map<string, Doc | Doc[]>> {
  // Types not seeded from content/ (projects) start empty, as in a fresh CMS.
  const read = async (type: PublicContentType): Promise<unknown> =>
    isSeeded(type) ? JSON.parse(await readFile(new URL(type.file, `file://${contentDir.replace(/\/?$/, '/')}`), 'utf8')) : [];

  const topics = ((await read(publicContentTypes.topics)) as Doc[]).map((t, i) => withMeta(t, `topic-${String(t.slug)}`, i + 1));
  const documents = new Map<string, Doc | Doc[]>();
  let id = 100;
  for (const type of Object.values(publicContentTypes)) {
    const content = await read(type);
    if (type.kind === 'single') {
      documents.set(type.path, withMeta(content as Doc, `${type.path}-doc`, ++id));
      continue;
    }
    if (type.path === publicContentTypes.topics.path) {
      documents.set(type.path, topics);
      continue;
    }
    documents.set(
      type.path,
      (content as Doc[]).map((doc) => {
        const key = type.key === null ? ++id : doc[type.key];
        const embedded =
          'topic' in doc ? { topic: doc.topic ? (topics.find((t) => t.slug === doc.topic) ?? null) : null } : {};
        return withMeta({ ...doc, ...embedded }, `${type.path}-${String(key)}`, ++id);
      }),
    );
  }
  // A fresh CMS: nobody has voted yet. Delete the entry to play a CMS without voting (404).
  documents.set(VOTE_COUNTS_PATH, { projects: {}, ideas: {}, total: 0, generatedAt: '2020-01-10T09:00:00.000Z' });
  // Nobody listed in the council yet. Delete the entry to play a CMS without the main selection (404).
  documents.set(COUNCIL_PATH, { data: [] });
  return documents;
}

/** A file of the upload provider, served at its path (`/uploads/…`). */
export interface Upload {
  type: string;
  bytes: Uint8Array;
}

/**
 * A handler serving `documents` under /api/<path> and `uploads` at their paths; 404 in Strapi's error
 * shape elsewhere.
 */
export function strapiHandler(documents: Map<string, Doc | Doc[]>, uploads: ReadonlyMap<string, Upload> = new Map()): FakeHandler {
  return (url) => {
    const upload = uploads.get(url.pathname);
    if (upload) return { status: 200, body: upload.bytes, type: upload.type };
    const path = url.pathname.replace(/^\/api\//, '');
    const docs = url.pathname.startsWith('/api/') ? documents.get(path) : undefined;
    if (docs === undefined) {
      return { status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } } };
    }
    if (VERBATIM_PATHS.has(path)) return { status: 200, body: docs };
    return Array.isArray(docs) ? collectionPage(docs, url) : { status: 200, body: { data: docs, meta: {} } };
  };
}

/** Sample document ids: Strapi's are 24 lower-case letters and digits; these are as valid. */
export const SAMPLE_IDS = {
  projects: ['sampleproject0000000001', 'sampleproject0000000002'],
  ideas: ['sampleidea00000000000001', 'sampleidea00000000000002', 'sampleidea00000000000003'],
  refinements: ['samplerefinement00000001', 'samplerefinement00000002', 'samplerefinement00000003'],
} as const;

/**
 * Two published projects as a CMS with applications and residents' voices serves them: the first
 * with three ideas and three approved refinements (one taken into account, one declined, one
 * waiting), the second with none; vote counts for both. For builds and tests that need project pages.
 */
export function addSampleProjects(documents: Map<string, Doc | Doc[]>): void {
  const topics = (documents.get(publicContentTypes.topics.path) as Doc[] | undefined) ?? [];
  const topic = topics[0] ? { title: topics[0].title, slug: topics[0].slug } : null;
  const [first, second] = SAMPLE_IDS.projects;
  const project = (documentId: string, n: number, fields: Doc): Doc =>
    withMeta(
      {
        reference: `2020-00010${n}`,
        year: 2020,
        topic,
        city: 'Пермь',
        region: 'Пермский край',
        description: 'Превратить заброшенный сквер у реки в место для прогулок, спорта и соседских праздников.',
        problem: 'В микрорайоне нет ни одного благоустроенного общественного пространства: жители уезжают отдыхать в центр.',
        effect: 'Сквер станет местом встреч для 12 тысяч жителей микрорайона.',
        indicators: [{ name: 'Посетителей в месяц', unit: 'человек', baseline: 300, target: 4000 }],
        audience: 'Семьи с детьми, пожилые жители, подростки.',
        budgetTotal: 1_200_000,
        budgetItems: [{ item: 'Благоустройство', amount: 1_200_000, source: 'grant' }],
        team: [{ name: 'Анна Иванова', role: 'лидер проекта' }],
        videoUrl: 'https://rutube.ru/video/sample/',
        stage: 'review_passed',
        reviewNote: null,
        submittedAt: `2020-02-0${n}T10:00:00.000Z`,
        ...fields,
      },
      documentId,
      9000 + n,
    );
  documents.set(publicContentTypes.projects.path, [
    project(first, 1, { title: 'Сквер у реки' }),
    project(second, 2, { title: 'Дворы без заборов', city: 'Кунгур' }),
  ]);
  const ref = { reference: '2020-000101' };
  const ideaTitles = ['Площадка для воркаута', 'Летний кинотеатр', 'Тихая зона с гамаками'];
  documents.set(
    publicContentTypes.ideas.path,
    SAMPLE_IDS.ideas.map((documentId, i) =>
      withMeta({ title: ideaTitles[i], description: i === 1 ? 'Показы по пятницам летом.' : null, project: ref, author: i === 2 ? 'team' : 'editors' }, documentId, 9100 + i),
    ),
  );
  const refinements: Doc[] = [
    { text: 'Добавьте освещение вдоль всей набережной: вечером там темно.', response: 'accepted', reply: 'Добавили 12 фонарей в проект.', respondedAt: '2020-02-20T12:00:00.000Z', createdAt: '2020-02-10T08:00:00.000Z' },
    { text: 'Сделайте платную парковку рядом со сквером для приезжих.', response: 'declined', reply: 'Парковка заняла бы половину сквера: не будем.', respondedAt: '2020-02-21T12:00:00.000Z', createdAt: '2020-02-11T08:00:00.000Z' },
    { text: 'Поставьте питьевой фонтанчик у спортивной площадки.', response: 'none', reply: null, respondedAt: null, createdAt: '2020-02-12T08:00:00.000Z' },
  ];
  documents.set(
    publicContentTypes.refinements.path,
    refinements.map((r, i) => withMeta({ ...r, project: ref }, SAMPLE_IDS.refinements[i]!, 9200 + i)),
  );
  const [ideaA, ideaB, ideaC] = SAMPLE_IDS.ideas;
  documents.set(VOTE_COUNTS_PATH, {
    projects: { [first]: 3, [second]: 21 },
    ideas: { [ideaA]: 1, [ideaB]: 5, [ideaC]: 0 },
    total: 30,
    generatedAt: '2020-02-25T09:00:00.000Z',
  });
}

/** An opaque RGB PNG of `width`×`height`, each pixel's colour from `rgb` (a picture to upload, without an image library). */
export function png(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]): Uint8Array {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(rgb(x, y), y * row + 1 + x * 3);
  }
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits a channel, RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** The paths of the sample photos (addSampleImages), as Strapi's local upload provider names them. */
export const SAMPLE_IMAGES = { story: '/uploads/sample_story_1a2b3c.png', practice: '/uploads/sample_practice_4d5e6f.png' } as const;

/**
 * Photos as editors upload them: one on the first success story, one on the first best practice, each
 * served by the CMS at its `/uploads/…` path (the files to give strapiHandler).
 */
export function addSampleImages(documents: Map<string, Doc | Doc[]>): Map<string, Upload> {
  const media = (url: string, width: number, height: number): Doc => ({ url, width, height, alternativeText: null, mime: 'image/png' });
  const [story] = (documents.get(publicContentTypes.successStories.path) as Doc[] | undefined) ?? [];
  if (story) Object.assign(story, { image: media(SAMPLE_IMAGES.story, 1600, 900), imageAlt: 'Жители на открытии набережной' });
  const [practice] = (documents.get(publicContentTypes.bestPractices.path) as Doc[] | undefined) ?? [];
  if (practice) practice.images = [{ image: media(SAMPLE_IMAGES.practice, 800, 600), alt: 'Новая площадка в парке', caption: 'Площадка после открытия' }];
  return new Map([
    [SAMPLE_IMAGES.story, { type: 'image/png', bytes: png(1600, 900, (x, y) => [(x * 255) / 1600, (y * 255) / 900, 160]) }],
    [SAMPLE_IMAGES.practice, { type: 'image/png', bytes: png(800, 600, (x, y) => [40, (x * 255) / 800, (y * 255) / 600]) }],
  ]);
}

/** The secret seed of the sample draw (revealed once the draw is `drawn`). */
export const SAMPLE_SEED = 'sample-seed-2020-0123456789abcdef';

export type SampleSelectionStage = 'announced' | 'drawn' | 'finalists';

/**
 * The main selection of the sample projects (call addSampleProjects first): the council's listed
 * names and the 2020 draw — `announced` (the seed's hash only), `drawn` (the seed revealed, the
 * data published, recomputable with `npm run assign`), or `finalists` (drawn, and the finalists
 * announced: the first project first with 87.3 points, the second not selected).
 */
export function addSampleSelection(documents: Map<string, Doc | Doc[]>, stage: SampleSelectionStage = 'drawn'): void {
  documents.set(COUNCIL_PATH, { data: [{ name: 'Анна Смирнова' }, { name: 'Вера Орлова' }] });
  const projects = (documents.get(publicContentTypes.projects.path) as Doc[] | undefined) ?? [];
  const input = {
    projects: projects.map((p) => ({ id: String(p.reference), city: String(p.city) })),
    experts: [
      { id: 'expert-a', city: 'Москва', conflicts: [] },
      { id: 'expert-b', city: 'Самара', conflicts: [] },
      { id: 'expert-c', city: 'Томск', conflicts: [] },
    ],
    perExpert: Math.min(2, Math.max(1, projects.length)),
    seed: SAMPLE_SEED,
  };
  const announced = { year: 2020, stage: 'announced', seedHash: sha256Hex(SAMPLE_SEED), revealedSeed: null, announcedAt: '2020-02-10T09:00:00.000Z', drawnAt: null, publishedData: null, note: null };
  let draw: Doc = announced;
  if (stage !== 'announced' && input.projects.length > 0) {
    const result = assignProjects(input);
    draw = {
      ...announced,
      stage: 'drawn',
      revealedSeed: SAMPLE_SEED,
      drawnAt: '2020-02-23T07:00:00.000Z',
      publishedData: drawRecord(input, result, 2020),
    };
  }
  documents.set(publicContentTypes.draws.path, [withMeta(draw, 'sampledraw00000000002020', 9300)]);
  if (stage === 'finalists') {
    documents.set(
      publicContentTypes.projects.path,
      projects.map((p, i) => ({ ...p, stage: i === 0 ? 'finalist' : 'not_selected', selectionRank: i === 0 ? 1 : null, selectionScore: i === 0 ? 87.3 : null })),
    );
  }
}

const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 1337);
  const contentDir = process.env.CONTENT_DIR ?? defaultContentDir;
  const documents = await seedDocuments(contentDir);
  if (process.env.FAKE_STRAPI_SAMPLE_PROJECTS === '1') addSampleProjects(documents);
  const selection = process.env.FAKE_STRAPI_SAMPLE_SELECTION;
  if (selection === 'announced' || selection === 'drawn' || selection === 'finalists') addSampleSelection(documents, selection);
  const uploads = process.env.FAKE_STRAPI_SAMPLE_IMAGES === '1' ? addSampleImages(documents) : new Map<string, Upload>();
  const server = await startServer(strapiHandler(documents, uploads), port);
  console.log(`Fake Strapi serving ${contentDir} at ${server.url}/api/…`);
}
