// The search index as shipped to the browser (`/practices/search/index.json`) and the card of one
// practice (`/practices/search/cards/<n>.json`). Built by build-index.ts, read by engine.ts; the
// scoring model that fills and reads the impacts is ranking.ts.

export const INDEX_VERSION = 2;

export interface SearchIndex {
  v: typeof INDEX_VERSION;
  /** Number of practices; documents are numbered 0…n-1 in list order (newest first). */
  n: number;
  topics: Array<{ slug: string; title: string }>;
  regions: string[];
  cities: string[];
  years: number[];
  /** Per document: its topic's position in `topics` (-1: none), region's in `regions`, city's, year's. */
  docTopic: number[];
  docRegion: number[];
  docCity: number[];
  docYear: number[];
  /** The vocabulary: every stem, sorted. */
  terms: string[];
  /** Per term: the documents it occurs in (EncodedPostings.docs). */
  postings: string[];
  /** Per term: each document's quantised BM25F impact (EncodedPostings.impacts). */
  impacts: string[];
  /** Per term: where it first occurs in title + summary, for the documents that have it (EncodedPostings.positions). */
  positions: string[];
}

/** What a result shows. */
export interface SearchCard {
  slug: string;
  title: string;
  city: string;
  region: string;
  year: number;
  topic: string | null;
  summary: string;
}

/** One document of a term's posting list. */
export interface Posting {
  doc: number;
  /** Quantised impact, 1…IMPACT_LEVELS (ranking.ts). */
  impact: number;
  /** The term's first word position in title + summary (0…MAX_POSITION), or -1. */
  position: number;
}

/** Impacts take one character each (with a flag: has a position); positions too. */
export const IMPACT_LEVELS = 7;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
export const MAX_POSITION = DIGITS.length - 1;
/** Character code → its value in DIGITS (a lookup, not a search, per character decoded). */
const DIGIT_VALUE = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
/** A term in at least this share of the documents is stored as a bitmap rather than a list of gaps. */
const BITMAP_SHARE = 1 / 16;

export interface EncodedPostings {
  /** The documents: base-36 gaps joined by '.', or '~' and a base64 bitmap of all `n` documents. */
  docs: string;
  /** One character per document: its impact, plus IMPACT_LEVELS + 1 when it has a position. */
  impacts: string;
  /** One character per document that has a position. */
  positions: string;
}

/**
 * A term's postings as three strings that compress well apart: gaps between ascending documents
 * (small where a term is common; a bitmap where it is very common), impacts, and positions.
 */
export function encodePostings(postings: readonly Posting[], n: number): EncodedPostings {
  const sorted = [...postings].sort((a, b) => a.doc - b.doc);
  let impacts = '';
  let positions = '';
  for (const { impact, position } of sorted) {
    const hasPosition = position >= 0 && position <= MAX_POSITION;
    impacts += DIGITS[impact + (hasPosition ? IMPACT_LEVELS + 1 : 0)];
    if (hasPosition) positions += DIGITS[position];
  }
  return { docs: sorted.length >= n * BITMAP_SHARE ? encodeBitmap(sorted, n) : encodeGaps(sorted), impacts, positions };
}

function encodeGaps(sorted: readonly Posting[]): string {
  let previous = -1;
  return sorted
    .map(({ doc }) => {
      const gap = doc - previous;
      previous = doc;
      return gap.toString(36);
    })
    .join('.');
}

function encodeBitmap(sorted: readonly Posting[], n: number): string {
  const bytes = new Uint8Array(Math.ceil(n / 8));
  for (const { doc } of sorted) bytes[doc >> 3] = bytes[doc >> 3]! | (1 << (doc & 7));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `~${btoa(binary)}`;
}

export interface DecodedPostings {
  docs: Int32Array;
  impacts: Uint8Array;
  /** -1 where the document has no position for the term. */
  positions: Int8Array;
}

export function decodePostings({ docs, impacts, positions }: EncodedPostings): DecodedPostings {
  const result: DecodedPostings = {
    docs: docs.startsWith('~') ? decodeBitmap(docs.slice(1), impacts.length) : decodeGaps(docs, impacts.length),
    impacts: new Uint8Array(impacts.length),
    positions: new Int8Array(impacts.length),
  };
  let p = 0;
  for (let i = 0; i < impacts.length; i++) {
    const value = DIGIT_VALUE[impacts.charCodeAt(i)]!;
    const hasPosition = value > IMPACT_LEVELS;
    result.impacts[i] = hasPosition ? value - IMPACT_LEVELS - 1 : value;
    result.positions[i] = hasPosition ? DIGIT_VALUE[positions.charCodeAt(p++)]! : -1;
  }
  return result;
}

function decodeGaps(encoded: string, count: number): Int32Array {
  const docs = new Int32Array(count);
  let doc = -1;
  let i = 0;
  for (const gap of encoded ? encoded.split('.') : []) docs[i++] = doc += parseInt(gap, 36);
  return docs;
}

function decodeBitmap(encoded: string, count: number): Int32Array {
  const binary = atob(encoded);
  const docs = new Int32Array(count);
  let i = 0;
  for (let byte = 0; byte < binary.length; byte++) {
    const bits = binary.charCodeAt(byte);
    for (let bit = 0; bit < 8; bit++) if (bits & (1 << bit)) docs[i++] = byte * 8 + bit;
  }
  return docs;
}
