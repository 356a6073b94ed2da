// The search index as shipped to the browser (`/practices/search/index.json`) and the card of one
// practice (`/practices/search/cards/<n>.json`). Built by build-index.ts, read by engine.ts.

export const INDEX_VERSION = 1;

/** Where a term occurs in a practice; a higher class ranks higher. */
export const FIELD_CLASS = { body: 1, summary: 2, title: 3 } as const;
export type FieldClass = (typeof FIELD_CLASS)[keyof typeof FIELD_CLASS];

export interface SearchIndex {
  v: typeof INDEX_VERSION;
  /** Number of practices; documents are numbered 0…n-1 in list order (newest first). */
  n: number;
  topics: Array<{ slug: string; title: string }>;
  regions: string[];
  years: number[];
  /** Per document: its topic's position in `topics` (-1: none), region's in `regions`, year's in `years`. */
  docTopic: number[];
  docRegion: number[];
  docYear: number[];
  /** The vocabulary: every stem, sorted. */
  terms: string[];
  /** Per term: the documents it occurs in, encoded by encodePostings. */
  postings: string[];
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

/** Decodes a posting list into parallel arrays of documents and field classes. */
export function decodePostings(encoded: string): { docs: Int32Array; classes: Uint8Array } {
  const parts = encoded ? encoded.split('.') : [];
  const docs = new Int32Array(parts.length);
  const classes = new Uint8Array(parts.length);
  let doc = -1;
  for (let i = 0; i < parts.length; i++) {
    const value = parseInt(parts[i]!, 36);
    doc += Math.floor(value / 4);
    docs[i] = doc;
    classes[i] = value % 4;
  }
  return { docs, classes };
}
