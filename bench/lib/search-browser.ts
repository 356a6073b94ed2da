// What the search benchmark runs in Chromium, bundled by esbuild: this portal's engine as the site
// ships it and MiniSearch with the benchmark's configuration. Pagefind brings its own pagefind.js.
export { CompendiumSearch } from '../../site/src/lib/search/engine.ts';
export { default as MiniSearch } from 'minisearch';
export { miniSearchOptions } from './minisearch-config.ts';
