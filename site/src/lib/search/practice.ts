// What of a practice the search reads: one mapping for the site build (CMS entries) and for the
// quality checks and benchmarks (generated content), so both index the same texts.
import type { SearchablePractice, SearchableTopic } from './build-index.ts';

/** The fields of a practice the search looks at; CMS entries and content/ entries both fit. */
export interface PracticeText {
  slug: string;
  title: string;
  city: string;
  region: string;
  year: number;
  summary: string;
  body: string;
  problem?: string | null;
  steps?: ReadonlyArray<{ title: string; text: string }>;
  results?: ReadonlyArray<{ label: string }>;
  organisers?: ReadonlyArray<{ name: string }>;
  partners?: ReadonlyArray<{ name: string }>;
}

export function toSearchable(practice: PracticeText, topic: SearchableTopic | null): SearchablePractice {
  return {
    slug: practice.slug,
    title: practice.title,
    city: practice.city,
    region: practice.region,
    topic,
    year: practice.year,
    summary: practice.summary,
    body: [
      practice.body,
      practice.problem ?? '',
      ...(practice.steps ?? []).flatMap((s) => [s.title, s.text]),
      ...(practice.results ?? []).map((r) => r.label),
      ...(practice.organisers ?? []).map((o) => o.name),
      ...(practice.partners ?? []).map((o) => o.name),
    ].filter(Boolean),
  };
}
