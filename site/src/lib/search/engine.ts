// The compendium search in the browser: fuse.js matches each query word against the vocabulary of
// stems (typos and word forms tolerated), posting lists turn matched stems into practices, and the
// practices are ranked by how many query words they contain and where (title and city above summary
// above body). Facet counts follow the query.
import Fuse from 'fuse.js/basic';
import { decodePostings, FIELD_CLASS, type SearchIndex } from './format.ts';
import { normalize, stem, words } from './text.ts';

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

/** How much a match in each field counts. */
const CLASS_WEIGHT: Record<number, number> = { [FIELD_CLASS.title]: 4, [FIELD_CLASS.summary]: 2, [FIELD_CLASS.body]: 1 };
/** Fuse's score is 0 for a perfect match and 1 for none; matches worse than this are ignored. */
const FUZZY_THRESHOLD = 0.34;
/** How many vocabulary entries one query word may match. */
const MAX_EXPANSIONS = 12;

export class CompendiumSearch {
  private readonly index: SearchIndex;
  private readonly fuse: Fuse<string>;
  private readonly decoded = new Map<number, ReturnType<typeof decodePostings>>();
  private readonly termIndex: Map<string, number>;

  constructor(index: SearchIndex) {
    this.index = index;
    this.fuse = new Fuse(index.terms, {
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_THRESHOLD,
      minMatchCharLength: 2,
    });
    this.termIndex = new Map(index.terms.map((t, i) => [t, i]));
  }

  search(query: string, filters: SearchFilters = {}): SearchOutcome {
    const queryWords = [...new Set(words(query))];
    const matchedStems = new Set<string>();
    const unmatchedWords: string[] = [];
    let candidates: { docs: number[]; score: Float64Array; hits: Uint8Array } | null = null;

    if (queryWords.length > 0) {
      const n = this.index.n;
      const score = new Float64Array(n);
      const hits = new Uint8Array(n);
      for (const word of queryWords) {
        const best = new Float64Array(n);
        const expansions = this.expand(word);
        if (expansions.length === 0) unmatchedWords.push(word);
        for (const { term, quality } of expansions) {
          matchedStems.add(this.index.terms[term]!);
          const { docs, classes } = this.postings(term);
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            const s = quality * CLASS_WEIGHT[classes[i]!]!;
            if (s > best[doc]!) best[doc] = s;
          }
        }
        for (let doc = 0; doc < n; doc++) {
          if (best[doc]! > 0) {
            score[doc] = score[doc]! + best[doc]!;
            hits[doc] = hits[doc]! + 1;
          }
        }
      }
      const docs: number[] = [];
      for (let doc = 0; doc < n; doc++) if (hits[doc]! > 0) docs.push(doc);
      // Practices with every query word first, then by score; list order breaks ties.
      docs.sort((a, b) => hits[b]! - hits[a]! || score[b]! - score[a]! || a - b);
      // Where some practices contain every word, those that miss one are noise.
      const most = docs.length ? hits[docs[0]!]! : 0;
      candidates = { docs: most > 1 ? docs.filter((d) => hits[d] === most) : docs, score, hits };
    }

    const base = candidates?.docs ?? Array.from({ length: this.index.n }, (_, i) => i);
    const f = this.resolveFilters(filters);
    const pass = (doc: number, skip: keyof typeof f | null) =>
      (skip === 'topic' || f.topic === null || this.index.docTopic[doc] === f.topic) &&
      (skip === 'region' || f.region === null || this.index.docRegion[doc] === f.region) &&
      (skip === 'year' || f.year === null || this.index.docYear[doc] === f.year);

    return {
      docs: base.filter((d) => pass(d, null)),
      matchedStems: [...matchedStems],
      unmatchedWords,
      facets: {
        topic: this.count(base.filter((d) => pass(d, 'topic')), this.index.docTopic, (i) => this.index.topics[i]!.slug, (i) => this.index.topics[i]!.title),
        region: this.count(base.filter((d) => pass(d, 'region')), this.index.docRegion, (i) => this.index.regions[i]!, (i) => this.index.regions[i]!),
        year: this.count(base.filter((d) => pass(d, 'year')), this.index.docYear, (i) => this.index.years[i]!, (i) => String(this.index.years[i]!)),
      },
    };
  }

  /** Vocabulary entries a query word stands for, with a quality from 0 to 1. */
  private expand(word: string): Array<{ term: number; quality: number }> {
    const stemmed = stem(word);
    const exact = this.termIndex.get(stemmed);
    const found = new Map<number, number>();
    if (exact !== undefined) found.set(exact, 1);
    // A number (a year) matches only itself: 2019 is not a typo of 2018.
    if (/^\d+$/.test(word)) return [...found].map(([term, quality]) => ({ term, quality }));
    // Words of one or two letters only match exactly or as a prefix; fuzzy matching them is noise.
    if (word.length <= 2) {
      this.index.terms.forEach((t, i) => t.startsWith(word) && found.set(i, Math.max(found.get(i) ?? 0, 0.9)));
      return [...found].map(([term, quality]) => ({ term, quality }));
    }
    for (const result of this.fuse.search(stemmed, { limit: MAX_EXPANSIONS * 3 })) {
      const term = this.index.terms[result.refIndex]!;
      // A vocabulary stem that merely contains the query inside it (пар → «непарный») is weak;
      // a prefix (сург → сургут) is what typing produces and counts almost as much as an exact hit.
      const prefix = term.startsWith(stemmed) || (term.length >= 4 && stemmed.startsWith(term));
      const quality = prefix ? 0.9 : 1 - (result.score ?? 1);
      if (quality > (found.get(result.refIndex) ?? 0)) found.set(result.refIndex, quality);
    }
    return [...found]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_EXPANSIONS)
      .map(([term, quality]) => ({ term, quality }));
  }

  private postings(term: number) {
    let decoded = this.decoded.get(term);
    if (!decoded) {
      decoded = decodePostings(this.index.postings[term]!);
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
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
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
