// Astro content-layer loaders for the CMS: one collection per public content type of @portal/schema.
import { publicContentTypes, type PublicContentTypeName } from '@portal/schema';
import type { Loader } from 'astro/loaders';
import { fetchStrapiEntries, strapiOptionsFromEnv, type StrapiOptions } from './strapi-client.ts';

/**
 * A loader for the content type `name` (e.g. `strapiLoader('topics')`). Entries are keyed by the
 * type's `key` (slug, year, number); a single type is one entry keyed by its path (`programme`).
 * Any failure stops the build with a message that names the URL and STRAPI_URL.
 * STRAPI_SKIP_FETCH=1 loads nothing, so that `astro check` runs without a CMS; a build made so fails
 * on its first page, since every page needs the programme document.
 */
export function strapiLoader<N extends PublicContentTypeName>(
  name: N,
  options: StrapiOptions = strapiOptionsFromEnv(),
): Loader & { schema: (typeof publicContentTypes)[N]['entry'] } {
  const type = publicContentTypes[name];
  return {
    name: `strapi-${type.path}`,
    schema: type.entry,
    async load({ store, logger, generateDigest }) {
      if (process.env.STRAPI_SKIP_FETCH === '1') {
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
