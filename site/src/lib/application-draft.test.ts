import { applicationSchema, DEFAULT_VIDEO_HOSTS } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import {
  budgetSum,
  clearDraft,
  DRAFT_STORAGE_KEY,
  emptyDraft,
  formFieldKeys,
  loadDraft,
  newIdempotencyKey,
  parseNumber,
  parseStoredDraft,
  saveDraft,
  toApplicationInput,
  type ApplicationDraft,
} from './application-draft.ts';
import { validApplication } from '../../../tests/fixtures/application.ts';

const rules = { maxTeamSize: 5, topics: ['creative-clusters', 'smart-city'], videoHosts: DEFAULT_VIDEO_HOSTS };

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

// The texts are those of the integration tests' fixture application; the rest as the form holds it.
function filledDraft(): ApplicationDraft {
  const { title, topic, city, region, description, problem } = validApplication();
  return {
    ...emptyDraft(),
    title,
    topic,
    city,
    region,
    description,
    problem,
    effectText: 'Новое общественное пространство и рабочие места для местных мастеров.',
    indicators: [{ uid: 'a', name: 'Посетители в месяц', unit: 'человек', baseline: '0', target: '3 000' }],
    budgetTotal: '4 500 000',
    budgetItems: [
      { uid: 'b', item: 'Ремонт кровли', amount: '3000000', source: 'co_financing' },
      { uid: 'c', item: 'Оборудование', amount: '1 500 000', source: 'grant' },
    ],
    audience: 'Жители района, школьники, местные мастера.',
    videoUrl: ' https://rutube.ru/video/0123456789abcdef/ ',
    cvEducation: 'Уральский федеральный университет, архитектура.',
    cvExperience: 'Десять лет руковожу проектами благоустройства.',
    cvAchievements: 'Запустила три соседских центра.',
    team: [{ uid: 'd', name: 'Анна Смирнова', role: 'Лидер проекта', competences: 'Управление проектами' }],
    email: 'leader@example.org',
    phone: '+7 (912) 345-67-89',
    consent: true,
  };
}

describe('parseNumber', () => {
  it('reads numbers as people type them', () => {
    expect(parseNumber('4 500 000')).toBe(4_500_000);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1\u00a0000')).toBe(1000);
  });
  it('leaves an empty field undefined and text as text, for the schema to explain', () => {
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber('много')).toBe('много');
  });
});

describe('budgetSum', () => {
  it('adds the amounts that are numbers and skips the rest', () => {
    expect(budgetSum([{ amount: '3 000 000' }, { amount: '1500000' }, { amount: '' }, { amount: 'x' }])).toBe(4_500_000);
    expect(budgetSum([])).toBe(0);
  });
});

describe('toApplicationInput', () => {
  it('turns a filled draft into an application the shared schema accepts', () => {
    const result = applicationSchema(rules).safeParse(toApplicationInput(filledDraft()));
    expect(result.success).toBe(true);
  });

  it('keeps a wrong number as typed, so the schema rejects it at its field', () => {
    const draft = { ...filledDraft(), budgetTotal: 'пять' };
    const result = applicationSchema(rules).safeParse(toApplicationInput(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path.join('.') === 'budget.total')).toBe(true);
  });
});

describe('formFieldKeys', () => {
  it('lists the row fields by index, in form order', () => {
    const keys = formFieldKeys(filledDraft());
    expect(keys).toContain('budget.items.1.source');
    expect(keys).toContain('team.0.competences');
    expect(keys.indexOf('title')).toBeLessThan(keys.indexOf('consent'));
    expect(keys.indexOf('team')).toBeLessThan(keys.indexOf('team.0.name'));
  });
});

describe('draft storage', () => {
  it('saves and restores the draft with its idempotency key', () => {
    const storage = memoryStorage();
    const key = newIdempotencyKey();
    expect(saveDraft(storage, filledDraft(), key, new Date('2020-01-20T10:00:00Z'))).toBe(true);
    const restored = loadDraft(storage);
    expect(restored?.idempotencyKey).toBe(key);
    expect(restored?.savedAt).toBe('2020-01-20T10:00:00.000Z');
    expect(restored?.draft.title).toBe('Сад на крыше бывшей фабрики');
    expect(restored?.draft.budgetItems.map((i) => i.amount)).toEqual(['3000000', '1 500 000']);
  });

  it('clears it', () => {
    const storage = memoryStorage();
    saveDraft(storage, filledDraft(), newIdempotencyKey());
    clearDraft(storage);
    expect(storage.map.has(DRAFT_STORAGE_KEY)).toBe(false);
    expect(loadDraft(storage)).toBeNull();
  });

  it('ignores what it did not write: broken JSON, another version, wrong types, a bad key', () => {
    const good = JSON.parse(JSON.stringify({ version: 1, savedAt: '', idempotencyKey: newIdempotencyKey(), draft: filledDraft() }));
    expect(parseStoredDraft('{')).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ ...good, version: 2 }))).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ ...good, idempotencyKey: 'short' }))).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ ...good, draft: { ...good.draft, title: 5 } }))).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ ...good, draft: { ...good.draft, team: [{ name: 1 }] } }))).toBeNull();
    expect(parseStoredDraft(JSON.stringify(good))?.draft.city).toBe('Екатеринбург');
  });

  it('drops an unknown budget source and never restores an empty team', () => {
    const draft = { ...filledDraft(), team: [], budgetItems: [{ uid: 'x', item: 'a', amount: '1', source: 'bitcoin' }] };
    const restored = parseStoredDraft(JSON.stringify({ version: 1, savedAt: '', idempotencyKey: newIdempotencyKey(), draft }));
    expect(restored?.draft.budgetItems[0]?.source).toBe('');
    expect(restored?.draft.team).toHaveLength(1);
  });

  it('survives a browser that refuses storage', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('denied'); } };
    expect(saveDraft(refusing, filledDraft(), newIdempotencyKey())).toBe(false);
    expect(loadDraft(refusing)).toBeNull();
    expect(() => clearDraft(refusing)).not.toThrow();
  });
});

describe('newIdempotencyKey', () => {
  it('fits the function’s format and differs each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16,100}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});
