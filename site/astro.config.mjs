// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { isPrivatePath } from './src/lib/discovery.ts';
import { ogStatsReport } from './src/lib/og/stats.ts';

// The public address of the site, for canonical links (SITE_URL; Netlify's local dev port by default).
const site = process.env.SITE_URL?.trim() || 'http://localhost:8888';

export default defineConfig({
  site,
  // SITE_OUT_DIR lets the tests build a site of their own without touching the one `npm start` serves.
  outDir: process.env.SITE_OUT_DIR?.trim() || './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    react(),
    // sitemap-index.xml: the HTML pages (their URLs end in «/»; feeds, JSON and images do not), less the private ones.
    sitemap({ filter: (page) => page.endsWith('/') && !isPrivatePath(page) }),
    ogStatsReport(),
  ],
});
