// Astro content-layer loaders for the CMS: one collection per public content type of @portal/schema.
import { DemoStatusSchema, PortalStatsSchema, publicContentTypes, STATS_PATH, VoteCountsSchema, type PublicContentTypeName } from '@portal/schema';
import { CONTEXT, NETLIFY, STRAPI_SKIP_FETCH } from 'astro:env/server';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { cmsOptions } from './settings.ts';
import { COUNCIL_PATH, CouncilSchema, DEMO_PATH, fetchCouncil, fetchDemoStatus, fetchStats, fetchStrapiEntries, fetchVoteCounts, VOTE_COUNTS_PATH, type StrapiOptions } from './strapi-client.ts';

/** STRAPI_SKIP_FETCH=1: `astro check` types the collections without a CMS. */
const skipFetch = STRAPI_SKIP_FETCH === '1';

/**
 * A loader for the content type `name` (e.g. `strapiLoader('topics')`). Entries are keyed by the
 * type's `key` (slug, year, number); a single type is one entry keyed by its path (`programme`).
 * Any failure stops the build with a message that names the URL and STRAPI_URL.
 * STRAPI_SKIP_FETCH=1 loads nothing, so that `astro check` runs without a CMS; a build made so fails
 * on its first page, since every page needs the programme document.
 */
export function strapiLoader<N extends PublicContentTypeName>(
  name: N,
  options: StrapiOptions = cmsOptions(),
): Loader & { schema: (typeof publicContentTypes)[N]['entry'] } {
  const type = publicContentTypes[name];
  return {
    name: `strapi-${type.path}`,
    schema: type.entry,
    async load({ store, logger, generateDigest }) {
      if (skipFetch) {
        // `npm run typecheck` needs the collections' types, which come from the schema, not the data.
        store.clear();
        logger.warn(`STRAPI_SKIP_FETCH=1: ${type.path} left empty (for type-checking only, never for a build)`);
        return;
      }
      const entries = await fetchStrapiEntries(name, options);
      store.clear();
      for (const { id, data } of entries) {
        store.set({ id, data, digest: generateDigest(data) });
      }
      logger.info(`${entries.length} from ${options.baseUrl}/api/${type.path}`);
    },
  };
}

/**
 * A collection of one entry fetched from a CMS endpoint that a CMS older than it answers 404 for:
 * the entry then holds `fetched`'s empty value and the build warns; any other failure stops the
 * build like the content loaders. STRAPI_SKIP_FETCH=1 leaves it empty (type-checking only).
 */
function oneEntryLoader<S extends z.ZodType>(spec: {
  name: string;
  id: string;
  schema: S;
  /** What the entry holds, for the log: «vote counts». */
  what: string;
  fetched: () => Promise<{ found: boolean; value: z.infer<S> }>;
  /** The log line of a found entry, and the warning of a 404. */
  found: (value: z.infer<S>) => string;
  notFound: string;
}): Loader & { schema: S } {
  return {
    name: spec.name,
    schema: spec.schema,
    async load({ store, logger, generateDigest }) {
      store.clear();
      if (skipFetch) {
        logger.warn(`STRAPI_SKIP_FETCH=1: ${spec.what} left empty (for type-checking only, never for a build)`);
        return;
      }
      const { found, value } = await spec.fetched();
      store.set({ id: spec.id, data: value as Record<string, unknown>, digest: generateDigest(value as Record<string, unknown>) });
      if (found) logger.info(spec.found(value));
      else logger.warn(spec.notFound);
    },
  };
}

/** The key of the one entry of the vote-counts collection. */
export const VOTE_COUNTS_ID = 'counts';

/**
 * The residents' vote counts at build time: one entry, `counts`. The pages show them until the
 * browser fetches live ones. A CMS without the endpoint (404) gives zeros.
 */
export function voteCountsLoader(options: StrapiOptions = cmsOptions()): Loader & { schema: typeof VoteCountsSchema } {
  return oneEntryLoader({
    name: 'strapi-vote-counts',
    id: VOTE_COUNTS_ID,
    schema: VoteCountsSchema,
    what: 'vote counts',
    fetched: async () => {
      const { found, counts } = await fetchVoteCounts(options);
      return { found, value: counts };
    },
    found: (counts) => `${counts.total} votes from ${options.baseUrl}/api/${VOTE_COUNTS_PATH}`,
    notFound: `${options.baseUrl}/api/${VOTE_COUNTS_PATH} answered 404 (a CMS without residents' votes): every count shown as 0`,
  });
}

/** The key of the one entry of the stats collection. */
export const STATS_ID = 'stats';

/**
 * The figures only the CMS can count, at build time: one entry, `stats` (schema/src/stats.ts). A CMS
 * without the endpoint (404) gives no rounds, and /stats/ says what is missing.
 */
export function statsLoader(options: StrapiOptions = cmsOptions()): Loader & { schema: typeof PortalStatsSchema } {
  return oneEntryLoader({
    name: 'strapi-stats',
    id: STATS_ID,
    schema: PortalStatsSchema,
    what: 'statistics',
    fetched: async () => {
      const { found, stats } = await fetchStats(options);
      return { found, value: stats };
    },
    found: (stats) => `statistics of ${stats.rounds.length} round(s) from ${options.baseUrl}/api/${STATS_PATH}`,
    notFound: `${options.baseUrl}/api/${STATS_PATH} answered 404 (a CMS without statistics): /stats/ shows only what the public collections count`,
  });
}

/** The key of the one entry of the council collection. */
export const COUNCIL_ID = 'council';

/**
 * The expert council's published names: one entry, `council`. A CMS without the list (404) gives
 * none.
 */
export function councilLoader(options: StrapiOptions = cmsOptions()): Loader & { schema: typeof CouncilSchema } {
  return oneEntryLoader({
    name: 'strapi-expert-council',
    id: COUNCIL_ID,
    schema: CouncilSchema,
    what: 'the expert council',
    fetched: async () => {
      const { found, council } = await fetchCouncil(options);
      return { found, value: council };
    },
    found: (council) => `${council.names.length} council names from ${options.baseUrl}/api/${COUNCIL_PATH}`,
    notFound: `${options.baseUrl}/api/${COUNCIL_PATH} answered 404 (a CMS without the main selection): no council names shown`,
  });
}

/** The key of the one entry of the demo collection. */
export const DEMO_ID = 'demo';

/**
 * Whether the CMS holds the generated demo: one entry, `demo`. The layout shows the «Демонстрационные
 * данные» notice from it; a public build from a demo CMS stops (fetchDemoStatus).
 */
export function demoLoader(options: StrapiOptions = cmsOptions()): Loader & { schema: typeof DemoStatusSchema } {
  return {
    name: 'strapi-demo-status',
    schema: DemoStatusSchema,
    async load({ store, logger, generateDigest }) {
      store.clear();
      if (skipFetch) return;
      const status = await fetchDemoStatus(options, { CONTEXT, NETLIFY });
      store.set({ id: DEMO_ID, data: status, digest: generateDigest(status) });
      if (status.demo) logger.warn(`${options.baseUrl}/api/${DEMO_PATH}: the CMS holds generated demo data (stage ${status.stage}); every page carries the demo notice`);
    },
  };
}
