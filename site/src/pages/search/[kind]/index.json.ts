// /search/<kind>/index.json — one kind's index for the site-wide search, fetched when a reader searches.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearch } from '../../../data/site-search.ts';
import { SEARCH_KINDS } from '../../../lib/site-search/kinds.ts';

export const getStaticPaths = (() => SEARCH_KINDS.map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const search = await getSiteSearch();
  const { index } = search[params.kind as keyof typeof search];
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
