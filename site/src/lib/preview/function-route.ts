// The Netlify adapter (@astrojs/netlify 8) serves every on-demand page from one function whose route
// is the whole site (`path: '/*'`, `preferStatic: true`): every address without a static file — each
// /api/* function's (netlify dev matches that function before them), a mistyped link that should get
// the static 404 page — would reach it. This site has one on-demand page, so after the adapter has
// written its function this integration narrows the route to the preview page. The route is part of
// the function file's inline config, which Netlify reads statically; if the adapter's output changes
// shape, the build stops here instead of publishing a catch-all.
import { readFile, writeFile } from 'node:fs/promises';
import { PREVIEW_PATH } from '@portal/schema';
import type { AstroIntegration } from 'astro';

/** The adapter's generated route line, exactly. */
const CATCH_ALL = "path: '/*',";

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

/** `/preview/` and below, with or without the trailing slash. */
export const PREVIEW_ROUTES: readonly string[] = [PREVIEW_PATH.replace(/\/$/, ''), `${PREVIEW_PATH}*`];

/** Runs after the adapter (Astro runs the adapter's hooks first) and narrows its function's route. */
export function previewFunctionRoute(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'portal-preview-function-route',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ logger }) => {
        const file = new URL('.netlify/v1/functions/ssr/ssr.mjs', root);
        await writeFile(file, narrowFunctionRoute(await readFile(file, 'utf8'), PREVIEW_ROUTES));
        logger.info(`the on-demand function answers ${PREVIEW_ROUTES.join(' and ')} only`);
      },
    },
  };
}
