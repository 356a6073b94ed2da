// /search/words.json — the words of the site's texts, fetched only when a query finds nothing, to
// suggest a close spelling («Возможно, вы имели в виду …»).
import type { APIRoute } from 'astro';
import { getSiteVocabulary } from '../../data/site-search.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSiteVocabulary()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
