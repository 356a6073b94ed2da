// /practices/search/cards/<n>.json — what a search result shows for document n of the index.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCompendiumSearch } from '../../../../data/search.ts';

export const getStaticPaths = (async () => {
  const { cards } = await getCompendiumSearch();
  return cards.map((card, n) => ({ params: { n: String(n) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.card), { headers: { 'content-type': 'application/json; charset=utf-8' } });
