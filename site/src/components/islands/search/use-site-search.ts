// The site-wide search's state: the query (in the address: replaced, debounced, as the reader
// types; pushed when they follow a suggestion), one engine per kind fetched on first use, the
// results grouped by kind, a correction when nothing is found, and the cards of the results on screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CompendiumSearch, type SearchOutcome } from '../../../lib/search/engine.ts';
import type { SearchIndex } from '../../../lib/search/format.ts';
import { Suggester } from '../../../lib/search/suggest.ts';
import type { SearchKind, SiteCard } from '../../../lib/site-search/kinds.ts';
import { groupResults, hasWords, queryOf, SEARCH_PATH, searchHref } from '../../../lib/site-search/results.ts';
import { getJson, goTo, useCards, useLazy, useUrlQuery } from './hooks.ts';

/** Results of a kind shown at first, and how many more each «Показать ещё» adds. */
export const FIRST = 5;
export const MORE = 10;
/** How long typing must pause before the address follows the box. */
const URL_DELAY_MS = 300;

const indexUrl = (kind: SearchKind) => `${SEARCH_PATH}${kind}/index.json`;
const cardUrl = (kind: SearchKind, doc: number) => `${SEARCH_PATH}${kind}/${doc}.json`;
const WORDS_URL = `${SEARCH_PATH}words.json`;

type Engines = Map<SearchKind, CompendiumSearch>;

function searchAll(engines: Engines, query: string): Map<SearchKind, SearchOutcome> {
  return new Map([...engines].map(([kind, engine]) => [kind, engine.search(query)]));
}

const writeUrl = (query: string, push: boolean) => goTo(searchHref(query), push);
const readQuery = () => queryOf(window.location.search);
const same = (query: string) => query;
const typedQuery = (_: string, typed: string) => typed;
const replaceUrl = (query: string) => writeUrl(query, false);

/** The correction offered when a query finds nothing: the vocabulary is fetched then, and kept. */
function useSuggestion(engines: Engines | null, query: string, grouped: ReturnType<typeof groupResults> | null): string | null {
  const [suggester, setSuggester] = useState<Suggester | null>(null);
  const loadingWords = useRef(false);
  const nothing = grouped !== null && grouped.total === 0;
  useEffect(() => {
    if (!nothing || suggester || loadingWords.current) return;
    loadingWords.current = true;
    getJson<string[]>(WORDS_URL)
      .then((words) => setSuggester(new Suggester(words)))
      .catch(() => (loadingWords.current = false));
  }, [nothing, suggester]);
  return useMemo(() => {
    if (!nothing || !suggester || !engines || !grouped) return null;
    const corrected = suggester.suggest(query, grouped.unmatchedWords);
    return corrected && groupResults(searchAll(engines, corrected)).total > 0 ? corrected : null;
  }, [nothing, suggester, engines, grouped, query]);
}

export function useSiteSearch(kinds: Array<{ kind: SearchKind }>) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Partial<Record<SearchKind, number>>>({});
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const loadIndexes = useCallback(
    () => Promise.all(kinds.map(async ({ kind }) => [kind, new CompendiumSearch(await getJson<SearchIndex>(indexUrl(kind)))] as const)).then((loaded): Engines => new Map(loaded)),
    [kinds],
  );
  const { value: engines, failed, ensure: ensureIndexes } = useLazy(loadIndexes);
  const { cards, fetchCard } = useCards<SiteCard>();

  const show = useCallback(
    (next: string) => {
      setQuery(next);
      setShown({});
      if (hasWords(next)) void ensureIndexes();
    },
    [ensureIndexes],
  );
  useUrlQuery(inputRef, { read: readQuery, query: same, withTyped: typedQuery, show, write: replaceUrl });
  useEffect(() => () => clearTimeout(urlTimer.current), []);

  const grouped = useMemo(() => (engines && hasWords(query) ? groupResults(searchAll(engines, query)) : null), [engines, query]);
  const suggestion = useSuggestion(engines, query, grouped);

  useEffect(() => {
    for (const group of grouped?.groups ?? []) {
      for (const doc of group.docs.slice(0, shown[group.kind] ?? FIRST)) fetchCard(`${group.kind}:${doc}`, cardUrl(group.kind, doc));
    }
  }, [grouped, shown, fetchCard]);

  /** Shows a query at once and writes it to the address: now (`push`: a new entry), or when typing pauses. */
  const go = (value: string, url: 'debounced' | 'replace' | 'push') => {
    clearTimeout(urlTimer.current);
    show(value);
    if (url === 'debounced') urlTimer.current = setTimeout(() => writeUrl(value, false), URL_DELAY_MS);
    else writeUrl(value, url === 'push');
  };

  return {
    query,
    engines,
    failed,
    ensureIndexes,
    grouped,
    suggestion,
    cards,
    shown,
    showMore: (kind: SearchKind) => setShown((s) => ({ ...s, [kind]: (s[kind] ?? FIRST) + MORE })),
    typed: (value: string) => go(value, 'debounced'),
    submitted: () => go(inputRef.current?.value ?? '', 'replace'),
    follow: (corrected: string) => {
      if (inputRef.current) inputRef.current.value = corrected;
      go(corrected, 'push');
    },
    inputRef,
  };
}
