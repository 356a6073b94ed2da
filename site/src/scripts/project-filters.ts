// Filters the server-rendered project list by topic and region and orders it (newest first or by
// votes) in the browser. The state lives in the query (?topic=…&region=…&sort=votes), so a list can
// be shared; without JavaScript the whole list shows, newest first, with the build's vote counts, and
// the form stays hidden. The regions map's tiles choose the region as the form's select does, and
// show the choice. The live counts come from the functions; the build's are the fallback.
import { matchesProjectFilters, projectCountsOf, projectListStatus, readProjectSort, sortProjects, type ProjectFilters, type ProjectSort } from '../lib/project-filters.ts';
// Not voting-text.ts: that module brings the schemas (and zod) into this small script.
import { nouns, pluralize } from '../lib/plural.ts';
import { chosenRegion, markRegion } from './region-map.ts';

interface ListState extends ProjectFilters {
  sort: ProjectSort;
}

const FIELDS = ['topic', 'region', 'sort'] as const;

function readState(): ListState {
  const params = new URLSearchParams(window.location.search);
  return { topic: params.get('topic') ?? '', region: params.get('region') ?? '', sort: readProjectSort(params.get('sort')) };
}

interface Card {
  element: HTMLLIElement;
  documentId: string;
  votes: number;
}

export function applyProjectFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-project-filters]');
  const list = document.querySelector<HTMLElement>('[data-project-list]');
  const status = document.querySelector<HTMLElement>('[data-project-count]');
  if (!form || !list || !status) return;
  form.hidden = false;

  // In the build's order (newest first): «Сначала новые» restores it.
  const cards: Card[] = [...list.querySelectorAll<HTMLLIElement>(':scope > li[data-project]')].map((element) => {
    const votes = element.querySelector<HTMLElement>('[data-project-votes]');
    return { element, documentId: element.dataset.documentId ?? '', votes: Number(votes?.dataset.projectVotes ?? 0) };
  });

  const render = (state: ListState) => {
    for (const name of FIELDS) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = name === 'sort' ? (state.sort === 'votes' ? 'votes' : '') : state[name];
    }
    let shown = 0;
    for (const card of cards) {
      const visible = matchesProjectFilters({ topic: card.element.dataset.topic ?? '', region: card.element.dataset.region ?? '' }, state);
      card.element.hidden = !visible;
      if (visible) shown += 1;
    }
    const ordered = sortProjects(cards, state.sort);
    if (ordered.some((card, i) => list.children[i] !== card.element)) list.append(...ordered.map((c) => c.element));
    status.dataset.projectCount = String(shown);
    const sentence = projectListStatus(shown, Boolean(state.topic || state.region), state.sort);
    // The status is a live region: only a new sentence is worth saying.
    if (status.textContent?.trim() !== sentence) status.textContent = sentence;
    markRegion(document, state.region);
  };

  const commit = () => {
    const params = new URLSearchParams();
    for (const name of FIELDS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
      if (value) params.set(name, value);
    }
    const search = params.toString();
    window.history.pushState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
    render(readState());
  };
  form.addEventListener('change', commit);
  document.addEventListener('click', (event) => {
    const region = chosenRegion(event);
    const select = form.elements.namedItem('region') as HTMLSelectElement | null;
    if (region === null || !select) return;
    event.preventDefault();
    select.value = region;
    commit();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', () => render(readState()));
  render(readState());
  void refreshCounts(cards).then((changed) => {
    if (changed) render(readState());
  });
}

/** Puts the live counts on the cards; true when any changed. Without an answer the build's stay. */
async function refreshCounts(cards: Card[]): Promise<boolean> {
  let body: unknown;
  try {
    const response = await fetch('/api/votes/counts', { headers: { accept: 'application/json' } });
    if (!response.ok) return false;
    body = await response.json();
  } catch {
    return false;
  }
  const counts = projectCountsOf(body);
  if (!counts) return false;
  let changed = false;
  for (const card of cards) {
    const live = counts[card.documentId] ?? 0;
    if (live === card.votes) continue;
    card.votes = live;
    changed = true;
    const label = card.element.querySelector<HTMLElement>('[data-project-votes]');
    if (label) {
      label.dataset.projectVotes = String(live);
      label.textContent = pluralize(live, nouns.vote);
    }
  }
  return changed;
}
