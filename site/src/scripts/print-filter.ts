// Applies /practices/print/?topic=…&region=…&year=… to the static printable compendium: hides the
// practices that do not match, and their entries in the table of contents. Without JavaScript the
// whole compendium stays, which is the page's useful default.
import { describeFilter, isFiltering, matchesPracticeFilter, parsePracticeFilter } from '../lib/print-filter.ts';

const filter = parsePracticeFilter(window.location.search);

if (isFiltering(filter)) {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-print-practice]')];
  const titles = new Map(sections.map((s) => [s.dataset.topic ?? '', s.dataset.topicTitle ?? '']));
  let shown = 0;
  for (const section of sections) {
    const match = matchesPracticeFilter(
      { topic: section.dataset.topic || null, region: section.dataset.region ?? '', year: Number(section.dataset.year) },
      filter,
    );
    section.hidden = !match;
    const entry = document.querySelector<HTMLElement>(`[data-toc-entry="${CSS.escape(section.dataset.printPractice ?? '')}"]`);
    if (entry) entry.hidden = !match;
    if (match) shown += 1;
  }

  const status = document.querySelector<HTMLElement>('[data-filter-status]');
  if (status) {
    const text = describeFilter(filter, shown, sections.length, (slug) => titles.get(slug) || slug);
    const all = document.createElement('a');
    all.href = window.location.pathname;
    all.textContent = 'Показать весь сборник';
    status.replaceChildren(`${text} `, all);
    status.hidden = false;
  }
}
