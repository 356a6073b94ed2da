// /practices/search/index.json — the search index, fetched by the search island on first use.
import type { APIRoute } from 'astro';
import { getCompendiumSearch } from '../../../data/search.ts';

export const GET: APIRoute = async () => {
  const { index } = await getCompendiumSearch();
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
