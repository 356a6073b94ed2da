// The list of the build's Open Graph images, each with its path and its card: the integration in
// lib/og/build.ts writes the images from it after the build and removes it from the output.
import type { APIRoute } from 'astro';
import { getOgImages, ogImagePath } from '../../data/og-images.ts';
import type { OgImageEntry } from '../../lib/og/build.ts';

export const prerender = true;

export const GET: APIRoute = async () =>
  Response.json((await getOgImages()).map(({ kind, id, card }): OgImageEntry => ({ path: ogImagePath(kind, id), card })));
