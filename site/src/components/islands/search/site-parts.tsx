// The site-wide search's parts: the «Возможно, вы имели в виду …» line, a group of results of one
// kind with its «Показать ещё», and a result.
import { pluralize } from '../../../lib/plural.ts';
import { highlight } from '../../../lib/search/engine.ts';
import { KIND_INFO, type SiteCard } from '../../../lib/site-search/kinds.ts';
import { type ResultGroup, searchHref, snippet } from '../../../lib/site-search/results.ts';
import { LoadingCard, Marks } from './shared.tsx';
import { FIRST, MORE } from './use-site-search.ts';

export function Suggestion({ suggestion, follow }: { suggestion: string; follow: (corrected: string) => void }) {
  return (
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
  );
}

interface GroupProps {
  group: ResultGroup;
  cards: Map<string, SiteCard>;
  shown: number | undefined;
  onMore: () => void;
}

export function Group({ group, cards, shown = FIRST, onMore }: GroupProps) {
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

/** A result, or its place while its card is on the way. */
function Result({ card, stems }: { card: SiteCard | undefined; stems: readonly string[] }) {
  if (!card) return <LoadingCard />;
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
