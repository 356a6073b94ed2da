// MiniSearch as a Russian site would set it up: the portal's own normalisation, stop words and
// Snowball stemmer (site/src/lib/search/text.ts) for indexing and queries, fuzzy and prefix matching,
// title and place weighted above the text. Shared by the index build (Node) and the search (Chromium).
import type { Options } from 'minisearch';
import { terms } from '../../site/src/lib/search/text.ts';

/** One practice as MiniSearch indexes it; `id` is its place in the corpus. */
export interface MiniDoc {
  id: number;
  title: string;
  city: string;
  region: string;
  topic: string;
  summary: string;
  body: string;
}

export const miniSearchOptions: Options<MiniDoc> = {
  fields: ['title', 'city', 'region', 'topic', 'summary', 'body'],
  // One token may hold several words once normalised («из-за»); stop words give none.
  processTerm: (token) => {
    const stems = terms(token);
    return stems.length ? stems : null;
  },
  searchOptions: {
    boost: { title: 3, city: 3, region: 2, topic: 1.5, summary: 2 },
    fuzzy: 0.2,
    prefix: true,
    combineWith: 'OR',
  },
};
