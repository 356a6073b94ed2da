// The scoring model of the compendium search: BM25F (Robertson & Zaragoza, "The Probabilistic
// Relevance Framework: BM25 and Beyond", 2009). A term's frequency in each field is normalised by
// the field's length against its average (b per field) and weighted by the field (w per field); the
// sum is saturated once (k1) and multiplied by the term's inverse document frequency. Everything but
// the IDF depends only on the document and the term, so the index stores it, quantised (the impact),
// and the browser multiplies by the IDF it derives from the posting list's length.
import { IMPACT_LEVELS } from './format.ts';

/** The fields of a practice, in the order the builder passes their lengths and frequencies. */
export const FIELDS = ['title', 'place', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/** How much one occurrence in each field counts (a body occurrence counts 1). */
export const FIELD_WEIGHT: Record<Field, number> = { title: 3, place: 2.5, summary: 1.5, body: 1 };
/** Length normalisation per field: 0 ignores length, 1 divides by length/average fully. */
export const FIELD_B: Record<Field, number> = { title: 0.5, place: 0, summary: 0.6, body: 0.75 };
/** Term-frequency saturation. */
export const K1 = 1.2;

/** BM25's inverse document frequency (never negative): rare stems weigh more. */
export function idf(documentFrequency: number, documents: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** The field-weighted, length-normalised term frequency of one term in one document. */
export function pseudoFrequency(tf: Record<Field, number>, length: Record<Field, number>, average: Record<Field, number>): number {
  let sum = 0;
  for (const f of FIELDS) {
    if (!tf[f]) continue;
    const norm = 1 - FIELD_B[f] + FIELD_B[f] * (average[f] > 0 ? length[f] / average[f] : 1);
    sum += (FIELD_WEIGHT[f] * tf[f]) / norm;
  }
  return sum;
}

/** Saturation: tf / (k1 + tf), from 0 towards 1. */
export function saturate(frequency: number): number {
  return frequency / (K1 + frequency);
}

/** The saturated frequency in 1…IMPACT_LEVELS (0 only for a term that is not there). */
export function quantise(saturated: number): number {
  return saturated <= 0 ? 0 : Math.max(1, Math.min(IMPACT_LEVELS, Math.round(saturated * IMPACT_LEVELS)));
}

export const dequantise = (impact: number) => impact / IMPACT_LEVELS;
