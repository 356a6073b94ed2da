// The compendium search's state: the filters and the query in the address, the engine fetched on
// first use, one search per change (its results when searching, its facet counts always), and the
// cards of the results on screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CompendiumSearch, type SearchFilters, type SearchOutcome } from '../../../lib/search/engine.ts';
import type { SearchCard, SearchIndex } from '../../../lib/search/format.ts';
import { getJson, goTo, useCards, useLazy, useUrlQuery } from './hooks.ts';

export interface UrlState {
  q: string;
  topic: string;
  region: string;
  year: string;
}

export const PAGE = 20;
const EMPTY: UrlState = { q: '', topic: '', region: '', year: '' };

function readUrl(): UrlState {
  const params = new URLSearchParams(window.location.search);
  return {
    q: params.get('q') ?? '',
    topic: params.get('topic') ?? '',
    region: params.get('region') ?? '',
    year: params.get('year') ?? '',
  };
}

function writeUrl(state: UrlState, push: boolean): void {
  const params = new URLSearchParams();
  for (const key of ['q', 'topic', 'region', 'year'] as const) if (state[key].trim()) params.set(key, state[key].trim());
  const search = params.toString();
  goTo(`${window.location.pathname}${search ? `?${search}` : ''}`, push);
}

const queryOf = (s: UrlState) => s.q;
const withTyped = (s: UrlState, q: string): UrlState => ({ ...s, q });
const replaceUrl = (s: UrlState) => writeUrl(s, false);

export const isActive = (s: UrlState) => Boolean(s.q.trim() || s.topic || s.region || s.year);
export const isFiltered = (s: UrlState) => Boolean(s.topic || s.region || s.year);

/** One search, timed with the User Timing API, so a benchmark can read the cost of each search from the page. */
function timedSearch(engine: CompendiumSearch, state: UrlState): SearchOutcome {
  const filters: SearchFilters = {
    topic: state.topic || null,
    region: state.region || null,
    year: state.year ? Number(state.year) : null,
  };
  const started = performance.now();
  const result = engine.search(state.q, filters);
  performance.measure('compendium-search', { start: started, end: performance.now() });
  return result;
}

export function usePracticeSearch(indexUrl: string, cardUrl: string) {
  const [state, setState] = useState<UrlState>(EMPTY);
  const [shown, setShown] = useState(PAGE);
  const inputRef = useRef<HTMLInputElement>(null);
  const loadIndex = useCallback(() => getJson<SearchIndex>(indexUrl).then((index) => new CompendiumSearch(index)), [indexUrl]);
  const { value: engine, failed, ensure: ensureIndex } = useLazy(loadIndex);
  const { cards, fetchCard } = useCards<SearchCard>();

  const show = useCallback(
    (next: UrlState) => {
      setState(next);
      setShown(PAGE);
      if (isActive(next)) void ensureIndex();
    },
    [ensureIndex],
  );
  useUrlQuery(inputRef, { read: readUrl, query: queryOf, withTyped, show, write: replaceUrl, typedEarly: ensureIndex });
  // A reader who put the cursor in the box before the script ran is about to search.
  useEffect(() => {
    if (inputRef.current && document.activeElement === inputRef.current) void ensureIndex();
  }, [ensureIndex]);

  const update = (patch: Partial<UrlState>, push: boolean) => {
    const next = { ...state, ...patch };
    setState(next);
    setShown(PAGE);
    writeUrl(next, push);
    void ensureIndex();
  };

  const current = useMemo(() => (engine ? timedSearch(engine, state) : null), [engine, state]);
  const outcome = current && isActive(state) ? current : null;

  useEffect(() => {
    if (!outcome) return;
    for (const doc of outcome.docs.slice(0, shown)) fetchCard(String(doc), cardUrl.replace('{n}', String(doc)));
  }, [outcome, shown, cardUrl, fetchCard]);

  return {
    state,
    update,
    engine,
    failed,
    ensureIndex,
    outcome,
    facets: current?.facets ?? null,
    cards,
    shown,
    showMore: () => setShown(shown + PAGE),
    inputRef,
  };
}
