// The search DEV set (tests/fixtures/search-dev/): real-style practices and reader queries written
// for them, alone or mixed with generated practices, as searchable practices. Shared by the quality
// unit test and dev-eval.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePractices } from '../../../../scripts/lib/practice-generator.ts';
import type { SearchablePractice, SearchableTopic } from './build-index.ts';
import { type PracticeText, toSearchable } from './practice.ts';
import type { QualityQuery } from './quality.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(root, ...path), 'utf8')) as T;

export const topics = readJson<SearchableTopic[]>('content', 'topics.json').map(({ slug, title }) => ({ slug, title }));
const topicOf = (slug: string | null | undefined) => topics.find((t) => t.slug === slug) ?? null;

export const devQueries: Array<QualityQuery & { kind: string }> = readJson<{ queries: Array<QualityQuery & { kind: string }> }>(
  'tests', 'fixtures', 'search-dev', 'queries.json',
).queries;

export function devPractices(): SearchablePractice[] {
  const practices = readJson<Array<PracticeText & { topic: string | null }>>('tests', 'fixtures', 'search-dev', 'practices.json');
  return practices.map((p) => toSearchable(p, topicOf(p.topic)));
}

/** `count` generated practices (seed fixed), as the search sees them. */
export function generatedPractices(count: number, seed = 42): SearchablePractice[] {
  return generatePractices({ count, seed, topics: topics.map((t) => t.slug) }).map((p) => toSearchable(p, topicOf(p.topic)));
}
