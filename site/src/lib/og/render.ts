// Renders Open Graph cards to PNG at build time (satori → SVG, sharp → PNG) with the bundled PT Sans,
// and keeps every rendered image in a cache keyed by a digest of its inputs: a compendium of 10,000
// practices is rendered once (about 50 ms an image), later builds render only the cards that changed.
// sharp (libvips with librsvg; Astro's own image library) rather than @resvg/resvg-js: resvg-js 2.6
// keeps about 3 MB of native memory per image that V8's collector never sees, so a first build of
// 10,000 practices grew past 20 GB and stalled (thx/resvg-js#216, fixed only after 2.6.2); sharp's
// memory stays flat over any number of images.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from './card.ts';
import { ogStats } from './stats.ts';

/** Resolves the site's packages from the build's folder (the bundled endpoint has no source location). */
const fromPackages = (specifier: string) => createRequire(join(process.cwd(), 'package.json')).resolve(specifier);

/**
 * Where rendered cards are kept between builds: OG_CACHE_DIR, or `.cache/og` in the node_modules that
 * holds satori (the repository's own, which Netlify keeps between builds), whatever the build's folder.
 */
export function ogCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.OG_CACHE_DIR?.trim();
  if (chosen) return resolve(chosen);
  return join(dirname(dirname(fromPackages('satori/package.json'))), '.cache', 'og');
}

/** The versions of what draws the image: a new font, satori or sharp renders every card afresh. */
let toolchain: string | undefined;
function toolchainVersions(): string {
  const version = (name: string) => (JSON.parse(readFileSync(fromPackages(`${name}/package.json`), 'utf8')) as { version: string }).version;
  // sharp's package.json is not exported; its own `versions` names it and the librsvg that draws.
  const drawing = `sharp@${sharp.versions.sharp ?? '?'} librsvg@${sharp.versions.rsvg ?? '?'}`;
  return [...['@fontsource/pt-sans', 'satori'].map((name) => `${name}@${version(name)}`), drawing].join(' ');
}

/**
 * The cache key: the whole element tree (the card's words and the design: sizes, colours, the mark) and
 * the toolchain's versions, so that any change to either renders the card again.
 */
export function ogDigest(card: OgCard): string {
  toolchain ??= toolchainVersions();
  return createHash('sha256').update(toolchain).update(JSON.stringify(ogCardTree(card))).digest('hex');
}

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: SatoriFont[] | undefined;

/** PT Sans from @fontsource/pt-sans (woff: satori does not read woff2), Cyrillic and Latin subsets. */
function loadFonts(): SatoriFont[] {
  const file = (subset: string, weight: 400 | 700) => readFileSync(fromPackages(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight}-normal.woff`));
  return (['cyrillic', 'latin'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `PT Sans ${subset === 'cyrillic' ? 'Cyrillic' : 'Latin'}`,
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** Renders one card to a 1200×630 PNG, without the cache. */
export async function renderOgPng(card: OgCard): Promise<Uint8Array> {
  fonts ??= loadFonts();
  const svg = await satori(ogCardTree(card) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

let defaultCacheDir: string | undefined;

/**
 * The path of the card's PNG in the cache, rendered and stored there first when the cache lacks it
 * (written atomically: builds may run side by side). Counts the image in the build's stats.
 */
export async function ogCachedFile(card: OgCard, cacheDir = (defaultCacheDir ??= ogCacheDir())): Promise<string> {
  const stats = ogStats();
  const started = performance.now();
  const file = join(cacheDir, `${ogDigest(card)}.png`);
  if (existsSync(file)) {
    stats.cached += 1;
    stats.cacheMilliseconds += performance.now() - started;
  } else {
    const png = await renderOgPng(card);
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    stats.rendered += 1;
    stats.renderMilliseconds += performance.now() - started;
  }
  stats.images += 1;
  return file;
}

/** The card's PNG, from the cache or rendered into it. */
export async function ogPng(card: OgCard, cacheDir?: string): Promise<Uint8Array> {
  return readFileSync(await ogCachedFile(card, cacheDir));
}
