import type { BestPracticeEntry, BudgetSourceKind, Participation } from '@portal/schema';
import { type PluralForms, pluralWord } from './plural.ts';

type PracticeLike = Pick<BestPracticeEntry, 'slug' | 'title' | 'year' | 'region' | 'topic'>;

// One collator for every comparison: `localeCompare(…, 'ru')` sets one up at each call (microseconds,
// millions of times in a 10,000-practice build); the order is the same.
const russian = new Intl.Collator('ru');

/** The compendium's order: newest first, then by title as a Russian reader sorts. */
export function comparePractices(a: PracticeLike, b: PracticeLike): number {
  return b.year - a.year || russian.compare(a.title, b.title);
}

/** The positions in a compendium of each topic's and each region's practices, in the compendium's order. */
interface RelatedIndex {
  byTopic: Map<string, number[]>;
  byRegion: Map<string, number[]>;
}

// Built once per compendium (the array a build's pages share; it is not changed after loading).
const relatedIndexes = new WeakMap<readonly PracticeLike[], RelatedIndex>();

function relatedIndex(all: readonly PracticeLike[]): RelatedIndex {
  let index = relatedIndexes.get(all);
  if (!index) {
    index = { byTopic: new Map(), byRegion: new Map() };
    const add = (map: Map<string, number[]>, key: string, at: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(at);
    all.forEach((p, at) => {
      if (p.topic) add(index!.byTopic, p.topic.slug, at);
      add(index!.byRegion, p.region, at);
    });
    relatedIndexes.set(all, index);
  }
  return index;
}

/** The positions of the practices sharing the topic or the region, ascending, each once. */
function candidates(practice: PracticeLike, index: RelatedIndex): number[] {
  const topic = (practice.topic && index.byTopic.get(practice.topic.slug)) || [];
  const region = index.byRegion.get(practice.region) ?? [];
  const merged: number[] = [];
  for (let t = 0, r = 0; t < topic.length || r < region.length; ) {
    const next = r >= region.length || (t < topic.length && topic[t]! <= region[r]!) ? topic[t]! : region[r]!;
    if (t < topic.length && topic[t] === next) t += 1;
    if (r < region.length && region[r] === next) r += 1;
    merged.push(next);
  }
  return merged;
}

/**
 * Up to `limit` other practices worth reading next: those of the same topic or the same region,
 * nearest in years first; at the same distance, one sharing both topic and region first, then the
 * compendium's order.
 */
export function relatedPractices<P extends PracticeLike>(practice: P, all: readonly P[], limit = 4): P[] {
  const sameTopic = (other: P) => !!practice.topic && other.topic?.slug === practice.topic.slug;
  const sameRegion = (other: P) => other.region === practice.region;
  const shared = (other: P) => Number(sameTopic(other)) + Number(sameRegion(other));
  const distance = (other: P) => Math.abs(other.year - practice.year);
  const before = (a: P, b: P) => distance(a) - distance(b) || shared(b) - shared(a) || comparePractices(a, b);
  // The best `limit` of the topic's and the region's practices in one pass, the first in the
  // compendium winning a tie (as a stable sort keeps them): sorting every candidate of every one of
  // 10,000 practices cost the build minutes before its first page.
  const best: P[] = [];
  if (limit <= 0) return best;
  for (const at of candidates(practice, relatedIndex(all))) {
    const other = all[at]!;
    if (other.slug === practice.slug || shared(other) === 0) continue;
    if (best.length === limit && before(other, best[limit - 1]!) >= 0) continue;
    let place = best.length;
    while (place > 0 && before(other, best[place - 1]!) < 0) place -= 1;
    best.splice(place, 0, other);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** How each participation count reads: «8 280 жителей участвовали», «58 343 голоса». */
const PARTICIPATION: ReadonlyArray<{ key: keyof Participation; noun: PluralForms; after?: PluralForms }> = [
  {
    key: 'residents',
    noun: { one: 'житель', few: 'жителя', many: 'жителей' },
    after: { one: 'участвовал', few: 'участвовали', many: 'участвовали' },
  },
  { key: 'votes', noun: { one: 'голос', few: 'голоса', many: 'голосов' } },
  { key: 'ideas', noun: { one: 'идея', few: 'идеи', many: 'идей' } },
  { key: 'refinements', noun: { one: 'доработка', few: 'доработки', many: 'доработок' } },
];

export interface ParticipationItem {
  key: keyof Participation;
  value: number;
  /** What the number counts, agreeing with it: «жителей участвовали». */
  label: string;
}

/** The known participation counts in a fixed order, each with its agreeing label; unknown ones left out. */
export function participationItems(participation: Participation | null): ParticipationItem[] {
  if (!participation) return [];
  return PARTICIPATION.flatMap(({ key, noun, after }) => {
    const value = participation[key];
    if (value === null) return [];
    const label = after ? `${pluralWord(value, noun)} ${pluralWord(value, after)}` : pluralWord(value, noun);
    return [{ key, value, label }];
  });
}

/** The source of money in Russian. */
export const budgetSourceLabels: Readonly<Record<BudgetSourceKind, string>> = {
  federal_budget: 'Федеральный бюджет',
  regional_budget: 'Региональный бюджет',
  municipal_budget: 'Муниципальный бюджет',
  grant: 'Грант',
  business: 'Бизнес',
  crowdfunding: 'Краудфандинг',
  other: 'Другое',
};
