import type { BestPracticeEntry, BudgetSourceKind, Participation } from '@portal/schema';
import { type PluralForms, pluralWord } from './plural.ts';

type PracticeLike = Pick<BestPracticeEntry, 'slug' | 'title' | 'year' | 'region' | 'topic'>;

/** The compendium's order: newest first, then by title as a Russian reader sorts. */
export function comparePractices(a: PracticeLike, b: PracticeLike): number {
  return b.year - a.year || a.title.localeCompare(b.title, 'ru');
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
  return all
    .filter((other) => other.slug !== practice.slug && shared(other) > 0)
    .sort((a, b) => distance(a) - distance(b) || shared(b) - shared(a) || comparePractices(a, b))
    .slice(0, limit);
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
