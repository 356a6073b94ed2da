import type { APIRoute } from 'astro';
import { getProgramme, getRounds } from '../../data/entries.ts';
import { FEEDS, feedResponse, roundNewsItems } from '../../lib/feeds.ts';

// The stages begun by the time of the build (the site is rebuilt as the CMS changes).
export const GET: APIRoute = async ({ site }) =>
  feedResponse(FEEDS.selection, roundNewsItems(await getRounds(), new Date()), (await getProgramme()).name, site);
