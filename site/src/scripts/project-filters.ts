// Filters the server-rendered project list by topic and region in the browser. The state lives in
// the query (?topic=…&region=…), so a filtered list can be shared; without JavaScript the whole list
// shows and the filter form stays hidden.
import { nouns, pluralize } from '../lib/plural.ts';
import { matchesProjectFilters, type ProjectFilters } from '../lib/project-filters.ts';

function readFilters(): ProjectFilters {
  const params = new URLSearchParams(window.location.search);
  return { topic: params.get('topic') ?? '', region: params.get('region') ?? '' };
}

export function applyProjectFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-project-filters]');
  const items = [...document.querySelectorAll<HTMLLIElement>('[data-project-list] > li[data-project]')];
  const status = document.querySelector<HTMLElement>('[data-project-count]');
  if (!form || !status) return;
  form.hidden = false;

  const render = (filters: ProjectFilters) => {
    for (const name of ['topic', 'region'] as const) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = filters[name];
    }
    let shown = 0;
    for (const item of items) {
      const visible = matchesProjectFilters({ topic: item.dataset.topic ?? '', region: item.dataset.region ?? '' }, filters);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    status.dataset.projectCount = String(shown);
    status.textContent = filters.topic || filters.region ? `Найдено: ${pluralize(shown, nouns.project)}.` : `Всего ${pluralize(shown, nouns.project)}, сначала новые.`;
  };

  form.addEventListener('change', () => {
    const params = new URLSearchParams();
    for (const name of ['topic', 'region'] as const) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
      if (value) params.set(name, value);
    }
    const search = params.toString();
    window.history.pushState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
    render(readFilters());
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('popstate', () => render(readFilters()));
  render(readFilters());
}
