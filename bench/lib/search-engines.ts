// The three engines of the search benchmark, built over one corpus into one directory that a static
// server hands to Chromium: this portal's index (the site's build code), MiniSearch's serialised
// index, and Pagefind's bundle written by its Node API from one HTML page per practice.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BestPracticeContentInput } from '@portal/schema';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { buildSearchIndex, type SearchableTopic } from '../../site/src/lib/search/build-index.ts';
import { toSearchable } from '../../site/src/lib/search/practice.ts';
import { type MiniDoc, miniSearchOptions } from './minisearch-config.ts';
import { practicePage } from './pagefind-pages.ts';

export interface IndexSizes {
  /** This portal: index.json, gzipped (the cards of the results on screen are fetched apart). */
  ours: number;
  /** MiniSearch: its JSON, gzipped. */
  mini: number;
  /** Pagefind: the files a search loads, text gzipped (its index files are compressed already). */
  pagefindIndex: number;
  /** Pagefind: the result fragments (fetched for the results on screen, like the portal's cards). */
  pagefindFragments: number;
}

/** Bundles the browser side once (bench/lib/search-browser.ts) into `file`. */
export async function bundleBrowserEngines(file: string): Promise<void> {
  await build({
    entryPoints: [join(import.meta.dirname, 'search-browser.ts')],
    outfile: file,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

/**
 * Builds every engine's index over `practices` under `dir` (`bench/*.json`, `pagefind/`), served
 * as the site root. `progress` hears of the slow step (Pagefind, one page at a time).
 */
export async function buildEngines(
  practices: readonly BestPracticeContentInput[],
  topicOf: (slug: string | null | undefined) => SearchableTopic | null,
  dir: string,
  progress: (message: string) => void,
): Promise<IndexSizes> {
  mkdirSync(join(dir, 'bench'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Поиск</title></head><body></body></html>');
  writeFileSync(join(dir, '404.html'), 'Not found'); // the static server's answer to anything else (a favicon)
  writeFileSync(join(dir, 'bench', 'slugs.json'), JSON.stringify(practices.map((p) => p.slug)));

  const { index, cards } = buildSearchIndex(practices.map((p) => toSearchable(p, topicOf(p.topic))));
  const indexJson = JSON.stringify(index);
  writeFileSync(join(dir, 'bench', 'ours.json'), JSON.stringify({ index, slugs: cards.map((c) => c.slug) }));

  const mini = new MiniSearch<MiniDoc>(miniSearchOptions);
  mini.addAll(practices.map((p, id) => ({ id, ...miniText(p, topicOf(p.topic)?.title ?? '') })));
  const miniJson = JSON.stringify(mini);
  writeFileSync(join(dir, 'bench', 'mini.json'), miniJson);

  await indexWithPagefind(
    practices.map((p) => ({ slug: p.slug, html: () => practicePage(p, topicOf(p.topic)?.title ?? null) })),
    dir,
    {},
    progress,
  );

  const pagefindFiles = filesUnder(join(dir, 'pagefind'));
  const sum = (files: typeof pagefindFiles) => files.reduce((total, f) => total + f.size, 0);
  return {
    ours: gzipSync(indexJson).byteLength,
    mini: gzipSync(miniJson).byteLength,
    pagefindIndex: sum(pagefindFiles.filter((f) => SEARCH_FILE.test(f.name))),
    pagefindFragments: sum(pagefindFiles.filter((f) => f.name.startsWith('fragment/'))),
  };
}

/**
 * Pagefind's Node API over one page per practice (at /practices/<slug>/), its bundle written to
 * `<dir>/pagefind/`, as its CLI would write it after a site build.
 */
export async function indexWithPagefind(
  pages: ReadonlyArray<{ slug: string; html: () => string }>,
  dir: string,
  config: PagefindServiceConfig,
  progress: (message: string) => void,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let done = 0;
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: `/practices/${page.slug}/`, content: page.html() });
    if (added.errors.length) throw new Error(`Pagefind, ${page.slug}: ${added.errors.join('; ')}`);
    if (++done % 2000 === 0) progress(`Pagefind: ${done}/${pages.length} pages indexed`);
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/** The same texts the portal's index reads (practice.ts), as MiniSearch's fields. */
function miniText(p: BestPracticeContentInput, topic: string): Omit<MiniDoc, 'id'> {
  const { body } = toSearchable(p, null);
  return { title: p.title, city: p.city, region: p.region, topic, summary: p.summary, body: body.join('\n') };
}

/**
 * The files of Pagefind's bundle a search loads (its default UI's files, the playground and the
 * WebAssembly for pages of unknown language are not): pagefind.js, its worker, the entry, the
 * Russian WebAssembly, the metadata, the index chunks and filters.
 */
const SEARCH_FILE = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.ru\.pagefind|[^/]*\.pf_meta|index\/.*|filter\/.*)$/;

/** Files under `dir` (names with '/'), each with the bytes it sends: text gzipped as a CDN sends it. */
function filesUnder(dir: string): Array<{ name: string; size: number }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ name: name.split(sep).join('/'), path: join(dir, name) }))
    .filter(({ path }) => statSync(path).isFile())
    .map(({ name, path }) => ({ name, size: /\.(js|json|css)$/.test(name) ? gzipSync(readFileSync(path)).byteLength : statSync(path).size }));
}

/** Stops Pagefind's indexing service (a child process), once the benchmark is done with it. */
export const closePagefind = () => pagefind.close();
