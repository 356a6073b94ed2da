import { describe, expect, it } from 'vitest';
import { narrowFunctionRoute, PREVIEW_ROUTES } from './function-route.ts';

// What @astrojs/netlify 8.2.6 writes into .netlify/v1/functions/ssr/ssr.mjs (its inline config).
const GENERATED = `
			import { createHandler } from './build/entry.mjs';

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

  it('stops the build when the adapter writes something else', () => {
    expect(() => narrowFunctionRoute(GENERATED.replace("path: '/*',", "path: '/**',"), PREVIEW_ROUTES)).toThrow(/no longer declares path: '\/\*', once \(found 0 times\)/);
    expect(() => narrowFunctionRoute(`${GENERATED}${GENERATED}`, PREVIEW_ROUTES)).toThrow(/found 2 times/);
  });
});
