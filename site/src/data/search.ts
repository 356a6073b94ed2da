// The compendium's search index, built once per site build from the practices in the CMS.
import { type BuiltSearch, buildSearchIndex } from '../lib/search/build-index.ts';
import { toSearchable } from '../lib/search/practice.ts';
import { getBestPractices } from './entries.ts';

let built: Promise<BuiltSearch> | null = null;

export function getCompendiumSearch(): Promise<BuiltSearch> {
  built ??= getBestPractices().then((practices) => buildSearchIndex(practices.map((p) => toSearchable(p, p.topic))));
  return built;
}
