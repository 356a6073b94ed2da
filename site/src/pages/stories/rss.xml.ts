import type { APIRoute } from 'astro';
import { getProgramme, getSuccessStories } from '../../data/entries.ts';
import { FEEDS, feedResponse, storyItems } from '../../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) =>
  feedResponse(FEEDS.stories, storyItems(await getSuccessStories()), (await getProgramme()).name, site);
