// The printable compendium's filter: /practices/print/?topic=smart-city&region=Пермский+край&year=2019.
// The page is static, so a small browser script applies it (src/scripts/print-filter.ts); without
// JavaScript the whole compendium prints.
import { pluralWord } from './plural.ts';

export interface PracticeFilter {
  /** Topic slugs; a practice matches any of them. */
  topics: string[];
  /** Region names as the Constitution spells them. */
  regions: string[];
  years: number[];
}

export interface FilterablePractice {
  topic: string | null;
  region: string;
  year: number;
}

/** Reads `topic`, `region` and `year`, each repeatable or comma-separated; unreadable years are ignored. */
export function parsePracticeFilter(search: string | URLSearchParams): PracticeFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = (name: string) =>
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
  return {
    topics: values('topic'),
    regions: values('region'),
    years: values('year')
      .filter((y) => /^\d{4}$/.test(y))
      .map(Number),
  };
}

export function isFiltering(filter: PracticeFilter): boolean {
  return filter.topics.length + filter.regions.length + filter.years.length > 0;
}

/** A practice matches when it meets every given criterion (any of its values). */
export function matchesPracticeFilter(practice: FilterablePractice, filter: PracticeFilter): boolean {
  return (
    (filter.topics.length === 0 || (practice.topic !== null && filter.topics.includes(practice.topic))) &&
    (filter.regions.length === 0 || filter.regions.includes(practice.region)) &&
    (filter.years.length === 0 || filter.years.includes(practice.year))
  );
}

/**
 * What the reader is looking at: «Показаны 3 практики из 40: тематика «Умный город»; год 2019.»
 * `topicTitle` names a topic slug (the slug itself when unknown).
 */
export function describeFilter(filter: PracticeFilter, shown: number, total: number, topicTitle: (slug: string) => string): string {
  const parts = [
    filter.topics.length > 0 && `${filter.topics.length > 1 ? 'тематики' : 'тематика'} ${filter.topics.map((t) => `«${topicTitle(t)}»`).join(', ')}`,
    filter.regions.length > 0 && `${filter.regions.length > 1 ? 'регионы' : 'регион'} ${filter.regions.join(', ')}`,
    filter.years.length > 0 && `${filter.years.length > 1 ? 'годы' : 'год'} ${filter.years.join(', ')}`,
  ].filter((p): p is string => typeof p === 'string');
  if (shown === 0) return `Практик по отбору нет: ${parts.join('; ')}.`;
  const verb = pluralWord(shown, { one: 'Показана', few: 'Показаны', many: 'Показано' });
  const noun = pluralWord(shown, { one: 'практика', few: 'практики', many: 'практик' });
  return `${verb} ${shown} ${noun} из ${total}: ${parts.join('; ')}.`;
}
