// The site-wide search page (/search/?q=…): practices, projects, success stories and topics, each
// kind searched by the compendium's engine over its own index, results grouped by kind. Indexes are
// fetched on first use; the cards of the results on screen one by one; the vocabulary for «Возможно,
// вы имели в виду …» only when a query finds nothing. The query lives in the URL: replaced (debounced)
// as the reader types, pushed when they follow a suggestion, read back on Back/Forward.
// The state is in search/use-site-search.ts; what it shares with PracticeSearch in search/hooks.ts.
import type { SearchKind } from '../../lib/site-search/kinds.ts';
import { hasWords, SEARCH_PATH, statusLine } from '../../lib/site-search/results.ts';
import { searchStatus } from './search/hooks.ts';
import { SearchInput } from './search/shared.tsx';
import { Group, Suggestion } from './search/site-parts.tsx';
import { useSiteSearch } from './search/use-site-search.ts';

interface Props {
  /** The kinds with something to search, and how many documents each has. */
  kinds: Array<{ kind: SearchKind; count: number }>;
}

export default function SiteSearch({ kinds }: Props) {
  const search = useSiteSearch(kinds);
  const { grouped } = search;
  const status = searchStatus({
    searching: hasWords(search.query),
    failed: search.failed,
    idle: 'Введите слово или несколько: найдём практики сборника, проекты всех отборов, истории успеха и тематики.',
    results: grouped && (() => statusLine(grouped)),
  });

  return (
    <div className="site-search" data-search-ready={search.engines ? 'true' : 'false'}>
      <form
        role="search"
        aria-label="Поиск по сайту"
        action={SEARCH_PATH}
        method="get"
        className="search-form site-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          search.submitted();
        }}
      >
        <div className="search-field">
          <label htmlFor="site-search-q">Найти на сайте</label>
          <div className="search-row">
            <SearchInput
              id="site-search-q"
              placeholder="Например: благоустройство парка, Сургут"
              inputRef={search.inputRef}
              onFocus={() => void search.ensureIndexes()}
              onChange={search.typed}
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

      {search.suggestion && <Suggestion suggestion={search.suggestion} follow={search.follow} />}

      {grouped?.groups.map((group) => (
        <Group key={group.kind} group={group} cards={search.cards} shown={search.shown[group.kind]} onMore={() => search.showMore(group.kind)} />
      ))}
    </div>
  );
}
