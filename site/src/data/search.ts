// The compendium's search index, built once per site build from the practices in the CMS.
import type { BestPracticeEntry } from '@portal/schema';
import { type BuiltSearch, buildSearchIndex, type SearchablePractice } from '../lib/search/build-index.ts';
import { getBestPractices } from './entries.ts';

/** Every text of a practice worth finding, beyond title, city, summary, region and topic. */
export function searchableText(practice: BestPracticeEntry): string[] {
  return [practice.body, ...practice.results.map((r) => r.label)];
}

export function toSearchable(practice: BestPracticeEntry): SearchablePractice {
  return {
    slug: practice.slug,
    title: practice.title,
    city: practice.city,
    region: practice.region,
    topic: practice.topic ? { slug: practice.topic.slug, title: practice.topic.title } : null,
    year: practice.year,
    summary: practice.summary,
    body: searchableText(practice),
  };
}

let built: Promise<BuiltSearch> | null = null;

export function getCompendiumSearch(): Promise<BuiltSearch> {
  built ??= getBestPractices().then((practices) => buildSearchIndex(practices.map(toSearchable)));
  return built;
}
