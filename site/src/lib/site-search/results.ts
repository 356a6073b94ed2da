// What the results page shows for a query: the kinds' outcomes grouped in a fixed order with counts,
// the status line, a result's snippet and the page's address for a query. Pure, so the island and
// the unit tests share it.
import { nouns, type PluralForms, pluralize, pluralWord } from '../plural.ts';
import { fragment, type SearchOutcome } from '../search/engine.ts';
import { normalize } from '../search/text.ts';
import { KIND_INFO, SEARCH_KINDS, type SearchKind, type SiteCard } from './kinds.ts';

/** The results page; the header's form submits here. */
export const SEARCH_PATH = '/search/';

export interface ResultGroup {
  kind: SearchKind;
  label: string;
  /** Matching documents of the kind, best first. */
  docs: number[];
  /** Stems to highlight in this kind's results. */
  stems: string[];
}

export interface GroupedResults {
  /** Kinds with at least one result, in SEARCH_KINDS order. */
  groups: ResultGroup[];
  total: number;
  /** Query words no searched kind knows: the ones a suggestion may correct. */
  unmatchedWords: string[];
}

/** Groups the outcomes of the kinds searched (a kind with nothing to search is left out of the map). */
export function groupResults(outcomes: ReadonlyMap<SearchKind, SearchOutcome>): GroupedResults {
  const searched = SEARCH_KINDS.flatMap((kind) => {
    const outcome = outcomes.get(kind);
    return outcome ? [{ kind, outcome }] : [];
  });
  const groups: ResultGroup[] = searched
    .filter(({ outcome }) => outcome.docs.length > 0)
    .map(({ kind, outcome }) => ({ kind, label: KIND_INFO[kind].label, docs: outcome.docs, stems: outcome.matchedStems }));
  const unmatchedWords = (searched[0]?.outcome.unmatchedWords ?? []).filter((word) => searched.every(({ outcome }) => outcome.unmatchedWords.includes(word)));
  return { groups, total: groups.reduce((sum, g) => sum + g.docs.length, 0), unmatchedWords };
}

/** «Найден 1 проект», «Найдена 1 практика», «Найдено 3 практики»: the verb agrees with the noun. */
const found = (count: number, noun: PluralForms, feminine: boolean) =>
  `${pluralWord(count, { one: feminine ? 'Найдена' : 'Найден', few: 'Найдено', many: 'Найдено' })} ${pluralize(count, noun)}`;

/** «Найдено 12 результатов: 3 практики, 9 проектов.», «Найдено 3 практики.» or «Ничего не найдено.» */
export function statusLine({ groups, total }: Pick<GroupedResults, 'groups' | 'total'>): string {
  if (total === 0) return 'Ничего не найдено.';
  if (groups.length === 1) return `${found(total, KIND_INFO[groups[0]!.kind].noun, KIND_INFO[groups[0]!.kind].feminine)}.`;
  return `${found(total, nouns.result, false)}: ${groups.map((g) => pluralize(g.docs.length, KIND_INFO[g.kind].noun)).join(', ')}.`;
}

export type Pieces = ReturnType<typeof fragment>;

/** A result's snippet: from its first text with a matched word (its first text when none has one). */
export function snippet(card: Pick<SiteCard, 'texts'>, stems: readonly string[], max = 220): Pieces {
  for (const text of card.texts) {
    const pieces = fragment(text, stems, max);
    if (pieces.some((p) => p.mark)) return pieces;
  }
  return card.texts[0] ? fragment(card.texts[0], [], max) : [];
}

/** The results page's address for `query` (the bare page for an empty one). */
export function searchHref(query: string): string {
  const q = query.trim();
  return q ? `${SEARCH_PATH}?${new URLSearchParams({ q })}` : SEARCH_PATH;
}

/** The query a results page's address carries. */
export function queryOf(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}

/** Whether a query has anything to search for (letters or digits). */
export const hasWords = (query: string) => normalize(query) !== '';
