// Builds the site-wide search at site build time: one compendium-engine index per kind (practices,
// projects, stories, topics), the cards in index order, and the vocabulary of written words the
// «Возможно, вы имели в виду» suggestion corrects towards.
import { buildSearchIndex } from '../search/build-index.ts';
import type { SearchIndex } from '../search/format.ts';
import { collectWords } from '../search/suggest.ts';
import { SEARCH_KINDS, type SearchKind, type SiteCard, type SiteDoc } from './kinds.ts';

export interface BuiltKind {
  index: SearchIndex;
  /** `cards[i]` belongs to document `i` of `index`. */
  cards: SiteCard[];
}

export type SiteSearch = Record<SearchKind, BuiltKind>;

/** One kind's index, with its cards put in the order the engine numbered the documents. */
export function buildKind(docs: readonly SiteDoc[]): BuiltKind {
  const bySlug = new Map(docs.map((d) => [d.searchable.slug, d.card]));
  if (bySlug.size !== docs.length) throw new Error('Site search: two documents of one kind share a slug.');
  const { index, cards } = buildSearchIndex(docs.map((d) => d.searchable));
  return { index, cards: cards.map((c) => bySlug.get(c.slug)!) };
}

export function buildSiteSearch(docs: Record<SearchKind, readonly SiteDoc[]>): SiteSearch {
  return Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, buildKind(docs[kind])])) as SiteSearch;
}

/** Every word the indexed texts contain, most frequent first: what a misspelt query is corrected towards. */
export function siteVocabulary(docs: Record<SearchKind, readonly SiteDoc[]>): string[] {
  return collectWords(
    SEARCH_KINDS.flatMap((kind) =>
      docs[kind].flatMap(({ searchable: s }) => [s.title, s.city, s.region, s.topic?.title ?? '', s.summary, ...s.body]),
    ),
  );
}
