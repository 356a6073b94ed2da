// The compendium's search: a real GET form over a server-rendered list (useful before any script
// runs); once hydrated, the index is fetched on first use and results follow every keystroke. All
// state lives in the URL (?q=…&topic=…&region=…&year=…), so a search can be shared and Back works.
// The page may pass a regions map as children: its tiles choose the region as the select does.
// The state is in search/use-practice-search.ts; what it shares with SiteSearch in search/hooks.ts.
import { type ReactNode, useEffect, useRef } from 'react';
import { nouns, pluralize, pluralWord } from '../../lib/plural.ts';
import type { SearchCard } from '../../lib/search/format.ts';
import { chosenRegion, markRegion } from '../../scripts/region-map.ts';
import { searchStatus } from './search/hooks.ts';
import { Facets, NothingFound, PracticeList } from './search/practice-parts.tsx';
import { SearchInput } from './search/shared.tsx';
import { isActive, isFiltered, PAGE, type UrlState, usePracticeSearch } from './search/use-practice-search.ts';

interface Props {
  /** The first practices in list order, rendered on the server. */
  initial: SearchCard[];
  total: number;
  topics: Array<{ slug: string; title: string }>;
  regions: string[];
  years: number[];
  indexUrl: string;
  /** `{n}` is replaced by the document number. */
  cardUrl: string;
  printUrl: string;
  /** Server-rendered HTML shown between the form and the list: the regions map (RegionMap.astro). */
  children?: ReactNode;
}

const foundVerb = { one: 'Найдена', few: 'Найдены', many: 'Найдено' };

/** The printable edition with the list's filters (the print page filters by them, not by the query). */
function printHref(base: string, state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of ['topic', 'region', 'year'] as const) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

export default function PracticeSearch(props: Props) {
  const { state, update, engine, failed, ensureIndex, outcome, facets, cards, shown, showMore, inputRef } = usePracticeSearch(props.indexUrl, props.cardUrl);
  const mapRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mapRef.current) markRegion(mapRef.current, state.region);
  }, [state.region]);

  const searching = isActive(state);
  const count = outcome?.docs.length ?? props.total;
  const status = searchStatus({
    searching,
    failed,
    idle: `В сборнике ${pluralize(props.total, nouns.practice)}.`,
    results: outcome && (() => (count === 0 ? 'Ничего не найдено.' : `${pluralWord(count, foundVerb)} ${pluralize(count, nouns.practice)}.`)),
  });

  return (
    <div className="practice-search" data-search-ready={engine ? 'true' : 'false'}>
      <form
        role="search"
        aria-label="Поиск по сборнику"
        action=""
        method="get"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          update({}, true);
        }}
      >
        <div className="search-field">
          <label htmlFor="practice-q">Найти практику</label>
          <SearchInput
            id="practice-q"
            placeholder="Например: парк, детские площадки, Сургут"
            inputRef={inputRef}
            onFocus={() => void ensureIndex()}
            onChange={(q) => update({ q }, false)}
          />
          <p id="practice-q-hint" className="hint">
            Ищет по названию, городу, региону и тексту практики в любых формах слов, с опечатками.
          </p>
        </div>
        <Facets state={state} update={update} facets={facets} topics={props.topics} regions={props.regions} years={props.years} />
        <noscript>
          <button type="submit" className="button">Найти</button>
        </noscript>
      </form>

      {props.children && (
        <div
          ref={mapRef}
          onClick={(e) => {
            const region = chosenRegion(e.nativeEvent);
            if (region === null) return;
            e.preventDefault();
            update({ region }, true);
          }}
        >
          {props.children}
        </div>
      )}

      <p className="search-status" role="status" aria-live="polite" data-practice-count={count}>
        {status}
      </p>

      {outcome && count === 0 && <NothingFound outcome={outcome} state={state} update={update} />}

      <PracticeList initial={props.initial} outcome={outcome} shown={shown} cards={cards} />

      {outcome && count > shown && (
        <button type="button" className="button button--ghost" onClick={showMore}>
          Показать ещё {pluralize(Math.min(PAGE, count - shown), nouns.practice)}
        </button>
      )}
      {!searching && props.total > props.initial.length && (
        <p>
          Показаны {props.initial.length} из {props.total}; остальные — через поиск и фильтры или в версии для печати.
        </p>
      )}
      <p className="print-link">
        <a href={printHref(props.printUrl, state)}>{isFiltered(state) ? 'Эти практики для печати' : 'Сборник для печати'}</a>
      </p>
    </div>
  );
}
