// Builds the compendium's search index at site build time. The index holds only what matching,
// ranking and facets need — the vocabulary of stems, posting lists and each practice's facet values —
// so it stays small; what a result shows (title, city, summary) is in per-practice cards fetched for
// the results on screen.
import { terms } from './text.ts';
import { FIELD_CLASS, type FieldClass, INDEX_VERSION, type SearchCard, type SearchIndex } from './format.ts';

export interface SearchableTopic {
  slug: string;
  title: string;
}

/** A practice as the index needs it; the loader's entries map onto this. */
export interface SearchablePractice {
  slug: string;
  title: string;
  city: string;
  region: string;
  topic: SearchableTopic | null;
  year: number;
  summary: string;
  /** Every other text worth finding: body, problem, steps, results' labels… */
  body: string[];
}

export interface BuiltSearch {
  index: SearchIndex;
  /** One card per practice, in index order: `cards[i]` belongs to document `i`. */
  cards: SearchCard[];
}

/** Practices in the order the list shows them with no query: newest year first, then by title. */
export function listOrder(practices: readonly SearchablePractice[]): SearchablePractice[] {
  return [...practices].sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, 'ru'));
}

export function buildSearchIndex(practices: readonly SearchablePractice[]): BuiltSearch {
  const docs = listOrder(practices);
  const topics = uniqueSorted(docs.flatMap((d) => (d.topic ? [d.topic.slug] : [])));
  const topicTitles = new Map(docs.flatMap((d) => (d.topic ? [[d.topic.slug, d.topic.title] as const] : [])));
  const regions = uniqueSorted(docs.map((d) => d.region));
  const years = [...new Set(docs.map((d) => d.year))].sort((a, b) => b - a);

  // stem → (doc → best field class)
  const postings = new Map<string, Map<number, FieldClass>>();
  const add = (doc: number, text: string, cls: FieldClass) => {
    for (const term of terms(text)) {
      if (!isIndexed(term)) continue;
      let docsOfTerm = postings.get(term);
      if (!docsOfTerm) postings.set(term, (docsOfTerm = new Map()));
      if ((docsOfTerm.get(doc) ?? 0) < cls) docsOfTerm.set(doc, cls);
    }
  };
  docs.forEach((d, i) => {
    add(i, `${d.title} ${d.city}`, FIELD_CLASS.title);
    add(i, `${d.summary} ${d.region} ${d.topic?.title ?? ''}`, FIELD_CLASS.summary);
    add(i, d.body.join(' '), FIELD_CLASS.body);
  });

  const vocabulary = [...postings.keys()].sort();
  return {
    index: {
      v: INDEX_VERSION,
      n: docs.length,
      topics: topics.map((slug) => ({ slug, title: topicTitles.get(slug) ?? slug })),
      regions,
      years,
      docTopic: docs.map((d) => (d.topic ? topics.indexOf(d.topic.slug) : -1)),
      docRegion: docs.map((d) => regions.indexOf(d.region)),
      docYear: docs.map((d) => years.indexOf(d.year)),
      terms: vocabulary,
      postings: vocabulary.map((term) => encodePostings(postings.get(term)!)),
    },
    cards: docs.map((d) => ({ slug: d.slug, title: d.title, city: d.city, region: d.region, year: d.year, topic: d.topic?.title ?? null, summary: d.summary })),
  };
}

/**
 * Numbers other than years are left out of the index: nobody looks a practice up by «15 634», and
 * the generated and real texts are full of figures that would triple the vocabulary.
 */
export function isIndexed(term: string): boolean {
  return !/^\d+$/.test(term) || /^(19|20)\d\d$/.test(term);
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** Doc numbers ascending, each as base-36 (gap × 4 + field class), joined by '.'. */
export function encodePostings(docs: Map<number, FieldClass>): string {
  let previous = -1;
  return [...docs.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([doc, cls]) => {
      const encoded = ((doc - previous) * 4 + cls).toString(36);
      previous = doc;
      return encoded;
    })
    .join('.');
}
