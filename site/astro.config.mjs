// @ts-check
import netlify from '@astrojs/netlify';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { parseSiteUrl } from '@portal/schema';
import { defineConfig, envField } from 'astro/config';
import { cmsImagePattern } from './src/lib/media.ts';
import { strapiOptionsFromEnv } from './src/loaders/strapi-client.ts';
import { isPrivatePath } from './src/lib/discovery.ts';
import { ogImages } from './src/lib/og/build.ts';

// The public address of the site, for canonical links (SITE_URL; Netlify's local dev port by default).
const site = parseSiteUrl(process.env.SITE_URL);

// The config is not a module of the site, so it reads process.env itself (the pages read astro:env).
const cmsUrl = strapiOptionsFromEnv(process.env).baseUrl;

/** A setting read at request time too (by the preview function): never inlined into a bundle. */
const secret = /** @type {const} */ ({ context: 'server', access: 'secret', optional: true });
/** A setting read at build only: inlined into the server code, never into the browser's. */
const build = /** @type {const} */ ({ context: 'server', access: 'public', optional: true });

export default defineConfig({
  site,
  // SITE_OUT_DIR lets the tests build a site of their own without touching the one `npm start` serves.
  outDir: process.env.SITE_OUT_DIR?.trim() || './dist',
  // Static: every page is built ahead. The one exception is the editors' preview (src/pages/preview/,
  // `prerender = false`), rendered on demand by the Netlify adapter's function (.netlify/v1/functions),
  // which Netlify reads only once staged with its route narrowed to the preview page
  // (src/lib/preview/function-route.ts, run after every build).
  output: 'static',
  adapter: netlify({
    // No Netlify Image CDN: the build writes every image the pages show (the CMS's too) into /_astro/.
    imageCDN: false,
    // Nor Astro's image endpoint: sharp's native binaries (17 MB) need not be copied into the function.
    excludeFiles: ['../node_modules/@img/**/*', '../node_modules/sharp/**/*'],
  }),
  // Astro's sessions are unused (residents' and experts' sessions are the functions' cookies): the
  // adapter would otherwise wire them to Netlify Blobs.
  session: false,
  /**
   * The site's settings, read by the pages and loaders from `astro:env/server` (README, «The site
   * build»). Every one is optional: a missing one takes its default where it is used (STRAPI_URL
   * http://127.0.0.1:1337, OPEN_DATA_LICENCE CC-BY-4.0, …), an empty one too. The addresses of the CMS
   * and the preview's secrets are `secret`: the preview function reads them at request time, and no
   * bundle carries them.
   */
  env: {
    schema: {
      STRAPI_URL: envField.string(secret),
      STRAPI_TOKEN: envField.string(secret),
      PUBLIC_CMS_URL: envField.string(secret),
      PREVIEW_SECRET: envField.string(secret),
      PREVIEW_FRAME_ANCESTORS: envField.string(secret),
      STRAPI_SKIP_FETCH: envField.string(build),
      CONTEXT: envField.string(build),
      NETLIFY: envField.string(build),
      OPEN_DATA_LICENCE: envField.string(build),
      VIDEO_HOSTS: envField.string(build),
    },
  },
  /**
   * Pictures uploaded to the CMS (src/components/CmsImage.astro) are fetched by the build from the CMS's
   * address, resized and re-encoded (AVIF, WebP) into the site's own /_astro/ files: the pages never
   * name the CMS. Only the CMS's own address is fetched (a cloud provider's full URLs stay as they are).
   * Astro keeps the fetched and encoded files in node_modules/.astro between builds.
   */
  image: { remotePatterns: [cmsImagePattern(cmsUrl)] },
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    react(),
    // sitemap-index.xml: the HTML pages (their URLs end in «/»; feeds, JSON and images do not), less the private ones.
    sitemap({ filter: (page) => page.endsWith('/') && !isPrivatePath(page) }),
    // The Open Graph images, written after the pages from the list at /og/cards.json (src/lib/og/build.ts).
    ogImages(),
  ],
  /**
   * The page half of the Content-Security-Policy, as a <meta> tag Astro writes into every page: Astro
   * owns script-src and style-src (its bundled and inlined scripts and styles, hashed at build time);
   * the rest keeps a page to its own origin, images included (the CMS's pictures are the site's own
   * files; only the editors' preview shows them from the CMS, and allows its origin for itself). The
   * half a <meta> tag cannot carry (frame-ancestors) and the directives that must hold for every
   * response are a header in netlify.toml; a browser enforces both.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
