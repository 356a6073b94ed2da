import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentFileSchema,
  isSeeded,
  type Platform,
  type Programme,
  publicContentTypes,
  type SelectionRound,
  type BestPracticeContent,
  type SuccessStory,
  type Topic,
} from './index.js';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const read = (file: string): unknown => JSON.parse(readFileSync(join(contentDir, file), 'utf8'));
const parsed = <T>(name: keyof typeof publicContentTypes): T =>
  contentFileSchema(publicContentTypes[name]).parse(read(publicContentTypes[name].file)) as T;

describe('content/ is valid seed data', () => {
  for (const [name, type] of Object.entries(publicContentTypes).filter(([, t]) => isSeeded(t))) {
    it(`${type.file} parses with the ${name} schema`, () => {
      const result = contentFileSchema(type).safeParse(read(type.file));
      expect(result.error?.issues ?? []).toEqual([]);
    });
  }

  it('keys of collection entries are unique, so the CMS can seed idempotently', () => {
    for (const type of Object.values(publicContentTypes)) {
      if (type.kind !== 'collection' || !isSeeded(type)) continue;
      const entries = read(type.file) as Array<Record<string, unknown>>;
      const keys = entries.map((e) => e[type.key]);
      expect(new Set(keys).size, type.file).toBe(keys.length);
    }
  });

  it('every practice links an existing topic or none', () => {
    const topics = new Set(parsed<Topic[]>('topics').map((t) => t.slug));
    const practices = parsed<Array<{ topic: string | null }>>('bestPractices');
    for (const p of practices) if (p.topic) expect(topics).toContain(p.topic);
  });
});

// The facts below are those of the programme's own document (shared/seed, 2020); the content must
// carry them exactly.
describe('content/ carries the seed document exactly', () => {
  it('has the five topics in the document order', () => {
    expect(parsed<Topic[]>('topics').map((t) => t.title)).toEqual([
      'Исторический город',
      'Культурно-историческое наследие',
      'Умный город',
      'Дети в городе',
      'Креативные кластеры',
    ]);
  });

  it('has the 2020 round: four stages with their dates, 25 finalists, 3 projects per expert, teams up to 5', () => {
    const [round] = parsed<SelectionRound[]>('selectionRounds');
    expect(round?.year).toBe(2020);
    expect(round?.stages.map((s) => [s.kind, s.startDate, s.endDate])).toEqual([
      ['collection', '2020-01-13', '2020-02-17'],
      ['technical_review', '2020-02-17', '2020-02-23'],
      ['main_selection', '2020-02-23', '2020-03-02'],
      ['announcement', '2020-03-03', '2020-03-03'],
    ]);
    expect([round?.finalistsCount, round?.projectsPerExpert, round?.maxTeamSize]).toEqual([25, 3, 5]);
    expect(round?.requirements).toHaveLength(7);
    expect(round?.reviewChecks).toHaveLength(2);
  });

  it('has the six criteria, the last one based on residents’ votes', () => {
    const [round] = parsed<SelectionRound[]>('selectionRounds');
    expect(round?.criteria.map((c) => c.title)).toEqual([
      'Актуальность проекта для города',
      'Логическая связанность и реализуемость проекта',
      'Достижимость заявленного социально-экономического эффекта',
      'Обоснованность бюджета',
      'Соответствие опыта и компетенций команды проекта планируемой деятельности',
      'Общественная поддержка проекта',
    ]);
    expect(round?.criteria.map((c) => c.basedOnVotes)).toEqual([false, false, false, false, false, true]);
  });

  it('has the programme’s goals, involvement figures and the quote of 18 September 2019', () => {
    const programme = parsed<Programme>('programme');
    expect(programme.goals).toHaveLength(3);
    expect(programme.goals[1]?.target?.value).toBe(1_000_000);
    expect(programme.involvement.map((f) => [f.qualifier, f.value])).toEqual([
      ['more_than', 300],
      ['more_than', 50_000],
      ['more_than', 100_000],
      ['more_than', 2_000_000],
    ]);
    expect(programme.quote.date).toBe('2019-09-18');
    expect(programme.quote.author).toContain('Путин');
  });

  it('has the platform’s 2019 results and four advantages', () => {
    const platform = parsed<Platform>('platform');
    expect(platform.resultsYear).toBe(2019);
    expect(platform.results.map((f) => [f.qualifier, f.value])).toEqual([
      ['exact', 647],
      ['exact', 82],
      ['exact', 101_948],
      ['exact', 35_574],
      ['more_than', 10_000],
      ['more_than', 3_500_000],
    ]);
    expect(platform.advantages).toHaveLength(4);
    expect(platform.advantages.map((a) => a.text).join(' ')).toContain('более 200 тыс. человек');
  });

  it('has the three success stories with their figures', () => {
    const stories = parsed<SuccessStory[]>('successStories');
    expect(stories.map((s) => [s.city, s.figures.map((f) => f.value)])).toEqual([
      ['Сургут', [8280, 58_343]],
      ['Чусовой', [8, 30]],
      ['Полярные Зори', [677]],
    ]);
  });

  it('has the three practices with the seed’s figures and participation, nothing invented, none synthetic', () => {
    const practices = parsed<BestPracticeContent[]>('bestPractices');
    expect(practices.map((p) => [p.city, p.region, p.results.map((f) => [f.value, f.unit])])).toEqual([
      ['Сургут', 'Ханты-Мансийский автономный округ — Югра', [[8280, null], [58_343, null]]],
      ['Чусовой', 'Пермский край', [[8, '%'], [30, null]]],
      ['Полярные Зори', 'Мурманская область', [[677, null]]],
    ]);
    expect(practices.map((p) => p.participation)).toEqual([
      { residents: 8280, votes: 58_343, ideas: null, refinements: null },
      { residents: null, votes: null, ideas: 30, refinements: null },
      { residents: 677, votes: null, ideas: null, refinements: null },
    ]);
    // The document states no budgets, contacts, problems or topics of these projects.
    expect(practices.every((p) => !p.budget && !p.contact && !p.problem && !p.replication && !p.topic)).toBe(true);
    expect(practices.every((p) => !p.synthetic)).toBe(true);
  });

  it('has the four accelerator modules with their results', () => {
    const modules = parsed<Array<{ number: number; result: string }>>('acceleratorModules');
    expect(modules.map((m) => m.number)).toEqual([1, 2, 3, 4]);
    expect(modules.map((m) => m.result)).toEqual([
      'Формирование «Городского продукта» (проект)',
      'Финансово-правовая модель проекта',
      'Рост компетенций команды проекта, MVP проекта',
      'Road show, инвестиционный питчинг',
    ]);
  });
});
