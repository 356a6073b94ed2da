// The site's CMS settings as Astro gives them (astro:env, declared in astro.config.mjs), for the
// loaders, the pages and the preview function. strapi-client.ts stays free of Astro (its tests run
// in vitest) and takes them as arguments.
import { PUBLIC_CMS_URL, STRAPI_TOKEN, STRAPI_URL } from 'astro:env/server';
import { strapiOptionsFromEnv, type StrapiOptions } from './strapi-client.ts';

/** Where the build (and the preview function) reads the CMS: STRAPI_URL and STRAPI_TOKEN. */
export const cmsOptions = (): StrapiOptions => strapiOptionsFromEnv({ STRAPI_URL, STRAPI_TOKEN });

/**
 * The CMS's address as people reach it (PUBLIC_CMS_URL), else the one the build reads it by
 * (STRAPI_URL): for the command that re-checks a draw and for the editors' preview.
 */
export const publicCmsUrl = (): string => PUBLIC_CMS_URL?.trim() || cmsOptions().baseUrl;
