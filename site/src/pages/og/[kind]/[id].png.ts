// Open Graph images (1200×630 PNG), rendered at build time and cached between builds (lib/og/render.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOgImages } from '../../../data/og-images.ts';
import { ogPng } from '../../../lib/og/render.ts';

export const getStaticPaths = (async () =>
  (await getOgImages()).map(({ kind, id, card }) => ({ params: { kind, id }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Awaited<ReturnType<typeof getOgImages>>[number]['card'] }> = async ({ props }) =>
  new Response(Buffer.from(await ogPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
