// A practice page for Pagefind to index when the benchmark does not build the site: the same
// content and heading structure as site/src/pages/practices/[slug].astro (title in h1, sections in
// h2, steps in h3, lang="ru"), with the article marked data-pagefind-body as a Pagefind set-up
// would mark it (so the header, footer and related practices stay out of the index).
import type { BestPracticeContentInput } from '@portal/schema';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) => text.split(/\n{2,}/).map((p) => `<p>${escape(p)}</p>`).join('');

export function practicePage(p: BestPracticeContentInput, topicTitle: string | null): string {
  const section = (heading: string, body: string) => (body ? `<section><h2>${heading}</h2>${body}</section>` : '');
  const people = [...(p.organisers ?? []), ...(p.partners ?? [])].map((o) => `<li>${escape(o.name)}</li>`).join('');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escape(`${p.title} — ${p.city}`)}</title></head><body>
<header><nav><a href="/">Главная</a> <a href="/practices/">Сборник практик</a></nav></header>
<main data-pagefind-body>
<h1>${escape(p.title)}</h1><p>${escape(p.city)} · ${p.year}</p>
${section('Результаты в цифрах', (p.results ?? []).map((r) => `<p>${r.value} ${escape(r.label)}</p>`).join(''))}
<dl><dt>Город</dt><dd>${escape(p.city)}</dd><dt>Регион</dt><dd>${escape(p.region)}</dd>${topicTitle ? `<dt>Тематика</dt><dd>${escape(topicTitle)}</dd>` : ''}</dl>
<p class="lead">${escape(p.summary)}</p>
${section('Проблема', p.problem ? paragraphs(p.problem) : '')}
${section('Что сделали', (p.steps ?? []).map((s) => `<h3>${escape(s.title)}</h3><p>${escape(s.text)}</p>`).join(''))}
${section('Как это было', paragraphs(p.body))}
${section('Организаторы и партнёры', people ? `<ul>${people}</ul>` : '')}
</main>
<footer>«100 городских лидеров»</footer>
</body></html>`;
}
