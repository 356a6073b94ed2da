// The compendium search in the browser: fuse.js matches each query word against the vocabulary of
// stems (typos and word forms tolerated), posting lists turn matched stems into practices, and the
// practices are ranked by BM25F (ranking.ts) with a boost for the city or region the query names and
// a bonus for query words next to each other. Facet counts follow the query.
import Fuse from 'fuse.js/basic';
import { type DecodedPostings, decodePostings, IMPACT_LEVELS, type SearchIndex } from './format.ts';
import { idf } from './ranking.ts';
import { normalize, stem, terms, words } from './text.ts';

export interface SearchFilters {
  topic?: string | null;
  region?: string | null;
  year?: number | null;
}

export interface FacetCount<T> {
  value: T;
  label: string;
  count: number;
}

export interface SearchOutcome {
  /** Matching documents, best first (all documents in list order when the query is empty). */
  docs: number[];
  /** Stems that matched, for highlighting. */
  matchedStems: string[];
  /** Query words that matched nothing in the compendium. */
  unmatchedWords: string[];
  facets: {
    topic: FacetCount<string>[];
    region: FacetCount<string>[];
    year: FacetCount<number>[];
  };
}

/** Fuse's score is 0 for a perfect match and 1 for none; matches worse than 0.34 are ignored. */
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 };
/** How many vocabulary entries one query word may match. */
const MAX_EXPANSIONS = 12;
/** What a vocabulary stem that the query word's stem begins (or ends within) counts: a word form. */
const PREFIX_QUALITY = 0.8;
/** A typo match counts at most this much of an exact one. */
const FUZZY_QUALITY = 0.6;
/** Matches this good keep their position for the proximity bonus. */
const PROXIMITY_QUALITY = PREFIX_QUALITY;
/** Bonus for two consecutive query words next to each other in title + summary, as a share of the weaker one's score. */
const PROXIMITY_WEIGHT = 0.5;
/** A practice in a city or region the query names scores this × the place's IDF for the words naming it. */
const PLACE_WEIGHT = 1.5;
/** Results scoring less than this share of the best one are left out. */
const MIN_SHARE = 0.2;
/** Words of a region's name that do not identify it. */
const GENERIC_PLACE_WORDS = 'область край республика автономный автономная округ город федерального значения';

interface Expansion {
  term: number;
  quality: number;
}

/** A city or region and the stems that name it in a query. */
interface Place {
  stems: string[];
  /** Every stem must be in the query (a city), or any one (a region's distinctive words). */
  all: boolean;
  docs: number[];
}

export class CompendiumSearch {
  private readonly index: SearchIndex;
  /** Query word → its expansions: a reader typing repeats the words before the one being typed. */
  private readonly expansions = new Map<string, Expansion[]>();
  private readonly fuseByLetter = new Map<string, { members: number[]; fuse: Fuse<string> }>();
  private readonly decoded = new Map<number, DecodedPostings>();
  private readonly termIndex: Map<string, number>;
  /** Prepared with the index (when the reader focuses the box), not on the first search. */
  private readonly places: Place[];
  private readonly collator = new Intl.Collator('ru');
  private readonly buffers: Array<{ score: Float32Array; position: Int8Array }> = [];

  constructor(index: SearchIndex) {
    this.index = index;
    this.termIndex = new Map(index.terms.map((t, i) => [t, i]));
    this.places = placesOf(index);
  }

  search(query: string, filters: SearchFilters = {}): SearchOutcome {
    const queryWords = [...new Set(words(query))];
    const ranked = queryWords.length > 0 ? this.rank(queryWords) : null;
    const base = ranked?.docs ?? Array.from({ length: this.index.n }, (_, i) => i);
    const f = this.resolveFilters(filters);
    const pass = (doc: number, skip: keyof typeof f | null) =>
      (skip === 'topic' || f.topic === null || this.index.docTopic[doc] === f.topic) &&
      (skip === 'region' || f.region === null || this.index.docRegion[doc] === f.region) &&
      (skip === 'year' || f.year === null || this.index.docYear[doc] === f.year);

    return {
      docs: base.filter((d) => pass(d, null)),
      matchedStems: ranked?.matchedStems ?? [],
      unmatchedWords: ranked?.unmatchedWords ?? [],
      facets: {
        topic: this.count(base.filter((d) => pass(d, 'topic')), this.index.docTopic, (i) => this.index.topics[i]!.slug, (i) => this.index.topics[i]!.title),
        region: this.count(base.filter((d) => pass(d, 'region')), this.index.docRegion, (i) => this.index.regions[i]!, (i) => this.index.regions[i]!),
        year: this.count(base.filter((d) => pass(d, 'year')), this.index.docYear, (i) => this.index.years[i]!, (i) => String(this.index.years[i]!)),
      },
    };
  }

  /**
   * BM25F over the query's words: each word scores a document by its best vocabulary match
   * (exact stem, word form or typo, weighed by quality) — IDF × the stored impact; a city or region
   * the query names boosts its practices; consecutive query words close together in title and
   * summary add a bonus. Best first; equal scores keep list order (newest first).
   */
  private rank(queryWords: string[]): { docs: number[]; matchedStems: string[]; unmatchedWords: string[] } {
    const n = this.index.n;
    const matchedStems = new Set<string>();
    const unmatchedWords: string[] = [];
    const placeBoosts = this.placeBoosts(queryWords);
    const scores: Float32Array[] = [];
    const positions: Int8Array[] = [];
    // Only the documents some word touches are summed, filtered and sorted: a search costs what its
    // posting lists cost, not the size of the compendium.
    const seen = new Uint8Array(n);
    const touched: number[] = [];
    const touch = (doc: number) => {
      if (seen[doc]) return;
      seen[doc] = 1;
      touched.push(doc);
    };
    queryWords.forEach((word, w) => {
      const { score, position } = this.buffer(w);
      let expansions = this.expansions.get(word);
      if (!expansions) this.expansions.set(word, (expansions = this.expand(word)));
      if (expansions.length === 0 && !placeBoosts.has(w)) unmatchedWords.push(word);
      for (const { term, quality } of expansions) {
        matchedStems.add(this.index.terms[term]!);
        const postings = this.postings(term);
        const weight = (quality * idf(postings.docs.length, n)) / IMPACT_LEVELS;
        for (let i = 0; i < postings.docs.length; i++) {
          const doc = postings.docs[i]!;
          const s = weight * postings.impacts[i]!;
          if (s > score[doc]!) {
            touch(doc);
            score[doc] = s;
            position[doc] = quality >= PROXIMITY_QUALITY ? postings.positions[i]! : -1;
          }
        }
      }
      for (const { docs, boost } of placeBoosts.get(w) ?? []) {
        for (const doc of docs) {
          if (boost <= score[doc]!) continue;
          touch(doc);
          score[doc] = boost;
        }
      }
      scores.push(score);
      positions.push(position);
    });

    const total = new Float32Array(n);
    for (const score of scores) for (const doc of touched) total[doc] = total[doc]! + score[doc]!;
    addProximity(total, scores, positions, touched);
    let best = 0;
    for (const doc of touched) if (total[doc]! > best) best = total[doc]!;
    const docs = touched.filter((doc) => total[doc]! >= best * MIN_SHARE);
    docs.sort((a, b) => total[b]! - total[a]! || a - b);
    for (let w = 0; w < scores.length; w++) {
      for (const doc of touched) {
        scores[w]![doc] = 0;
        positions[w]![doc] = -1;
      }
    }
    return { docs, matchedStems: [...matchedStems], unmatchedWords };
  }

  /**
   * The per-document score and position arrays of the query's `w`-th word, kept between searches
   * (zeroed where used) so that typing does not allocate and collect arrays the size of the compendium.
   */
  private buffer(w: number): { score: Float32Array; position: Int8Array } {
    while (this.buffers.length <= w) {
      this.buffers.push({ score: new Float32Array(this.index.n), position: new Int8Array(this.index.n).fill(-1) });
    }
    return this.buffers[w]!;
  }

  /**
   * Vocabulary entries a query word stands for, with a quality from 0 to 1: its stem (1), other word
   * forms — stems it begins or that begin it (PREFIX_QUALITY) — and, only when its stem is not in the
   * vocabulary, typo matches found by fuse.js.
   */
  private expand(word: string): Expansion[] {
    const stemmed = stem(word);
    const exact = this.termIndex.get(stemmed);
    const found = new Map<number, number>();
    const add = (term: number, quality: number) => quality > (found.get(term) ?? 0) && found.set(term, quality);
    if (exact !== undefined) add(exact, 1);
    // A number (a year) matches only itself: 2019 is not a typo of 2018.
    if (/^\d+$/.test(word)) return this.best(found);
    // Words of one or two letters only match exactly or as a prefix; fuzzy matching them is noise.
    const prefix = word.length <= 2 ? word : stemmed;
    for (const term of this.startingWith(prefix)) add(term, PREFIX_QUALITY);
    for (let length = 4; length < stemmed.length; length++) {
      const shorter = this.termIndex.get(stemmed.slice(0, length));
      if (shorter !== undefined) add(shorter, PREFIX_QUALITY);
    }
    if (exact !== undefined || word.length <= 2) return this.best(found);
    for (const { term, score } of this.typos(stemmed)) add(term, (1 - score) * FUZZY_QUALITY);
    return this.best(found);
  }

  private best(found: Map<number, number>): Expansion[] {
    return [...found]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_EXPANSIONS)
      .map(([term, quality]) => ({ term, quality }));
  }

  /** Vocabulary entries (other than `prefix` itself) that begin with `prefix`: a range of the sorted vocabulary. */
  private startingWith(prefix: string): number[] {
    const vocabulary = this.index.terms;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (vocabulary[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let i = low; i < vocabulary.length && vocabulary[i]!.startsWith(prefix) && found.length < MAX_EXPANSIONS; i++) {
      if (vocabulary[i] !== prefix) found.push(i);
    }
    return found;
  }

  /** For each query word (by its place in the query) that names a city or region: its practices and their boost. */
  private placeBoosts(queryWords: string[]): Map<number, Array<{ docs: number[]; boost: number }>> {
    const stems = queryWords.map(stem);
    const boosts = new Map<number, Array<{ docs: number[]; boost: number }>>();
    for (const place of this.places) {
      const at = place.stems.map((s) => stems.indexOf(s));
      const named = place.all ? at.every((i) => i >= 0) : at.some((i) => i >= 0);
      if (!named) continue;
      const boost = PLACE_WEIGHT * idf(place.docs.length, this.index.n);
      for (const i of at) if (i >= 0) boosts.set(i, [...(boosts.get(i) ?? []), { docs: place.docs, boost }]);
    }
    return boosts;
  }

  /**
   * Typo matches of a stem: fuse.js over the vocabulary entries with the same first letter. Typing
   * rarely gets the first letter wrong, and this keeps each search to a fraction of the vocabulary
   * (fuse.js compares the word with every entry it is given: the whole vocabulary of a large
   * compendium would cost tens of milliseconds per word).
   */
  private typos(stemmed: string): Array<{ term: number; score: number }> {
    const first = stemmed[0]!;
    let bucket = this.fuseByLetter.get(first);
    if (!bucket) {
      const members = this.index.terms.flatMap((t, i) => (t[0] === first ? [i] : []));
      bucket = { members, fuse: new Fuse(members.map((i) => this.index.terms[i]!), FUSE_OPTIONS) };
      this.fuseByLetter.set(first, bucket);
    }
    const { members, fuse } = bucket;
    return fuse.search(stemmed, { limit: MAX_EXPANSIONS * 3 }).map((r) => ({ term: members[r.refIndex]!, score: r.score ?? 1 }));
  }

  private postings(term: number): DecodedPostings {
    let decoded = this.decoded.get(term);
    if (!decoded) {
      decoded = decodePostings({ docs: this.index.postings[term]!, impacts: this.index.impacts[term]!, positions: this.index.positions[term]! });
      this.decoded.set(term, decoded);
    }
    return decoded;
  }

  private resolveFilters(filters: SearchFilters) {
    const at = <T>(list: readonly T[], value: T | null | undefined) => {
      if (value === null || value === undefined || value === '') return null;
      const i = list.indexOf(value);
      return i === -1 ? -2 : i; // an unknown value matches nothing
    };
    return {
      topic: at(this.index.topics.map((t) => t.slug), filters.topic),
      region: at(this.index.regions, filters.region),
      year: at(this.index.years, filters.year),
    };
  }

  private count<T>(docs: number[], column: number[], value: (i: number) => T, label: (i: number) => string): FacetCount<T>[] {
    const counts = new Map<number, number>();
    for (const doc of docs) {
      const v = column[doc]!;
      if (v >= 0) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    return [...counts]
      .map(([i, count]) => ({ value: value(i), label: label(i), count }))
      .sort((a, b) => b.count - a.count || this.collator.compare(a.label, b.label));
  }
}

/** Cities (every word of the name) and regions (any distinctive word), with their practices. */
function placesOf(index: SearchIndex): Place[] {
  const generic = new Set(terms(GENERIC_PLACE_WORDS));
  const cities: Place[] = index.cities.map((city) => ({ stems: terms(city), all: true, docs: [] }));
  const regions: Place[] = index.regions.map((region) => ({ stems: terms(region).filter((s) => !generic.has(s)), all: false, docs: [] }));
  for (let doc = 0; doc < index.n; doc++) {
    cities[index.docCity[doc]!]?.docs.push(doc);
    regions[index.docRegion[doc]!]?.docs.push(doc);
  }
  return [...cities, ...regions].filter((p) => p.stems.length > 0);
}

/**
 * Adds to `total` (of `docs`) the bonus of each pair of consecutive query words found close together
 * in a document's title and summary: the full PROXIMITY_WEIGHT × the weaker word's score when the second
 * directly follows the first, half of it within three words in any order.
 */
export function addProximity(total: Float32Array, scores: readonly Float32Array[], positions: readonly Int8Array[], docs: readonly number[]): void {
  for (let w = 1; w < scores.length; w++) {
    const [sa, sb, pa, pb] = [scores[w - 1]!, scores[w]!, positions[w - 1]!, positions[w]!];
    for (const doc of docs) {
      if (pa[doc]! < 0 || pb[doc]! < 0) continue;
      const distance = pb[doc]! - pa[doc]!;
      const factor = distance === 1 ? 1 : distance !== 0 && Math.abs(distance) <= 3 ? 0.5 : 0;
      if (factor > 0) total[doc] = total[doc]! + PROXIMITY_WEIGHT * factor * Math.min(sa[doc]!, sb[doc]!);
    }
  }
}

/** Splits `text` into pieces, marking the words whose stem is one of `stems` (for <mark>). */
export function highlight(text: string, stems: readonly string[]): Array<{ text: string; mark: boolean }> {
  if (stems.length === 0) return [{ text, mark: false }];
  const wanted = new Set(stems);
  const pieces: Array<{ text: string; mark: boolean }> = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const mark = /[\p{L}\p{N}]/u.test(part) && wanted.has(stem(normalize(part)));
    const last = pieces[pieces.length - 1];
    if (last && last.mark === mark) last.text += part;
    else pieces.push({ text: part, mark });
  }
  return pieces;
}

/** The part of `text` around its first marked word, at most `max` characters, cut at word bounds. */
export function fragment(text: string, stems: readonly string[], max = 220): Array<{ text: string; mark: boolean }> {
  const pieces = highlight(text, stems);
  if (text.length <= max) return pieces;
  const firstMark = pieces.findIndex((p) => p.mark);
  let offset = 0;
  for (let i = 0; i < Math.max(firstMark, 0); i++) offset += pieces[i]!.text.length;
  const start = firstMark <= 0 ? 0 : Math.max(0, text.lastIndexOf(' ', Math.max(0, offset - 60)) + 1);
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = Math.max(start + 1, text.lastIndexOf(' ', end));
  return highlight(`${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`, stems);
}
