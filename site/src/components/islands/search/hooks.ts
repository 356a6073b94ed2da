// What the compendium's search (PracticeSearch) and the site-wide search (SiteSearch) share: the
// address that follows the query, reading it back on load and on Back/Forward, the index fetched on
// first use, the cards of the results on screen fetched one by one, and the status line.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Puts `url` (path and query) in the address bar: a new history entry (`push`) or in place. */
export function goTo(url: string, push: boolean): void {
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Something fetched once, on first use (an index): `ensure` starts it, `failed` says it could not be had. */
export function useLazy<T>(load: () => Promise<T>): { value: T | null; failed: boolean; ensure: () => Promise<void> } {
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<void> | null>(null);
  const ensure = useCallback(() => {
    loading.current ??= load()
      .then((loaded) => setValue(() => loaded))
      .catch(() => setFailed(true));
    return loading.current;
  }, [load]);
  return { value, failed, ensure };
}

/** The cards fetched so far by key; `fetchCard` asks for one unless it is on the way or here (a failure may be asked again). */
export function useCards<T>(): { cards: Map<string, T>; fetchCard: (key: string, url: string) => void } {
  const [cards, setCards] = useState<Map<string, T>>(() => new Map());
  const requested = useRef(new Set<string>());
  const fetchCard = useCallback((key: string, url: string) => {
    if (requested.current.has(key)) return;
    requested.current.add(key);
    getJson<T>(url)
      .then((card) => setCards((previous) => new Map(previous).set(key, card)))
      .catch(() => requested.current.delete(key));
  }, []);
  return { cards, fetchCard };
}

interface UrlQuery<S> {
  /** The state in the address. */
  read: () => S;
  /** Its query (what the search box shows). */
  query: (state: S) => string;
  /** The state with a query the reader typed before the script ran. */
  withTyped: (state: S, typed: string) => S;
  /** Shows a state (from the address, or typed early). */
  show: (state: S) => void;
  /** Writes a typed-early state to the address (in place). */
  write: (state: S) => void;
  /** Called once when the reader had typed before the script ran. */
  typedEarly?: () => void;
}

/**
 * The URL is the state: read on load and on Back/Forward, the box set to its query. What a reader
 * typed before the script had run is taken over (and written to the address) rather than lost.
 * The functions must be stable (module-level or useCallback): a new one subscribes again.
 */
export function useUrlQuery<S>(inputRef: RefObject<HTMLInputElement | null>, url: UrlQuery<S>): void {
  const { read, query, withTyped, show, write, typedEarly } = url;
  useEffect(() => {
    const input = inputRef.current;
    const sync = () => {
      const fromUrl = read();
      if (input) input.value = query(fromUrl);
      show(fromUrl);
    };
    const typed = input?.value ?? '';
    if (typed && !query(read())) {
      const next = withTyped(read(), typed);
      show(next);
      write(next);
      typedEarly?.();
    } else {
      sync();
    }
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, [inputRef, read, query, withTyped, show, write, typedEarly]);
}

/** The status line: the idle text, the failure, «Ищем…» while the index comes, then the results' line. */
export function searchStatus(s: { searching: boolean; failed: boolean; idle: string; results: (() => string) | null }): string {
  if (!s.searching) return s.idle;
  if (s.failed) return 'Поиск сейчас недоступен: обновите страницу.';
  return s.results ? s.results() : 'Ищем…';
}
