// The compendium's search: a real GET form over a server-rendered list (useful before any script
// runs); once hydrated, the index is fetched on first use and results follow every keystroke. All
// state lives in the URL (?q=…&topic=…&region=…&year=…), so a search can be shared and Back works.
// The page may pass a regions map as children: its tiles choose the region as the select does.
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nouns, pluralize, pluralWord } from '../../lib/plural.ts';
import { CompendiumSearch, fragment, highlight, type SearchFilters, type SearchOutcome } from '../../lib/search/engine.ts';
import type { SearchCard, SearchIndex } from '../../lib/search/format.ts';
import { chosenRegion, markRegion } from '../../scripts/region-map.ts';

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

interface UrlState {
  q: string;
  topic: string;
  region: string;
  year: string;
}

const PAGE = 20;
const EMPTY: UrlState = { q: '', topic: '', region: '', year: '' };
const foundVerb = { one: 'Найдена', few: 'Найдены', many: 'Найдено' };

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
  const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** The printable edition with the list's filters (the print page filters by them, not by the query). */
function printHref(base: string, state: UrlState): string {
  const params = new URLSearchParams();
  for (const key of ['topic', 'region', 'year'] as const) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

const isActive = (s: UrlState) => Boolean(s.q.trim() || s.topic || s.region || s.year);

export default function PracticeSearch(props: Props) {
  const [state, setState] = useState<UrlState>(EMPTY);
  const [engine, setEngine] = useState<CompendiumSearch | null>(null);
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [cards, setCards] = useState<Map<number, SearchCard>>(() => new Map());
  const loading = useRef<Promise<void> | null>(null);
  const requested = useRef(new Set<number>());
  const inputRef = useRef<HTMLInputElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);

  const ensureIndex = useCallback(() => {
    loading.current ??= fetch(props.indexUrl)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json() as Promise<SearchIndex>;
      })
      .then((index) => setEngine(new CompendiumSearch(index)))
      .catch(() => setFailed(true));
    return loading.current;
  }, [props.indexUrl]);

  // The URL is the state: read it on load and on Back/Forward. What a reader typed, or where they
  // put the cursor, before the script had run is taken over rather than lost.
  useEffect(() => {
    const input = inputRef.current;
    const sync = () => {
      const fromUrl = readUrl();
      setState(fromUrl);
      setShown(PAGE);
      if (input) input.value = fromUrl.q;
      if (isActive(fromUrl)) void ensureIndex();
    };
    const typedEarly = input?.value ?? '';
    if (typedEarly && !readUrl().q) {
      const next = { ...readUrl(), q: typedEarly };
      setState(next);
      writeUrl(next, false);
      void ensureIndex();
    } else {
      sync();
    }
    if (input && document.activeElement === input) void ensureIndex();
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [ensureIndex]);

  useEffect(() => {
    if (mapRef.current) markRegion(mapRef.current, state.region);
  }, [state.region]);

  const update = (patch: Partial<UrlState>, push: boolean) => {
    const next = { ...state, ...patch };
    setState(next);
    setShown(PAGE);
    writeUrl(next, push);
    void ensureIndex();
  };

  // One search per change of the state: its results when searching, its facet counts always.
  const current: SearchOutcome | null = useMemo(() => {
    if (!engine) return null;
    const filters: SearchFilters = {
      topic: state.topic || null,
      region: state.region || null,
      year: state.year ? Number(state.year) : null,
    };
    // Timed with the User Timing API, so a benchmark can read the cost of each search from the page.
    const started = performance.now();
    const result = engine.search(state.q, filters);
    performance.measure('compendium-search', { start: started, end: performance.now() });
    return result;
  }, [engine, state]);
  const outcome = current && isActive(state) ? current : null;
  const facets = current?.facets ?? null;

  // Fetch the cards of the results on screen.
  useEffect(() => {
    if (!outcome) return;
    for (const doc of outcome.docs.slice(0, shown)) {
      if (requested.current.has(doc)) continue;
      requested.current.add(doc);
      fetch(props.cardUrl.replace('{n}', String(doc)))
        .then((res) => (res.ok ? (res.json() as Promise<SearchCard>) : Promise.reject(new Error(`HTTP ${res.status}`))))
        .then((card) => setCards((previous) => new Map(previous).set(doc, card)))
        .catch(() => requested.current.delete(doc));
    }
  }, [outcome, shown, props.cardUrl]);

  const searching = isActive(state);
  const count = outcome?.docs.length ?? props.total;
  const status = !searching
    ? `В сборнике ${pluralize(props.total, nouns.practice)}.`
    : failed
      ? 'Поиск сейчас недоступен: обновите страницу.'
      : !outcome
        ? 'Ищем…'
        : count === 0
          ? 'Ничего не найдено.'
          : `${pluralWord(count, foundVerb)} ${pluralize(count, nouns.practice)}.`;

  const facetOptions = <T extends string | number>(list: readonly T[], label: (v: T) => string, counts?: Array<{ value: T; count: number }>) =>
    list.map((value) => {
      const n = counts ? (counts.find((c) => c.value === value)?.count ?? 0) : null;
      return (
        <option key={String(value)} value={String(value)}>
          {label(value)}
          {n === null ? '' : ` (${n})`}
        </option>
      );
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
          <input
            id="practice-q"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder="Например: парк, детские площадки, Сургут"
            aria-describedby="practice-q-hint"
            ref={inputRef}
            defaultValue=""
            onFocus={() => void ensureIndex()}
            onChange={(e) => update({ q: e.target.value }, false)}
          />
          <p id="practice-q-hint" className="hint">
            Ищет по названию, городу, региону и тексту практики в любых формах слов, с опечатками.
          </p>
        </div>
        <div className="search-facets">
          <label>
            <span>Тематика</span>
            <select name="topic" value={state.topic} onChange={(e) => update({ topic: e.target.value }, true)}>
              <option value="">Все тематики</option>
              {facetOptions(props.topics.map((t) => t.slug), (slug) => props.topics.find((t) => t.slug === slug)?.title ?? slug, facets?.topic)}
            </select>
          </label>
          <label>
            <span>Регион</span>
            <select name="region" value={state.region} onChange={(e) => update({ region: e.target.value }, true)}>
              <option value="">Все регионы</option>
              {facetOptions(props.regions, (r) => r, facets?.region)}
            </select>
          </label>
          <label>
            <span>Год</span>
            <select name="year" value={state.year} onChange={(e) => update({ year: e.target.value }, true)}>
              <option value="">Все годы</option>
              {facetOptions(props.years, (y) => String(y), facets?.year)}
            </select>
          </label>
        </div>
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

      {searching && outcome && count === 0 && (
        <div className="search-empty" data-search-empty>
          <p>Что можно попробовать:</p>
          <ul>
            {outcome.unmatchedWords.length > 0 && (
              <li>
                проверить написание: {outcome.unmatchedWords.map((w) => `«${w}»`).join(', ')} в сборнике не встречается;
              </li>
            )}
            <li>искать по городу, региону или теме проекта, одним-двумя словами;</li>
            {(state.topic || state.region || state.year) && (
              <li>
                <button type="button" className="link-button" onClick={() => update({ topic: '', region: '', year: '' }, true)}>
                  искать без фильтров
                </button>
                ;
              </li>
            )}
            <li>
              посмотреть <a href="/topics/">практики по тематикам</a>.
            </li>
          </ul>
        </div>
      )}

      {!searching || !outcome ? (
        <ul className="practice-list" role="list" data-practice-list>
          {props.initial.map((card) => (
            <ResultCard key={card.slug} card={card} stems={[]} />
          ))}
        </ul>
      ) : (
        <ol className="practice-list" data-practice-list data-search-results>
          {outcome.docs.slice(0, shown).map((doc) => {
            const card = cards.get(doc);
            return card ? (
              <ResultCard key={doc} card={card} stems={outcome.matchedStems} />
            ) : (
              <li key={doc} className="card card-loading" aria-busy="true">
                Загрузка…
              </li>
            );
          })}
        </ol>
      )}

      {searching && outcome && count > shown && (
        <button type="button" className="button button--ghost" onClick={() => setShown(shown + PAGE)}>
          Показать ещё {pluralize(Math.min(PAGE, count - shown), nouns.practice)}
        </button>
      )}
      {!searching && props.total > props.initial.length && (
        <p>
          Показаны {props.initial.length} из {props.total}; остальные — через поиск и фильтры или в версии для печати.
        </p>
      )}
      <p className="print-link">
        <a href={printHref(props.printUrl, state)}>
          {state.topic || state.region || state.year ? 'Эти практики для печати' : 'Сборник для печати'}
        </a>
      </p>
    </div>
  );
}

function Pieces({ pieces }: { pieces: Array<{ text: string; mark: boolean }> }) {
  return <>{pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}

function Marked({ text, stems }: { text: string; stems: readonly string[] }) {
  return <Pieces pieces={highlight(text, stems)} />;
}

function ResultCard({ card, stems }: { card: SearchCard; stems: readonly string[] }) {
  return (
    <li className="card" data-practice={card.slug} data-region={card.region} data-year={card.year}>
      <h2>
        <a href={`/practices/${card.slug}/`}>
          <Marked text={card.title} stems={stems} />
        </a>
      </h2>
      <p className="card-meta">
        <Marked text={card.city} stems={stems} />, {card.region} · {card.year}
        {card.topic && <> · {card.topic}</>}
      </p>
      <p data-fragment>
        <Pieces pieces={fragment(card.summary, stems)} />
      </p>
    </li>
  );
}
