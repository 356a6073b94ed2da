// Builds the compendium's search index at site build time. The index holds only what matching,
// ranking and facets need — the vocabulary of stems, posting lists with each term's quantised BM25F
// impact (ranking.ts) and first position in title and summary, and each practice's facet values —
// so it stays small; what a result shows (title, city, summary) is in per-practice cards fetched for
// the results on screen.
import { terms } from './text.ts';
import { encodePostings, INDEX_VERSION, MAX_POSITION, type Posting, type SearchCard, type SearchIndex } from './format.ts';
import { type Field, FIELDS, pseudoFrequency, quantise, saturate } from './ranking.ts';

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

/** The indexed terms of each field of a practice. */
function fieldTerms(d: SearchablePractice): Record<Field, string[]> {
  const indexed = (text: string) => terms(text).filter(isIndexed);
  return {
    title: indexed(d.title),
    place: indexed(`${d.city} ${d.region} ${d.topic?.title ?? ''}`),
    summary: indexed(d.summary),
    body: indexed(d.body.join(' ')),
  };
}

interface DocTerms {
  length: Record<Field, number>;
  /** term → frequency per field */
  tf: Map<string, Record<Field, number>>;
  /** term → first position in title + summary */
  position: Map<string, number>;
}

function docTerms(d: SearchablePractice): DocTerms {
  const fields = fieldTerms(d);
  const tf = new Map<string, Record<Field, number>>();
  for (const f of FIELDS) {
    for (const term of fields[f]) {
      let counts = tf.get(term);
      if (!counts) tf.set(term, (counts = { title: 0, place: 0, summary: 0, body: 0 }));
      counts[f]++;
    }
  }
  const position = new Map<string, number>();
  [...fields.title, ...fields.summary].slice(0, MAX_POSITION + 1).forEach((term, i) => {
    if (!position.has(term)) position.set(term, i);
  });
  const length = Object.fromEntries(FIELDS.map((f) => [f, fields[f].length])) as Record<Field, number>;
  return { length, tf, position };
}

/** Term → postings (document, impact, position) over all documents. */
function buildPostings(docs: readonly SearchablePractice[]): Map<string, Posting[]> {
  const analysed = docs.map(docTerms);
  const average = Object.fromEntries(
    FIELDS.map((f) => [f, analysed.reduce((sum, a) => sum + a.length[f], 0) / Math.max(1, analysed.length)]),
  ) as Record<Field, number>;
  const postings = new Map<string, Posting[]>();
  analysed.forEach(({ length, tf, position }, doc) => {
    for (const [term, counts] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ doc, impact: quantise(saturate(pseudoFrequency(counts, length, average))), position: position.get(term) ?? -1 });
    }
  });
  return postings;
}

export function buildSearchIndex(practices: readonly SearchablePractice[]): BuiltSearch {
  const docs = listOrder(practices);
  const topics = uniqueSorted(docs.flatMap((d) => (d.topic ? [d.topic.slug] : [])));
  const topicTitles = new Map(docs.flatMap((d) => (d.topic ? [[d.topic.slug, d.topic.title] as const] : [])));
  const regions = uniqueSorted(docs.map((d) => d.region));
  const cities = uniqueSorted(docs.map((d) => d.city));
  const years = [...new Set(docs.map((d) => d.year))].sort((a, b) => b - a);
  const postings = buildPostings(docs);
  const vocabulary = [...postings.keys()].sort();
  const encoded = vocabulary.map((term) => encodePostings(postings.get(term)!, docs.length));
  const position = <T>(list: readonly T[]) => {
    const at = new Map(list.map((value, i) => [value, i]));
    return (value: T) => at.get(value) ?? -1;
  };
  const topicAt = position(topics);
  const regionAt = position(regions);
  const cityAt = position(cities);
  const yearAt = position(years);

  return {
    index: {
      v: INDEX_VERSION,
      n: docs.length,
      topics: topics.map((slug) => ({ slug, title: topicTitles.get(slug) ?? slug })),
      regions,
      cities,
      years,
      docTopic: docs.map((d) => (d.topic ? topicAt(d.topic.slug) : -1)),
      docRegion: docs.map((d) => regionAt(d.region)),
      docCity: docs.map((d) => cityAt(d.city)),
      docYear: docs.map((d) => yearAt(d.year)),
      terms: vocabulary,
      postings: encoded.map((e) => e.docs),
      impacts: encoded.map((e) => e.impacts),
      positions: encoded.map((e) => e.positions),
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
