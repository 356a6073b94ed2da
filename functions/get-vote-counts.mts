import type { Config } from '@netlify/functions';
import { VoteCountsSchema, type VoteCounts } from '@portal/schema';
import { cmsJson } from './_shared/cms-client.js';
import { json } from './_shared/errors.js';
import { handler } from './_shared/handler.js';

export const config: Config = { path: '/api/votes/counts', method: 'GET' };

/** Seconds a count may be old: the function's memory, the browser and the CDN all keep it this long. */
const FRESH_SECONDS = 5;
let memo: { at: number; counts: Promise<VoteCounts> } | null = null;

/** `GET /api/votes/counts`: counted votes per project and idea, cached for a few seconds. */
export default handler(config, {
  name: 'get-vote-counts',
  unavailable: 'Счётчики голосов сейчас недоступны.',
  async run({ env }) {
    const now = Date.now();
    if (!memo || now - memo.at > FRESH_SECONDS * 1000) {
      const counts = cmsJson(env, '/api/votes/counts').then(({ body }) => VoteCountsSchema.parse(body));
      memo = { at: now, counts };
      counts.catch(() => (memo = null));
    }
    return json(await memo.counts, 200, {
      'cache-control': `public, max-age=${FRESH_SECONDS}`,
      'netlify-cdn-cache-control': `public, s-maxage=${FRESH_SECONDS}, stale-while-revalidate=30`,
    });
  },
});
