import { describe, expect, it } from 'vitest';
import {
  BestPracticeContentSchema,
  BestPracticeEntrySchema,
  BudgetSchema,
  HttpsUrlSchema,
  ParticipationSchema,
  PracticeContactSchema,
  PracticeImageSchema,
} from './index.js';

const messages = (result: { error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((i) => i.message) ?? [];

/** The least a practice needs; everything else is optional. */
const minimal = {
  title: 'Парк вместе с жителями',
  slug: 'park',
  city: 'Сургут',
  region: 'Ханты-Мансийский автономный округ — Югра',
  year: 2019,
  summary: 'Кратко.',
  body: 'Подробно.',
};

describe('a best practice', () => {
  it('needs only title, slug, city, region, year, summary and body; the rest defaults to empty', () => {
    expect(BestPracticeContentSchema.parse(minimal)).toEqual({
      ...minimal,
      topic: null,
      problem: null,
      steps: [],
      results: [],
      participation: null,
      budget: null,
      organisers: [],
      partners: [],
      replication: null,
      contact: null,
      links: [],
      synthetic: false,
    });
  });

  it('as the CMS serves it: topic embedded, empty text fields and components become null, photos default to none', () => {
    const entry = BestPracticeEntrySchema.parse({
      ...minimal,
      documentId: 'doc',
      topic: { title: 'Дети в городе', slug: 'children-in-the-city' },
      problem: '',
      participation: { residents: 10, votes: null },
      replication: { conditions: '  ', approximateCost: null, timeline: null },
      synthetic: null,
    });
    expect(entry.topic?.slug).toBe('children-in-the-city');
    expect(entry.problem).toBeNull();
    expect(entry.participation).toEqual({ residents: 10, votes: null, ideas: null, refinements: null });
    expect(entry.replication).toEqual({ conditions: null, approximateCost: null, timeline: null });
    expect(entry.synthetic).toBe(false);
    expect(entry.images).toEqual([]);
  });

  it('cannot take an address of the compendium’s own pages', () => {
    expect(messages(BestPracticeContentSchema.safeParse({ ...minimal, slug: 'print' }))[0]).toMatch(/заняты страницами сборника/);
  });

  it('keeps the steps in their order', () => {
    const steps = [
      { title: 'Опрос', text: 'Спросили жителей.' },
      { title: 'Проект', text: 'Нарисовали эскиз.' },
    ];
    expect(BestPracticeContentSchema.parse({ ...minimal, steps }).steps.map((s) => s.title)).toEqual(['Опрос', 'Проект']);
    expect(messages(BestPracticeContentSchema.safeParse({ ...minimal, steps: [{ title: 'Опрос', text: ' ' }] }))).toEqual([
      'Поле не может быть пустым',
    ]);
  });

  it('refuses a region that is not a federal subject, and a year out of range, in Russian', () => {
    expect(messages(BestPracticeContentSchema.safeParse({ ...minimal, region: 'Югра' }))[0]).toMatch(/^Регион: субъект РФ/);
    expect(messages(BestPracticeContentSchema.safeParse({ ...minimal, year: 1999 }))).toEqual(['Год не раньше 2000']);
    expect(messages(BestPracticeContentSchema.safeParse({ ...minimal, year: '2019' }))).toEqual(['Год числом, например 2019']);
  });

  it('a result may say when it was counted', () => {
    const parsed = BestPracticeContentSchema.parse({ ...minimal, results: [{ value: 12, label: 'событий', asOf: '2021-12-31' }] });
    expect(parsed.results[0]?.asOf).toBe('2021-12-31');
  });
});

describe('participation, budget, contact and links', () => {
  it('participation counts are whole numbers, zero or more', () => {
    expect(messages(ParticipationSchema.safeParse({ residents: -1 }))).toEqual(['Число не может быть меньше нуля']);
    expect(messages(ParticipationSchema.safeParse({ votes: 1.5 }))).toEqual(['Нужно целое число']);
    expect(messages(ParticipationSchema.safeParse({ ideas: '30' }))).toEqual(['Укажите число']);
  });

  it('a budget lists its sources; they cannot add up to more than the total', () => {
    const budget = BudgetSchema.parse({ total: 1_000_000, sources: [{ kind: 'municipal_budget', amount: 600_000 }, { kind: 'grant' }] });
    expect(budget.sources).toEqual([
      { kind: 'municipal_budget', amount: 600_000, note: null },
      { kind: 'grant', amount: null, note: null },
    ]);
    const over = BudgetSchema.safeParse({ total: 100, sources: [{ kind: 'business', amount: 200 }] });
    expect(messages(over)).toEqual(['Сумма по источникам больше общего бюджета']);
    expect(messages(BudgetSchema.safeParse({ sources: [{ kind: 'lottery' }] }))[0]).toMatch(/^Источник: одно из federal_budget/);
    expect(messages(BudgetSchema.safeParse({ total: -5 }))).toEqual(['Сумма не может быть меньше нуля']);
  });

  it('a contact is public and checked: e-mail, phone, https site', () => {
    const contact = PracticeContactSchema.parse({ name: 'Проектный офис', email: 'info@example.ru', phone: '+7 (3462) 52-20-00', website: '' });
    expect(contact).toEqual({ name: 'Проектный офис', email: 'info@example.ru', phone: '+7 (3462) 52-20-00', website: null });
    expect(messages(PracticeContactSchema.safeParse({ name: 'x', email: 'почта' }))).toEqual(['Адрес почты, например info@example.ru']);
    expect(messages(PracticeContactSchema.safeParse({ name: 'x', phone: 'звоните' }))[0]).toMatch(/^Телефон:/);
    expect(messages(PracticeContactSchema.safeParse({ name: ' ' }))).toEqual(['Поле не может быть пустым']);
  });

  it('links are https addresses of public hosts only', () => {
    for (const good of ['https://100gorodov.ru/', 'https://сургут.рф/новости', 'https://xn--80a.xn--p1ai/x?y=1']) {
      expect(HttpsUrlSchema.safeParse(good).success, good).toBe(true);
    }
    for (const bad of ['http://100gorodov.ru/', 'javascript:alert(1)', '100gorodov.ru']) {
      expect(messages(HttpsUrlSchema.safeParse(bad)), bad).toEqual(['Ссылка должна начинаться с https://, например https://100gorodov.ru/']);
    }
    for (const bad of ['https://localhost/', 'https://127.0.0.1/', 'https://']) {
      expect(messages(HttpsUrlSchema.safeParse(bad)), bad).toEqual(['Ссылка: адрес сайта в интернете, например https://100gorodov.ru/']);
    }
  });
});

describe('photos of a practice', () => {
  const file = { url: '/uploads/park.jpg', width: 1200, height: 800 };

  it('a photo must come with alt text', () => {
    expect(messages(PracticeImageSchema.safeParse({ image: file, alt: '' }))).toEqual([
      'У изображения нет альтернативного текста (поле «Описание изображения»)',
    ]);
    expect(PracticeImageSchema.safeParse({ image: file, alt: 'Дети на новой площадке' }).success).toBe(true);
  });

  it('an empty row without a file needs no alt text', () => {
    expect(PracticeImageSchema.parse({ image: null, alt: null })).toEqual({ image: null, alt: null, caption: null });
  });

  it('the rule holds inside a practice, with the path to the photo', () => {
    const result = BestPracticeEntrySchema.safeParse({ ...minimal, documentId: 'd', images: [{ image: file, alt: 'Парк' }, { image: file }] });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['images', 1, 'alt']]);
  });
});
