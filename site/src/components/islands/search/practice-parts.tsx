// The compendium search's parts: the facets (with the count each choice would find), the hints
// when nothing is found, and the list (the server-rendered first practices, or the results).
import { fragment, highlight, type SearchOutcome } from '../../../lib/search/engine.ts';
import type { SearchCard } from '../../../lib/search/format.ts';
import { LoadingCard, Marks } from './shared.tsx';
import { isFiltered, type UrlState } from './use-practice-search.ts';

type Counts<T> = Array<{ value: T; count: number }> | undefined;

function FacetOptions<T extends string | number>({ list, label, counts }: { list: readonly T[]; label: (v: T) => string; counts: Counts<T> }) {
  return list.map((value) => {
    const n = counts ? (counts.find((c) => c.value === value)?.count ?? 0) : null;
    return (
      <option key={String(value)} value={String(value)}>
        {label(value)}
        {n === null ? '' : ` (${n})`}
      </option>
    );
  });
}

interface FacetsProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, push: boolean) => void;
  facets: SearchOutcome['facets'] | null;
  topics: Array<{ slug: string; title: string }>;
  regions: string[];
  years: number[];
}

export function Facets({ state, update, facets, topics, regions, years }: FacetsProps) {
  return (
    <div className="search-facets">
      <label>
        <span>Тематика</span>
        <select name="topic" value={state.topic} onChange={(e) => update({ topic: e.target.value }, true)}>
          <option value="">Все тематики</option>
          <FacetOptions list={topics.map((t) => t.slug)} label={(slug) => topics.find((t) => t.slug === slug)?.title ?? slug} counts={facets?.topic} />
        </select>
      </label>
      <label>
        <span>Регион</span>
        <select name="region" value={state.region} onChange={(e) => update({ region: e.target.value }, true)}>
          <option value="">Все регионы</option>
          <FacetOptions list={regions} label={(r) => r} counts={facets?.region} />
        </select>
      </label>
      <label>
        <span>Год</span>
        <select name="year" value={state.year} onChange={(e) => update({ year: e.target.value }, true)}>
          <option value="">Все годы</option>
          <FacetOptions list={years} label={(y) => String(y)} counts={facets?.year} />
        </select>
      </label>
    </div>
  );
}

export function NothingFound({ outcome, state, update }: { outcome: SearchOutcome; state: UrlState; update: FacetsProps['update'] }) {
  return (
    <div className="search-empty" data-search-empty>
      <p>Что можно попробовать:</p>
      <ul>
        {outcome.unmatchedWords.length > 0 && (
          <li>
            проверить написание: {outcome.unmatchedWords.map((w) => `«${w}»`).join(', ')} в сборнике не встречается;
          </li>
        )}
        <li>искать по городу, региону или теме проекта, одним-двумя словами;</li>
        {isFiltered(state) && (
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
  );
}

/** The server-rendered first practices (`outcome` null), or the results on screen. */
export function PracticeList(props: { initial: SearchCard[]; outcome: SearchOutcome | null; shown: number; cards: Map<string, SearchCard> }) {
  const { outcome } = props;
  if (!outcome) {
    return (
      <ul className="practice-list" role="list" data-practice-list>
        {props.initial.map((card) => (
          <ResultCard key={card.slug} card={card} stems={[]} />
        ))}
      </ul>
    );
  }
  return (
    <ol className="practice-list" data-practice-list data-search-results>
      {outcome.docs.slice(0, props.shown).map((doc) => {
        const card = props.cards.get(String(doc));
        return card ? <ResultCard key={doc} card={card} stems={outcome.matchedStems} /> : <LoadingCard key={doc} />;
      })}
    </ol>
  );
}

function ResultCard({ card, stems }: { card: SearchCard; stems: readonly string[] }) {
  return (
    <li className="card" data-practice={card.slug} data-region={card.region} data-year={card.year}>
      <h2>
        <a href={`/practices/${card.slug}/`}>
          <Marks pieces={highlight(card.title, stems)} />
        </a>
      </h2>
      <p className="card-meta">
        <Marks pieces={highlight(card.city, stems)} />, {card.region} · {card.year}
        {card.topic && <> · {card.topic}</>}
      </p>
      <p data-fragment>
        <Marks pieces={fragment(card.summary, stems)} />
      </p>
    </li>
  );
}
