// The site-wide search page (/search/?q=…): practices, projects, success stories and topics, each
// kind searched by the compendium's engine over its own index, results grouped by kind. Indexes are
// fetched on first use; the cards of the results on screen one by one; the vocabulary for «Возможно,
// вы имели в виду …» only when a query finds nothing. The query lives in the URL: replaced (debounced)
// as the reader types, pushed when they follow a suggestion, read back on Back/Forward.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pluralize } from '../../lib/plural.ts';
import { CompendiumSearch, highlight, type SearchOutcome } from '../../lib/search/engine.ts';
import type { SearchIndex } from '../../lib/search/format.ts';
import { Suggester } from '../../lib/search/suggest.ts';
import { KIND_INFO, type SearchKind, type SiteCard } from '../../lib/site-search/kinds.ts';
import { groupResults, hasWords, type Pieces, queryOf, type ResultGroup, SEARCH_PATH, searchHref, snippet, statusLine } from '../../lib/site-search/results.ts';

interface Props {
  /** The kinds with something to search, and how many documents each has. */
  kinds: Array<{ kind: SearchKind; count: number }>;
}

/** Results of a kind shown at first, and how many more each «Показать ещё» adds. */
const FIRST = 5;
const MORE = 10;
/** How long typing must pause before the address follows the box. */
const URL_DELAY_MS = 300;

const indexUrl = (kind: SearchKind) => `${SEARCH_PATH}${kind}/index.json`;
const cardUrl = (kind: SearchKind, doc: number) => `${SEARCH_PATH}${kind}/${doc}.json`;
const WORDS_URL = `${SEARCH_PATH}words.json`;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function writeUrl(query: string, push: boolean): void {
  const url = searchHref(query);
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

type Engines = Map<SearchKind, CompendiumSearch>;

function searchAll(engines: Engines, query: string): Map<SearchKind, SearchOutcome> {
  return new Map([...engines].map(([kind, engine]) => [kind, engine.search(query)]));
}

export default function SiteSearch({ kinds }: Props) {
  const [query, setQuery] = useState('');
  const [engines, setEngines] = useState<Engines | null>(null);
  const [failed, setFailed] = useState(false);
  const [suggester, setSuggester] = useState<Suggester | null>(null);
  const [shown, setShown] = useState<Partial<Record<SearchKind, number>>>({});
  const [cards, setCards] = useState<Map<string, SiteCard>>(() => new Map());
  const loading = useRef<Promise<void> | null>(null);
  const loadingWords = useRef(false);
  const requested = useRef(new Set<string>());
  const urlTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);

  const ensureIndexes = useCallback(() => {
    loading.current ??= Promise.all(kinds.map(async ({ kind }) => [kind, new CompendiumSearch(await getJson<SearchIndex>(indexUrl(kind)))] as const))
      .then((loaded) => setEngines(new Map(loaded)))
      .catch(() => setFailed(true));
    return loading.current;
  }, [kinds]);

  const show = useCallback(
    (next: string) => {
      setQuery(next);
      setShown({});
      if (hasWords(next)) void ensureIndexes();
    },
    [ensureIndexes],
  );

  // The URL is the state: read on load and on Back/Forward. A query typed before the script ran is kept.
  useEffect(() => {
    const input = inputRef.current;
    const sync = () => {
      const fromUrl = queryOf(window.location.search);
      if (input) input.value = fromUrl;
      show(fromUrl);
    };
    const typedEarly = input?.value ?? '';
    if (typedEarly && !queryOf(window.location.search)) {
      show(typedEarly);
      writeUrl(typedEarly, false);
    } else sync();
    window.addEventListener('popstate', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      clearTimeout(urlTimer.current);
    };
  }, [show]);

  const typed = (value: string) => {
    show(value);
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => writeUrl(value, false), URL_DELAY_MS);
  };

  const grouped = useMemo(() => (engines && hasWords(query) ? groupResults(searchAll(engines, query)) : null), [engines, query]);

  // A query that finds nothing: a correction of its unknown words, offered only if it finds something.
  const nothing = grouped !== null && grouped.total === 0;
  useEffect(() => {
    if (!nothing || suggester || loadingWords.current) return;
    loadingWords.current = true;
    getJson<string[]>(WORDS_URL)
      .then((words) => setSuggester(new Suggester(words)))
      .catch(() => (loadingWords.current = false));
  }, [nothing, suggester]);
  const suggestion = useMemo(() => {
    if (!nothing || !suggester || !engines || !grouped) return null;
    const corrected = suggester.suggest(query, grouped.unmatchedWords);
    return corrected && groupResults(searchAll(engines, corrected)).total > 0 ? corrected : null;
  }, [nothing, suggester, engines, grouped, query]);

  // The cards of the results on screen.
  useEffect(() => {
    for (const group of grouped?.groups ?? []) {
      for (const doc of group.docs.slice(0, shown[group.kind] ?? FIRST)) {
        const key = `${group.kind}:${doc}`;
        if (requested.current.has(key)) continue;
        requested.current.add(key);
        getJson<SiteCard>(cardUrl(group.kind, doc))
          .then((card) => setCards((previous) => new Map(previous).set(key, card)))
          .catch(() => requested.current.delete(key));
      }
    }
  }, [grouped, shown]);

  const searching = hasWords(query);
  const status = !searching
    ? 'Введите слово или несколько: найдём практики сборника, проекты всех отборов, истории успеха и тематики.'
    : failed
      ? 'Поиск сейчас недоступен: обновите страницу.'
      : !grouped
        ? 'Ищем…'
        : statusLine(grouped);

  const follow = (corrected: string) => {
    clearTimeout(urlTimer.current);
    if (inputRef.current) inputRef.current.value = corrected;
    show(corrected);
    writeUrl(corrected, true);
  };

  return (
    <div className="site-search" data-search-ready={engines ? 'true' : 'false'}>
      <form
        role="search"
        aria-label="Поиск по сайту"
        action={SEARCH_PATH}
        method="get"
        className="search-form site-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = inputRef.current?.value ?? '';
          clearTimeout(urlTimer.current);
          show(value);
          writeUrl(value, false);
        }}
      >
        <div className="search-field">
          <label htmlFor="site-search-q">Найти на сайте</label>
          <div className="search-row">
            <input
              id="site-search-q"
              name="q"
              type="search"
              autoComplete="off"
              spellCheck={false}
              placeholder="Например: благоустройство парка, Сургут"
              aria-describedby="site-search-q-hint"
              ref={inputRef}
              defaultValue=""
              onFocus={() => void ensureIndexes()}
              onChange={(e) => typed(e.target.value)}
            />
            <button type="submit" className="button">
              Найти
            </button>
          </div>
          <p id="site-search-q-hint" className="hint">
            Ищет в названиях, городах и текстах в любых формах слов, с опечатками.
          </p>
        </div>
      </form>

      <p className="search-status" role="status" aria-live="polite" data-result-count={grouped?.total ?? ''}>
        {status}
      </p>

      {suggestion && (
        <p className="search-suggestion" data-search-suggestion>
          Возможно, вы имели в виду{' '}
          <a
            href={searchHref(suggestion)}
            onClick={(e) => {
              e.preventDefault();
              follow(suggestion);
            }}
          >
            {suggestion}
          </a>
          ?
        </p>
      )}

      {grouped?.groups.map((group) => (
        <Group
          key={group.kind}
          group={group}
          cards={cards}
          shown={shown[group.kind] ?? FIRST}
          onMore={() => setShown((s) => ({ ...s, [group.kind]: (s[group.kind] ?? FIRST) + MORE }))}
        />
      ))}
    </div>
  );
}

function Group({ group, cards, shown, onMore }: { group: ResultGroup; cards: Map<string, SiteCard>; shown: number; onMore: () => void }) {
  const headingId = `site-search-${group.kind}`;
  const left = group.docs.length - shown;
  return (
    <section className="search-group" aria-labelledby={headingId} data-search-group={group.kind}>
      <h2 id={headingId}>
        {group.label} <span className="search-group-count">{group.docs.length}</span>
      </h2>
      <ol className="search-group-list" role="list">
        {group.docs.slice(0, shown).map((doc) => (
          <Result key={doc} card={cards.get(`${group.kind}:${doc}`)} stems={group.stems} />
        ))}
      </ol>
      {left > 0 && (
        <button type="button" className="button button--ghost" onClick={onMore}>
          Показать ещё {pluralize(Math.min(MORE, left), KIND_INFO[group.kind].noun)}
        </button>
      )}
    </section>
  );
}

function Marks({ pieces }: { pieces: Pieces }) {
  return <>{pieces.map((piece, i) => (piece.mark ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}

/** A result, or its place while its card is on the way. */
function Result({ card, stems }: { card: SiteCard | undefined; stems: readonly string[] }) {
  if (!card) {
    return (
      <li className="card card-loading" aria-busy="true">
        Загрузка…
      </li>
    );
  }
  return (
    <li className="card search-result" data-href={card.href}>
      <h3>
        <a href={card.href}>
          <Marks pieces={highlight(card.title, stems)} />
        </a>
      </h3>
      {card.meta && <p className="card-meta">{card.meta}</p>}
      <p data-fragment>
        <Marks pieces={snippet(card, stems)} />
      </p>
    </li>
  );
}
