// Fetches one public content type from Strapi 5's REST API and parses every entry with the type's
// schema from @portal/schema. Pure: no Astro here, so the tests drive it against a real HTTP server.
import {
  ApiErrorSchema,
  CollectionResponseSchema,
  DemoStatusSchema,
  isPublicBuild,
  PortalStatsSchema,
  SingleResponseSchema,
  STATS_PATH,
  VoteCountsSchema,
  publicContentTypes,
  type DemoStatus,
  type PortalStats,
  type PublicContentTypeName,
  type VoteCounts,
} from '@portal/schema';
import { z } from 'zod';

export const DEFAULT_STRAPI_URL = 'http://127.0.0.1:1337';
/** Strapi's largest page size by default (`api.rest.maxLimit`). */
export const PAGE_SIZE = 100;

/** Types the site cannot be published without; the others may legitimately be empty. */
export const requiredContentTypes: ReadonlySet<PublicContentTypeName> = new Set([
  'topics',
  'selectionRounds',
  'acceleratorModules',
  'programme',
  'platform',
]);

type TypeOf<N extends PublicContentTypeName> = (typeof publicContentTypes)[N];
/** An entry of type `N` as the site uses it: parsed, defaults filled in. */
export type StrapiEntry<N extends PublicContentTypeName> = z.output<TypeOf<N>['entry']>;

export interface LoadedEntry<N extends PublicContentTypeName> {
  /** The entry's key in its collection: the slug, year or number (`key` of the type), or the path of a single type. */
  id: string;
  data: StrapiEntry<N>;
}

export interface StrapiOptions {
  /** Where Strapi answers, without `/api` (STRAPI_URL). */
  baseUrl: string;
  /** An API token (STRAPI_TOKEN), for a Strapi whose public role cannot read. */
  token?: string | undefined;
  /** Per request. */
  timeoutMs?: number;
}

/**
 * The options from the site's settings (STRAPI_URL, STRAPI_TOKEN): the pages and loaders pass the
 * values of `astro:env/server` (src/loaders/settings.ts), astro.config.mjs its own process.env.
 */
export function strapiOptionsFromEnv(env: { STRAPI_URL?: string | undefined; STRAPI_TOKEN?: string | undefined }): StrapiOptions {
  return {
    baseUrl: env.STRAPI_URL?.trim() || DEFAULT_STRAPI_URL,
    token: env.STRAPI_TOKEN?.trim() || undefined,
  };
}

/** A build-stopping failure to load content; the message says what went wrong and what to do. */
export class StrapiLoadError extends Error {
  override name = 'StrapiLoadError';
  constructor(
    message: string,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Loads every published entry of a content type, all pages, in the type's sort order. */
export async function fetchStrapiEntries<N extends PublicContentTypeName>(
  name: N,
  options: StrapiOptions,
): Promise<LoadedEntry<N>[]> {
  const type: TypeOf<N> = publicContentTypes[name];
  const raw = type.kind === 'single' ? [await fetchSingle(name, options)] : await fetchAllPages(name, options);

  if (raw.length === 0 && requiredContentTypes.has(name)) {
    throw new StrapiLoadError(
      `Strapi returned no ${name} at ${display(apiUrl(options, type.path))}, and the site cannot be built without them.\n` +
        `Publish at least one entry of «${type.path}» in the CMS, or check that STRAPI_URL (now ${options.baseUrl}) points at the right Strapi.`,
      apiUrl(options, type.path).href,
    );
  }

  const entries: LoadedEntry<N>[] = [];
  const seen = new Map<string, number>();
  raw.forEach(({ value, url }, index) => {
    // Parsed by this type's own schema; TypeScript cannot narrow `type.entry` by the generic `N`.
    const data = parseEntry(type.entry, value, { name, url, index, options }) as StrapiEntry<N>;
    const id = entryId(type, data);
    const previous = seen.get(id);
    if (previous !== undefined) {
      throw new StrapiLoadError(
        `Strapi returned two ${name} entries with ${type.key} «${id}» (index ${previous} and ${index}) at ${display(url)}.\n` +
          `Make the ${type.key} unique in the CMS.`,
        url.href,
      );
    }
    seen.set(id, index);
    entries.push({ id, data });
  });
  return entries;
}

interface RawEntry {
  value: unknown;
  url: URL;
}

async function fetchAllPages(name: PublicContentTypeName, options: StrapiOptions): Promise<RawEntry[]> {
  const type = publicContentTypes[name];
  const entries: RawEntry[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const url = apiUrl(options, type.path);
    url.searchParams.set('pagination[page]', String(page));
    url.searchParams.set('pagination[pageSize]', String(PAGE_SIZE));
    if (type.sort) url.searchParams.set('sort', type.sort);
    const body = await getJson(url, options);
    const envelope = CollectionResponseSchema.safeParse(body);
    if (!envelope.success) throw malformedEnvelope(name, url, options, envelope.error, '{ data: [...], meta: { pagination } }');
    for (const value of envelope.data.data) entries.push({ value, url });
    pageCount = envelope.data.meta.pagination.pageCount;
  }
  return entries;
}

async function fetchSingle(name: PublicContentTypeName, options: StrapiOptions): Promise<RawEntry> {
  const url = apiUrl(options, publicContentTypes[name].path);
  const body = await getJson(url, options);
  const envelope = SingleResponseSchema.safeParse(body);
  if (!envelope.success) throw malformedEnvelope(name, url, options, envelope.error, '{ data: {...} }');
  if (envelope.data.data === null || typeof envelope.data.data !== 'object') {
    throw new StrapiLoadError(
      `Strapi answered ${display(url)} without a ${name} document (data is ${JSON.stringify(envelope.data.data) ?? 'missing'}).\n` +
        `Publish the «${name}» single type in the CMS, or check that STRAPI_URL (now ${options.baseUrl}) points at the right Strapi.`,
      url.href,
    );
  }
  return { value: envelope.data.data, url };
}

/**
 * One document of a content type as the CMS holds it now, for the preview page: its draft
 * (`status=draft`, which the CMS answers only to an API token) or its published version; null when
 * the CMS has no such document (404, or a single type never saved). Parsed like the build's entries.
 */
export async function fetchDocument<N extends PublicContentTypeName>(
  name: N,
  { documentId, status }: { documentId?: string | undefined; status: 'draft' | 'published' },
  options: StrapiOptions,
): Promise<StrapiEntry<N> | null> {
  const type: TypeOf<N> = publicContentTypes[name];
  const url = apiUrl(options, type.kind === 'single' ? type.path : `${type.path}/${encodeURIComponent(documentId ?? '')}`);
  url.searchParams.set('status', status);
  const body = await getJson(url, options, { notFound: 'allow' });
  if (body === NOT_FOUND) return null;
  const envelope = SingleResponseSchema.safeParse(body);
  if (!envelope.success) throw malformedEnvelope(name, url, options, envelope.error, '{ data: {...} }');
  if (envelope.data.data === null || typeof envelope.data.data !== 'object') return null;
  return parseEntry(type.entry, envelope.data.data, { name, url, index: 0, options }) as StrapiEntry<N>;
}

/** The REST path of the live vote counts (not a content type: no envelope, no pages). */
export const VOTE_COUNTS_PATH = 'votes/counts';

/** Counts of a CMS that has none yet. */
export const EMPTY_VOTE_COUNTS: VoteCounts = { projects: {}, ideas: {}, total: 0, generatedAt: '' };

/**
 * The residents' vote counts at build time (`GET /api/votes/counts`). A CMS older than the voting
 * answers 404: the site shows no votes rather than refusing to build (`found: false`). Any other
 * failure stops the build, as for content.
 */
export async function fetchVoteCounts(options: StrapiOptions): Promise<{ found: boolean; counts: VoteCounts }> {
  const counts = await fetchOptional(options, VOTE_COUNTS_PATH, VoteCountsSchema, 'vote counts', '{ projects: {…}, ideas: {…}, total, generatedAt }');
  return counts === NOT_FOUND ? { found: false, counts: EMPTY_VOTE_COUNTS } : { found: true, counts };
}

/** Figures of a CMS that counts none yet (or predates `GET /api/stats`). */
export const EMPTY_STATS: PortalStats = { rounds: [], residentsTotal: 0, generatedAt: '' };

/**
 * The figures only the CMS can count (`GET /api/stats`: applications, residents who voted, votes per
 * day and target, refinements submitted, reviews). A CMS older than the endpoint answers 404: no
 * rounds (`found: false`) and the pages say what is missing. Any other failure stops the build.
 */
export async function fetchStats(options: StrapiOptions): Promise<{ found: boolean; stats: PortalStats }> {
  const stats = await fetchOptional(options, STATS_PATH, PortalStatsSchema, 'the statistics', '{ rounds: [...], residentsTotal, generatedAt }');
  return stats === NOT_FOUND ? { found: false, stats: EMPTY_STATS } : { found: true, stats };
}

/** The REST path of the expert council's public list (names an editor chose to list). */
export const COUNCIL_PATH = 'experts/council';

/** The council as the site keeps it: the listed names, in the CMS's order. */
export const CouncilSchema = z.object({ names: z.array(z.string()) });
export type Council = z.infer<typeof CouncilSchema>;

const CouncilResponseSchema = z.object({ data: z.array(z.object({ name: z.string().trim().min(1) })) });

/**
 * The names of the expert council an editor chose to publish (`GET /api/experts/council`). A CMS
 * older than the main selection answers 404: no names (`found: false`). Any other failure stops the
 * build, as for content.
 */
export async function fetchCouncil(options: StrapiOptions): Promise<{ found: boolean; council: Council }> {
  const response = await fetchOptional(options, COUNCIL_PATH, CouncilResponseSchema, 'the expert council', '{ data: [{ name }] }');
  if (response === NOT_FOUND) return { found: false, council: { names: [] } };
  return { found: true, council: { names: response.data.map((e) => e.name) } };
}

/** The REST path that says whether the CMS holds the generated demo (cms/src/demo). */
export const DEMO_PATH = 'demo';

/**
 * Whether the CMS holds the generated demo (`GET /api/demo`; a CMS older than the demo answers 404:
 * no demo). A public build (Netlify's; `isPublicBuild`) from a demo CMS stops here: demo data never
 * reaches a published site.
 */
export async function fetchDemoStatus(options: StrapiOptions, env: { CONTEXT?: string | undefined; NETLIFY?: string | undefined }): Promise<DemoStatus> {
  const status = await fetchOptional(options, DEMO_PATH, DemoStatusSchema, 'the demo status', '{ demo: false } or { demo: true, seed, stage, today }');
  if (status === NOT_FOUND) return { demo: false };
  if (status.demo && isPublicBuild(env)) {
    throw new StrapiLoadError(
      `The CMS at ${options.baseUrl} holds generated demo data (seed ${status.seed}, stage ${status.stage}), and this is a public build (CONTEXT=${env.CONTEXT ?? ''}, NETLIFY=${env.NETLIFY ?? ''}).\n` +
        'Demo data never goes into a published site: set STRAPI_URL to the production CMS (started without DEMO_DATA).',
      apiUrl(options, DEMO_PATH).href,
    );
  }
  return status;
}

/** What getJson answers for a 404 when the caller accepts one. */
const NOT_FOUND = Symbol('not found');

/** What the endpoints a CMS may not have yet hold, for the messages. */
type OptionalEndpoint = 'vote counts' | 'the expert council' | 'the demo status' | 'the statistics';

/**
 * `GET /api/<path>` of an endpoint a CMS older than it answers 404 for: NOT_FOUND then; a body
 * `schema` cannot read stops the build, naming `what` and the `expected` shape.
 */
async function fetchOptional<T>(options: StrapiOptions, path: string, schema: z.ZodType<T>, what: OptionalEndpoint, expected: string): Promise<T | typeof NOT_FOUND> {
  const url = apiUrl(options, path);
  const body = await getJson(url, options, { notFound: 'allow' });
  if (body === NOT_FOUND) return NOT_FOUND;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw malformedEnvelope(what, url, options, parsed.error, expected);
  return parsed.data;
}

async function getJson(url: URL, options: StrapiOptions, how: { notFound: 'allow' | 'fail' } = { notFound: 'fail' }): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  } catch (error) {
    throw new StrapiLoadError(
      `Could not reach Strapi at ${display(url)}: ${describeNetworkError(error)}.\n` +
        `Start the CMS, or set STRAPI_URL to where it answers (now ${options.baseUrl}${options.baseUrl === DEFAULT_STRAPI_URL ? ', the default' : `; default ${DEFAULT_STRAPI_URL}`}).`,
      url.href,
      { cause: error },
    );
  }

  const text = await response.text();
  if (response.status === 404 && how.notFound === 'allow') return NOT_FOUND;
  if (!response.ok) {
    const strapiError = ApiErrorSchema.safeParse(safeJson(text));
    const detail = strapiError.success ? `: ${strapiError.data.error.message}` : '';
    const hint =
      response.status === 401 || response.status === 403
        ? 'Grant the Public role «find» on this type in the CMS, or set STRAPI_TOKEN to a read-only API token.'
        : response.status === 404
          ? `Check that STRAPI_URL (now ${options.baseUrl}) points at the portal's Strapi and that the content is published.`
          : `Check the CMS logs, and that STRAPI_URL (now ${options.baseUrl}) points at the portal's Strapi.`;
    throw new StrapiLoadError(
      `Strapi answered ${display(url)} with HTTP ${response.status} ${response.statusText}${detail}.\n${hint}`,
      url.href,
    );
  }

  const body = safeJson(text);
  if (body === undefined) {
    throw new StrapiLoadError(
      `Strapi answered ${display(url)} with something that is not JSON (${JSON.stringify(text.slice(0, 80))}).\n` +
        `Check that STRAPI_URL (now ${options.baseUrl}) points at Strapi and not at another server.`,
      url.href,
    );
  }
  return body;
}

function parseEntry<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  where: { name: PublicContentTypeName; url: URL; index: number; options: StrapiOptions },
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(entry)'}: ${issue.message}`)
    .join('\n');
  throw new StrapiLoadError(
    `Strapi returned an invalid ${where.name} entry at ${display(where.url)}: index ${where.index}${describeEntry(value)}.\n` +
      `${issues}\n` +
      `Correct the entry in the CMS, or check that STRAPI_URL (now ${where.options.baseUrl}) points at the portal's Strapi.`,
    where.url.href,
    { cause: result.error },
  );
}

function malformedEnvelope(
  name: PublicContentTypeName | OptionalEndpoint,
  url: URL,
  options: StrapiOptions,
  error: z.ZodError,
  expected: string,
): StrapiLoadError {
  const issues = error.issues.map((i) => `  - ${i.path.join('.') || '(body)'}: ${i.message}`).join('\n');
  return new StrapiLoadError(
    `Strapi answered ${display(url)} for ${name} in an unexpected shape (expected ${expected}):\n${issues}\n` +
      `Check that STRAPI_URL (now ${options.baseUrl}) points at a Strapi 5 REST API.`,
    url.href,
    { cause: error },
  );
}

function entryId(type: (typeof publicContentTypes)[PublicContentTypeName], data: object): string {
  if (type.key === null) return type.path;
  return String((data as Record<string, unknown>)[type.key]);
}

/** « (slug "smart-city", documentId "abc")», from whatever of the two the raw entry has. */
function describeEntry(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const fields = ['slug', 'documentId']
    .map((key) => [key, (value as Record<string, unknown>)[key]] as const)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([key, v]) => `${key} ${JSON.stringify(v)}`);
  return fields.length ? ` (${fields.join(', ')})` : '';
}

function apiUrl(options: StrapiOptions, path: string): URL {
  let base: URL;
  try {
    base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  } catch (error) {
    throw new StrapiLoadError(
      `STRAPI_URL is not a URL: ${JSON.stringify(options.baseUrl)}. Set it like ${DEFAULT_STRAPI_URL}.`,
      options.baseUrl,
      { cause: error },
    );
  }
  return new URL(`api/${path}`, base);
}

/** The URL as a person reads it: brackets of the query unescaped. */
function display(url: URL): string {
  return decodeURIComponent(url.href);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${code} (${cause.message})` : cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
