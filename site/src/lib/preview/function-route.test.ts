import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { narrowFunctionRoute, PREVIEW_ROUTES, rebaseHandlerImport, REPLACED_BUNDLE_GRACE_MS, stagePreviewFunction } from './function-route.ts';

// What @astrojs/netlify 8.2.6 writes into .netlify/v1/functions/ssr/ssr.mjs (its inline config).
const GENERATED = `
			import { createHandler } from './site/.netlify/build/entry.mjs';

			export default createHandler({"notFoundContent":"<!doctype html>"});

			export const config = {
				includedFiles: ['**/*'],
				name: 'Astro SSR',
				nodeBundler: 'none',
				generator: '@astrojs/netlify@8.2.6',
				path: '/*',
				preferStatic: true,
			};
		`;

describe('narrowFunctionRoute', () => {
  it('gives the adapter\'s function the preview page\'s routes instead of the whole site', () => {
    const narrowed = narrowFunctionRoute(GENERATED, PREVIEW_ROUTES);
    expect(narrowed).toContain('path: ["/preview","/preview/*"],');
    expect(narrowed).not.toContain("'/*'");
    expect(narrowed.replace('path: ["/preview","/preview/*"],', "path: '/*',")).toBe(GENERATED);
  });

  it('stops when the adapter writes something else', () => {
    expect(() => narrowFunctionRoute(GENERATED.replace("path: '/*',", "path: '/**',"), PREVIEW_ROUTES)).toThrow(/no longer declares path: '\/\*', once \(found 0 times\)/);
    expect(() => narrowFunctionRoute(`${GENERATED}${GENERATED}`, PREVIEW_ROUTES)).toThrow(/found 2 times/);
  });
});

describe('rebaseHandlerImport', () => {
  it('imports the handler from the staged bundle\'s folder', () => {
    expect(rebaseHandlerImport(GENERATED, 'bundles/abc')).toContain("import { createHandler } from './bundles/abc/site/.netlify/build/entry.mjs';");
  });

  it('stops when the handler is not imported once', () => {
    expect(() => rebaseHandlerImport(GENERATED.replace("from './site", "from '/site"), 'bundles/abc')).toThrow(/found 0/);
  });
});

describe('stagePreviewFunction', () => {
  let dir: string;
  let from: string;
  let to: string;
  const entry = () => join(from, 'functions', 'ssr', 'site', '.netlify', 'build', 'entry.mjs');
  const staged = (...parts: string[]) => join(to, 'functions', 'preview', ...parts);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stage-preview-'));
    from = join(dir, 'site', '.netlify', 'v1');
    to = join(dir, '.netlify', 'v1');
    await mkdir(join(from, 'functions', 'ssr', 'site', '.netlify', 'build'), { recursive: true });
    await writeFile(join(from, 'functions', 'ssr', 'ssr.mjs'), GENERATED);
    await writeFile(entry(), 'export const createHandler = () => () => new Response("one");\n');
    await writeFile(join(from, 'config.json'), '{"images":{"remote_images":[]}}');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stages the function with the preview routes, its bundle and the adapter\'s config', async () => {
    const { changed, bundle } = await stagePreviewFunction({ from, to });
    expect(changed).toBe(true);
    const main = await readFile(staged('preview.mjs'), 'utf8');
    expect(main).toContain('path: ["/preview","/preview/*"],');
    expect(main).toContain(`from './${bundle}/site/.netlify/build/entry.mjs';`);
    expect(await readFile(join(staged(bundle), 'site', '.netlify', 'build', 'entry.mjs'), 'utf8')).toContain('"one"');
    expect(await readdir(staged(bundle))).not.toContain('ssr.mjs');
    expect(await readFile(join(to, 'config.json'), 'utf8')).toBe('{"images":{"remote_images":[]}}');
    // Nothing is left beside the staged copy (the temporary files are renamed into place).
    expect((await readdir(to)).sort()).toEqual(['config.json', 'functions']);
  });

  it('writes nothing when the build is the one already staged', async () => {
    await stagePreviewFunction({ from, to });
    const before = (await stat(staged('preview.mjs'))).mtimeMs;
    expect((await stagePreviewFunction({ from, to })).changed).toBe(false);
    expect((await stat(staged('preview.mjs'))).mtimeMs).toBe(before);
  });

  it('stages a changed build as a new bundle and keeps the old one while netlify dev may still pack it', async () => {
    const t0 = Date.parse('2026-12-08T02:00:00Z');
    const first = await stagePreviewFunction({ from, to, now: t0 });
    await writeFile(entry(), 'export const createHandler = () => () => new Response("two");\n');
    const second = await stagePreviewFunction({ from, to, now: t0 + 1000 });
    expect(second.bundle).not.toBe(first.bundle);
    expect(await readFile(staged('preview.mjs'), 'utf8')).toContain(`./${second.bundle}/`);
    // A third build a moment later: the first bundle's files are all still there.
    await writeFile(entry(), 'export const createHandler = () => () => new Response("three");\n');
    const third = await stagePreviewFunction({ from, to, now: t0 + 2000 });
    expect(await readFile(join(staged(first.bundle), 'site', '.netlify', 'build', 'entry.mjs'), 'utf8')).toContain('"one"');
    expect((await readdir(staged('bundles'))).length).toBe(3);
    // The grace period after each was replaced: only the staged bundle is left.
    await stagePreviewFunction({ from, to, now: t0 + 2000 + REPLACED_BUNDLE_GRACE_MS });
    expect(await readdir(staged('bundles'))).toEqual([third.bundle.replace('bundles/', '')]);
  });

  it('keeps a bundle that became the staged one again, and counts its grace from when it is next replaced', async () => {
    const t0 = Date.parse('2026-12-08T02:00:00Z');
    const first = await stagePreviewFunction({ from, to, now: t0 });
    await writeFile(entry(), 'export const createHandler = () => () => new Response("two");\n');
    await stagePreviewFunction({ from, to, now: t0 + 1000 });
    await writeFile(entry(), 'export const createHandler = () => () => new Response("one");\n');
    const again = await stagePreviewFunction({ from, to, now: t0 + 2 * REPLACED_BUNDLE_GRACE_MS });
    expect(again.bundle).toBe(first.bundle);
    await writeFile(entry(), 'export const createHandler = () => () => new Response("three");\n');
    await stagePreviewFunction({ from, to, now: t0 + 2 * REPLACED_BUNDLE_GRACE_MS + 1000 });
    expect(await readdir(staged('bundles'))).toContain(first.bundle.replace('bundles/', ''));
  });

  it('refuses an adapter output it does not know how to stage', async () => {
    await mkdir(join(from, 'edge-functions', 'middleware'), { recursive: true });
    await writeFile(join(from, 'edge-functions', 'middleware', 'middleware.mjs'), 'export default () => {};\n');
    await expect(stagePreviewFunction({ from, to })).rejects.toThrow(/edge functions \(middleware\/middleware\.mjs\)/);
  });
});
