import type { APIRoute } from 'astro';
import { getBestPractices, getProgramme } from '../../data/entries.ts';
import { FEEDS, feedResponse, practiceItems } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse(FEEDS.practices, practiceItems(await getBestPractices()), (await getProgramme()).name, site);
