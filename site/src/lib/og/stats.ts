// What a build's Open Graph images cost: counted as they are taken (render.ts), reported when the build
// is done (build.ts, the integration in astro.config.mjs) and read by the benchmark (OG_STATS_FILE).

export interface OgStats {
  images: number;
  cached: number;
  rendered: number;
  /** Time spent rendering the images the cache did not have, in milliseconds. */
  renderMilliseconds: number;
  /** Time spent finding the others in the cache, in milliseconds. */
  cacheMilliseconds: number;
}

// On globalThis: whoever loads this module in the build's process counts into the same stats.
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
