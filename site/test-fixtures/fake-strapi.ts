// A stand-in for the portal's Strapi 5: serves content/*.json in Strapi's REST shape (flat documents,
// pagination, sort, populated topic relation). Used by the loader tests and for building the site
// without a CMS:  node test-fixtures/fake-strapi.ts [port]   (CONTENT_DIR overrides ../content).
// Plain erasable TypeScript so that Node runs it directly.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { isSeeded, publicContentTypes, type PublicContentType } from '@portal/schema';

export interface FakeResponse {
  status: number;
  /** Serialised as JSON, unless a string (sent as is). */
  body: unknown;
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
      .then(({ status, body }) => {
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

/** Strapi's bookkeeping fields, as a published document carries them. */
export function withMeta(doc: Doc, documentId: string, id: number): Doc {
  const stamp = '2020-01-10T09:00:00.000Z';
  return { id, documentId, ...doc, createdAt: stamp, updatedAt: stamp, publishedAt: stamp };
}

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
  return documents;
}

/** A handler serving `documents` under /api/<path>; 404 in Strapi's error shape elsewhere. */
export function strapiHandler(documents: Map<string, Doc | Doc[]>): FakeHandler {
  return (url) => {
    const path = url.pathname.replace(/^\/api\//, '');
    const docs = url.pathname.startsWith('/api/') ? documents.get(path) : undefined;
    if (docs === undefined) {
      return { status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } } };
    }
    return Array.isArray(docs) ? collectionPage(docs, url) : { status: 200, body: { data: docs, meta: {} } };
  };
}

const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 1337);
  const contentDir = process.env.CONTENT_DIR ?? defaultContentDir;
  const server = await startServer(strapiHandler(await seedDocuments(contentDir)), port);
  console.log(`Fake Strapi serving ${contentDir} at ${server.url}/api/…`);
}
