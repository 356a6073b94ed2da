// The Netlify adapter (@astrojs/netlify 8) serves every on-demand page from one function whose route
// is the whole site (`path: '/*'`, `preferStatic: true`): every address without a static file — each
// /api/* function's (netlify dev matches that function before them), a mistyped link that should get
// the static 404 page — would reach it. This site has one on-demand page, so the function is staged
// with its route narrowed to the preview page (stagePreviewFunction), and Netlify reads that copy only.
//
// Why a copy, and not the adapter's own folder (<site>/.netlify/v1): Netlify reads framework output
// from <package dir>/.netlify/v1 — netlify dev with `--filter <package>`, a deploy from the repository
// root's .netlify/v1. The adapter empties and rewrites its folder on every `astro build`, first with the
// catch-all route; and netlify-cli 27 answers a file added to or removed from a functions folder it
// watches by re-listing that folder alone, dropping every function of the other folders (the /api ones:
// «Removed function experts»). So netlify dev and the deploy read a folder the build never writes, and
// this step changes it only in ways netlify dev takes as edits: the bundle goes to a new folder two
// levels down (below what netlify-cli watches for added functions), the entry file is rewritten in place
// to import it, and a replaced bundle stays for REPLACED_BUNDLE_GRACE_MS: netlify dev packs the function
// after each rewrite, and a file removed while it packs stops netlify dev altogether (ENOENT in
// zip-it-and-ship-it, «Netlify CLI has terminated unexpectedly»; seen when two site builds came close).
// The route is in the entry file's inline config, which Netlify reads statically; if the adapter's
// output changes shape, the step stops instead of staging a catch-all.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PREVIEW_PATH } from '@portal/schema';

/** The adapter's generated route line, exactly. */
const CATCH_ALL = "path: '/*',";
/** The adapter's generated import of its handler, e.g. `from './site/.netlify/build/entry.mjs';`. */
const HANDLER_IMPORT = /from '\.\/([^']+)';/g;

/** The function file with its route narrowed to `routes` (Netlify accepts a list of URL patterns). */
export function narrowFunctionRoute(source: string, routes: readonly string[]): string {
  const count = source.split(CATCH_ALL).length - 1;
  if (count !== 1) {
    throw new Error(
      `The Netlify adapter's function no longer declares ${CATCH_ALL} once (found ${count} times): ` +
        'check what @astrojs/netlify now generates in .netlify/v1/functions/ssr/ssr.mjs and update site/src/lib/preview/function-route.ts.',
    );
  }
  return source.replace(CATCH_ALL, `path: ${JSON.stringify(routes)},`);
}

/** The function file importing its handler from `bundleDir` (relative to the file) instead of beside it. */
export function rebaseHandlerImport(source: string, bundleDir: string): string {
  const imports = [...source.matchAll(HANDLER_IMPORT)];
  if (imports.length !== 1) {
    throw new Error(
      `The Netlify adapter's function no longer imports its handler once with a relative path (found ${imports.length}): ` +
        'update site/src/lib/preview/function-route.ts.',
    );
  }
  return source.replace(HANDLER_IMPORT, (_all, path: string) => `from './${bundleDir}/${path}';`);
}

/** `/preview/` and below, with or without the trailing slash. */
export const PREVIEW_ROUTES: readonly string[] = [PREVIEW_PATH.replace(/\/$/, ''), `${PREVIEW_PATH}*`];

/** The staged function's name (its folder and entry file). */
export const PREVIEW_FUNCTION = 'preview';

/** How long a replaced bundle is kept (netlify dev may still be packing it; see the top of this file). */
export const REPLACED_BUNDLE_GRACE_MS = 10 * 60_000;

/** The file in a replaced bundle that says since when (ms since the epoch). */
const REPLACED_MARK = '.replaced';

/** Every file under `dir`, relative to it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A digest of a folder's files (names and contents). */
async function digest(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(join(dir, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function readIfExists(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}

/** Writes `file` only when its content differs; atomically (a temporary file in `scratch`, renamed over it). */
async function writeIfChanged(file: string, content: string, scratch: string): Promise<boolean> {
  if ((await readIfExists(file)) === content) return false;
  const temporary = join(scratch, `.${PREVIEW_FUNCTION}-${process.pid}-${Date.now()}.tmp`);
  await writeFile(temporary, content);
  await rename(temporary, file);
  return true;
}

export interface StageResult {
  /** Whether anything in `to` changed. */
  changed: boolean;
  /** The staged bundle's folder, relative to `to`. */
  bundle: string;
}

/**
 * Stages the adapter's output (`from`, the site's .netlify/v1) into `to` (the .netlify/v1 Netlify
 * reads): the function as `functions/preview/preview.mjs` answering PREVIEW_ROUTES only, its bundle in
 * `functions/preview/bundles/<digest>/`, and the adapter's config.json. Nothing is written when the
 * staged copy is already this build's; a replaced bundle goes REPLACED_BUNDLE_GRACE_MS after the
 * staging that replaced it (`now`: the clock, for tests).
 */
export async function stagePreviewFunction({ from, to, now = Date.now() }: { from: string; to: string; now?: number }): Promise<StageResult> {
  const source = join(from, 'functions', 'ssr');
  const entry = await readFile(join(source, 'ssr.mjs'), 'utf8');
  const edgeFunctions = await filesUnder(join(from, 'edge-functions')).catch(() => []);
  if (edgeFunctions.length > 0) {
    throw new Error(`The Netlify adapter wrote edge functions (${edgeFunctions.join(', ')}), which this step does not stage: update site/src/lib/preview/function-route.ts.`);
  }
  const bundleFiles = (await filesUnder(source)).filter((f) => f !== 'ssr.mjs');
  const bundle = `bundles/${await digest(source, bundleFiles)}`;
  const functionDir = join(to, 'functions', PREVIEW_FUNCTION);
  const staged = narrowFunctionRoute(rebaseHandlerImport(entry, bundle), PREVIEW_ROUTES);
  await mkdir(join(functionDir, 'bundles'), { recursive: true });

  let changed = false;
  const bundleDir = join(functionDir, bundle);
  if ((await readIfExists(join(bundleDir, '.complete'))) === undefined) {
    // Copied beside, then renamed into place whole: netlify dev never sees half a bundle.
    const temporary = join(to, `.${PREVIEW_FUNCTION}-bundle-${process.pid}-${Date.now()}`);
    await rm(temporary, { recursive: true, force: true });
    await cp(source, temporary, { recursive: true, filter: (path) => path !== join(source, 'ssr.mjs') });
    await writeFile(join(temporary, '.complete'), '');
    await rm(bundleDir, { recursive: true, force: true });
    await rename(temporary, bundleDir);
    changed = true;
  }
  // A bundle staged again (a build identical to an earlier one) is no longer a replaced one.
  await rm(join(bundleDir, REPLACED_MARK), { force: true });
  changed = (await writeIfChanged(join(functionDir, `${PREVIEW_FUNCTION}.mjs`), staged, to)) || changed;
  const config = await readIfExists(join(from, 'config.json'));
  if (config !== undefined) changed = (await writeIfChanged(join(to, 'config.json'), config, to)) || changed;
  // The previous bundles: marked when first found replaced, removed once that is the grace period ago.
  for (const old of await readdir(join(functionDir, 'bundles'))) {
    if (`bundles/${old}` === bundle) continue;
    const mark = join(functionDir, 'bundles', old, REPLACED_MARK);
    const since = Number(await readIfExists(mark)); // NaN when there is no mark yet
    if (!Number.isFinite(since)) await writeFile(mark, String(now));
    else if (now - since >= REPLACED_BUNDLE_GRACE_MS) await rm(join(functionDir, 'bundles', old), { recursive: true, force: true });
  }
  return { changed, bundle };
}
