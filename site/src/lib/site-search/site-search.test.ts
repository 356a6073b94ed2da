import { describe, expect, it } from 'vitest';
import { CompendiumSearch } from '../search/engine.ts';
import { buildSiteSearch, siteVocabulary } from './build.ts';
import { practiceDoc, projectDoc, SEARCH_KINDS, type SearchKind, storyDoc, topicDoc } from './kinds.ts';
import { groupResults, queryOf, searchHref, snippet, statusLine } from './results.ts';

const heritage = { slug: 'historic-city', title: 'Исторический город' };

const practices = [
  practiceDoc({ slug: 'chusovoy', title: 'Чусовой — лыжная столица России', city: 'Чусовой', region: 'Пермский край', year: 2019, topic: null, summary: 'Идеи развития города и стратегическая сессия.', body: 'Лыжные трассы и купеческая усадьба.' }),
  practiceDoc({ slug: 'perm', title: 'Набережная для всех', city: 'Пермь', region: 'Пермский край', year: 2020, topic: heritage, summary: 'Благоустройство набережной Камы.', body: 'Скверы и парки.' }),
];

const project = {
  reference: '2026-000019',
  year: 2026,
  title: 'Астрахань: новая жизнь купеческой усадьбы',
  topic: heritage,
  city: 'Астрахань',
  region: 'Астраханская область' as const,
  description: 'Отремонтировать пустующую усадьбу и открыть краеведческий центр с кафе.',
  problem: 'Усадьба разрушается.',
  effect: 'Центр примет 30 000 посетителей в год.',
  audience: 'Жители и туристы.',
  // Public on the project page, but not what the search is for: never indexed nor in a card.
  team: [{ name: 'Аглая Ферапонтова', role: 'Руководитель' }],
  budgetItems: [{ item: 'Кровельные работы Ферапонтовых', amount: 100, source: 'grant' }],
  reviewNote: 'Замечание Ферапонтовой',
};
const projects = [projectDoc(project)];
const stories = [storyDoc({ slug: 'kazan-yards', title: 'Дворы Казани', city: 'Казань', text: 'Жители выбрали, какими будут дворы.', figures: [{ label: 'дворов обновлено' } as never] })];
const topics = [topicDoc({ slug: 'historic-city', title: 'Исторический город', summary: 'Сохранение исторической среды: усадьбы, кварталы.', description: 'Проекты для старых центров городов.' })];
const docs = { practices, projects, stories, topics };
const site = buildSiteSearch(docs);
const engines = new Map(SEARCH_KINDS.map((kind) => [kind, new CompendiumSearch(site[kind].index)] as const));
const searchAll = (q: string) => new Map([...engines].map(([kind, engine]) => [kind, engine.search(q)] as const));

describe('one index per kind', () => {
  it('numbers the cards as the engine numbers its documents', () => {
    const { docs: found } = engines.get('practices')!.search('набережная');
    expect(found.map((d) => site.practices.cards[d]!.href)).toEqual(['/practices/perm/']);
    const chusovoy = engines.get('practices')!.search('лыжная столица').docs[0]!;
    expect(site.practices.cards[chusovoy]!.title).toBe('Чусовой — лыжная столица России');
  });

  it('gives each kind its page and its own facts', () => {
    expect(site.projects.cards[0]).toMatchObject({ href: '/projects/2026-000019/', meta: 'Астрахань, Астраханская область · отбор 2026 года · Исторический город' });
    expect(site.stories.cards[0]).toMatchObject({ href: '/stories/kazan-yards/', meta: 'Казань' });
    expect(site.topics.cards[0]).toMatchObject({ href: '/topics/historic-city/' });
    expect(site.practices.cards.map((c) => c.meta)).toContain('Пермь, Пермский край · 2020 · Исторический город');
  });

  it('publishes only a project’s public texts: no team, budget or reviewer’s note in an index, a card or the vocabulary', () => {
    const published = JSON.stringify([site, siteVocabulary(docs)]).toLowerCase();
    expect(published).toContain('усадьб');
    expect(published).not.toMatch(/ферапонтов|аглая|руководитель|кровельн|замечани/);
  });
});

describe('grouped results', () => {
  it('groups by kind in a fixed order, with the matched stems of each', () => {
    const { groups, total } = groupResults(searchAll('усадьба'));
    expect(groups.map((g) => g.kind)).toEqual(['practices', 'projects', 'topics']);
    expect(groups.map((g) => g.label)).toEqual(['Практики', 'Проекты', 'Тематики']);
    expect(total).toBe(3);
    expect(groups.every((g) => g.stems.length > 0)).toBe(true);
  });

  it('reports the words that no kind knows, and only those', () => {
    const outcome = groupResults(searchAll('Казань космодром'));
    expect(outcome.groups.map((g) => g.kind)).toEqual(['stories']);
    expect(outcome.unmatchedWords).toEqual(['космодром']);
  });

  it('leaves kinds that were not searched out', () => {
    const only = new Map([['stories' as SearchKind, engines.get('stories')!.search('дворы')]]);
    expect(groupResults(only).groups.map((g) => g.kind)).toEqual(['stories']);
    expect(groupResults(new Map()).total).toBe(0);
  });
});

describe('the status line', () => {
  const group = (kind: SearchKind, n: number) => ({ kind, label: '', docs: Array.from({ length: n }, (_, i) => i), stems: [] });
  const line = (...groups: ReturnType<typeof group>[]) => statusLine({ groups, total: groups.reduce((s, g) => s + g.docs.length, 0) });

  it('counts in Russian, the verb agreeing with the noun', () => {
    expect(line()).toBe('Ничего не найдено.');
    expect(line(group('practices', 3))).toBe('Найдено 3 практики.');
    expect(line(group('practices', 1))).toBe('Найдена 1 практика.');
    expect(line(group('projects', 1))).toBe('Найден 1 проект.');
    expect(line(group('stories', 21))).toBe('Найдена 21 история успеха.');
    expect(line(group('practices', 3), group('projects', 1))).toBe('Найдено 4 результата: 3 практики, 1 проект.');
    expect(line(group('projects', 1250), group('topics', 1))).toBe('Найден 1\u00a0251 результат: 1\u00a0250 проектов, 1 тематика.');
  });
});

describe('a result’s snippet', () => {
  it('comes from the first text with a matched word, the word marked', () => {
    const card = { texts: ['Первый абзац без нужного слова.', 'Второй абзац про усадьбу и кафе.'] };
    const pieces = snippet(card, engines.get('projects')!.search('усадьба').matchedStems);
    expect(pieces.map((p) => p.text).join('')).toBe('Второй абзац про усадьбу и кафе.');
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(['усадьбу']);
  });

  it('falls back to the first text when no text has a matched word', () => {
    expect(snippet({ texts: ['Первый.', 'Второй.'] }, ['усадьб']).map((p) => p.text).join('')).toBe('Первый.');
    expect(snippet({ texts: [] }, [])).toEqual([]);
  });
});

describe('the query in the address', () => {
  it('round-trips any query and drops an empty one', () => {
    for (const q of ['усадьба', 'Сургут & парк', 'a+b?c=d#e']) expect(queryOf(searchHref(q).split('?')[1]!)).toBe(q);
    expect(searchHref('  ')).toBe('/search/');
    expect(queryOf('')).toBe('');
  });
});
