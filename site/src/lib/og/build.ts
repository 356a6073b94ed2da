// Writes the Open Graph images into the built site once Astro has finished its pages (the integration
// API's astro:build:done hook), outside Astro's page pipeline: one Astro route per image made a
// compendium of 10,000 practices cost 10,000 routes, while taking a cached image is a hard link.
// The build's one route, /og/cards.json (src/pages/og/cards.json.ts), lists every card with its path;
// this hook renders the cards the cache lacks (render.ts), puts each image at /og/<kind>/<id>.png,
// and removes the list from the output.
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { OgCard } from './card.ts';
import { ogCachedFile } from './render.ts';
import { ogStats, ogStatsLine } from './stats.ts';

/** The route that lists the build's cards; the hook takes it out of the output. */
export const OG_CARDS_ROUTE = '/og/cards.json';

/** One image of the build: its path under the site's root (`/og/practices/<slug>.png`) and what it shows. */
export interface OgImageEntry {
  path: string;
  card: OgCard;
}

/** An image's path: one file in a folder of /og/ (a slug or a reference never climbs out of it). */
const IMAGE_PATH = /^\/og\/[a-z]+\/[^/\\]+\.png$/;

/** How often the hook reports its progress. */
const PROGRESS_EVERY = 1000;

/**
 * Puts a cached image into the site: a hard link where the cache and the site share a file system (no
 * bytes written; the cache replaces a file by renaming a new one over it, never by writing into it, so
 * the site's link keeps its picture), a copy otherwise.
 */
function place(cached: string, target: string): void {
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/** Puts every image into `outDir` (the site's root folder): from the cache, or rendered into it first. */
export async function writeOgImages(images: readonly OgImageEntry[], outDir: string, log: (line: string) => void, cacheDir?: string): Promise<void> {
  const folders = new Set<string>();
  for (const [index, { path, card }] of images.entries()) {
    if (!IMAGE_PATH.test(path)) throw new Error(`Open Graph image path out of /og/: ${path}`);
    const target = join(outDir, path);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    place(await ogCachedFile(card, cacheDir), target);
    const done = index + 1;
    if (done % PROGRESS_EVERY === 0 && done < images.length) log(`${done} of ${images.length} Open Graph images (${ogStats().rendered} rendered)`);
  }
}

/**
 * The integration: writes the images after the build, logs what they cost, and writes that as JSON to
 * OG_STATS_FILE when set (the search benchmark reads it).
 */
export function ogImages(): AstroIntegration {
  return {
    name: 'portal-og-images',
    hooks: {
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        await writeBuildImages(dir, assets.get(OG_CARDS_ROUTE)?.[0], logger);
        const stats = ogStats();
        logger.info(`${ogStatsLine(stats)}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
        const file = process.env.OG_STATS_FILE?.trim();
        if (file) writeFileSync(file, JSON.stringify(stats));
      },
    },
  };
}

async function writeBuildImages(dir: URL, listUrl: URL | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const list = fileURLToPath(listUrl ?? new URL(`.${OG_CARDS_ROUTE}`, dir));
  const images = JSON.parse(readFileSync(list, 'utf8')) as OgImageEntry[];
  logger.info(`writing ${images.length} Open Graph images`);
  await writeOgImages(images, fileURLToPath(dir), (line) => logger.info(line));
  rmSync(list);
}
