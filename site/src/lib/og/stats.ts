// What a build's Open Graph images cost: counted by the image endpoint (render.ts), reported when the
// build is done (the integration below, in astro.config.mjs) and read by the benchmark (OG_STATS_FILE).
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export interface OgStats {
  images: number;
  cached: number;
  rendered: number;
  /** Time spent rendering the images the cache did not have, in milliseconds. */
  renderMilliseconds: number;
  /** Time spent reading the others from the cache, in milliseconds. */
  cacheMilliseconds: number;
}

// On globalThis: the config and the bundled endpoint load this module separately in one process.
const STATS_KEY = Symbol.for('portal.og.stats');
type WithStats = typeof globalThis & { [STATS_KEY]?: OgStats };

/** The counters of the current build process. */
export function ogStats(): OgStats {
  const g = globalThis as WithStats;
  g[STATS_KEY] ??= { images: 0, cached: 0, rendered: 0, renderMilliseconds: 0, cacheMilliseconds: 0 };
  return g[STATS_KEY];
}

export function ogStatsLine(stats: OgStats): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return `${stats.images} Open Graph images: ${stats.rendered} rendered (${seconds(stats.renderMilliseconds)}), ${stats.cached} from the cache (${seconds(stats.cacheMilliseconds)})`;
}

/** Logs the images' cost after the build; writes it as JSON to OG_STATS_FILE when set. */
export function ogStatsReport(): AstroIntegration {
  return {
    name: 'portal-og-stats',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const stats = ogStats();
        logger.info(ogStatsLine(stats));
        const file = process.env.OG_STATS_FILE?.trim();
        if (file) writeFileSync(file, JSON.stringify(stats));
      },
    },
  };
}
