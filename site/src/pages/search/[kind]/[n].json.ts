// /search/<kind>/<n>.json — what a result shows for document n of that kind's index.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearch } from '../../../data/site-search.ts';
import { SEARCH_KINDS } from '../../../lib/site-search/kinds.ts';

export const getStaticPaths = (async () => {
  const search = await getSiteSearch();
  return SEARCH_KINDS.flatMap((kind) => search[kind].cards.map((card, n) => ({ params: { kind, n: String(n) }, props: { card } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.card), { headers: { 'content-type': 'application/json; charset=utf-8' } });
