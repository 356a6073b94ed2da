import { describe, expect, it } from 'vitest';
import { applicationView } from './expert-application.ts';

const topics = [{ slug: 'smart-city', title: 'Умный город' }];

describe('applicationView', () => {
  it('reads an application as submitted (schema/src/application.ts), contacts already removed', () => {
    const view = applicationView(
      {
        title: 'Сквер у реки',
        topic: 'smart-city',
        city: 'Пермь',
        region: 'Пермский край',
        description: 'Первый абзац.\n\nВторой абзац.',
        problem: 'Нет общественного пространства.',
        effect: { text: 'Место встреч для 12 тысяч жителей.', indicators: [{ name: 'Посетителей в месяц', unit: 'человек', baseline: 300, target: 4000 }] },
        budget: { total: 1_200_000, items: [{ item: 'Благоустройство', amount: 1_200_000, source: 'grant' }] },
        audience: 'Семьи с детьми.',
        videoUrl: 'https://rutube.ru/video/sample/',
        leaderCv: { education: 'МГУ, урбанистика', experience: '10 лет в проектах благоустройства', achievements: 'Три парка', profileUrl: 'https://example.org/anna' },
        team: [{ name: 'Анна Иванова', role: 'лидер проекта', competences: 'управление проектами' }],
        consent: true,
      },
      topics,
    );
    expect(view).toEqual({
      topic: 'Умный город',
      description: 'Первый абзац.\n\nВторой абзац.',
      problem: 'Нет общественного пространства.',
      effect: 'Место встреч для 12 тысяч жителей.',
      indicators: [{ name: 'Посетителей в месяц', unit: 'человек', baseline: 300, target: 4000 }],
      audience: 'Семьи с детьми.',
      budgetTotal: 1_200_000,
      budgetItems: [{ item: 'Благоустройство', amount: 1_200_000, source: 'Грант' }],
      team: [{ name: 'Анна Иванова', role: 'лидер проекта', competences: 'управление проектами' }],
      videoUrl: 'https://rutube.ru/video/sample/',
      cv: { education: 'МГУ, урбанистика', experience: '10 лет в проектах благоустройства', achievements: 'Три парка', profileUrl: 'https://example.org/anna' },
    });
  });

  it('reads the flat variant too (budgetTotal, budgetItems, indicators, cv)', () => {
    const view = applicationView({
      topic: { slug: 'other', title: 'Дети в городе' },
      effect: 'Эффект.',
      indicators: [{ name: 'Площадок', unit: 'шт.', baseline: 0, target: 3 }],
      budgetTotal: 500_000,
      budgetItems: [{ item: 'Оборудование', amount: 500_000, source: 'own_funds' }],
      cv: { education: 'СПбГУ' },
    });
    expect(view).toMatchObject({
      topic: 'Дети в городе',
      effect: 'Эффект.',
      indicators: [{ name: 'Площадок', baseline: 0, target: 3 }],
      budgetTotal: 500_000,
      budgetItems: [{ item: 'Оборудование', source: 'Собственные средства' }],
      cv: { education: 'СПбГУ', experience: '', achievements: '', profileUrl: null },
    });
  });

  it('leaves out what is missing or malformed, and never links a non-web address', () => {
    const view = applicationView({ description: 42, team: [{ role: 'без имени' }, 'x'], videoUrl: 'javascript:alert(1)', budget: { items: 'many' }, leaderCv: { profileUrl: 'ftp://x' } });
    expect(view).toEqual({
      topic: null,
      description: '',
      problem: '',
      effect: '',
      indicators: [],
      audience: '',
      budgetTotal: null,
      budgetItems: [],
      team: [],
      videoUrl: null,
      cv: null,
    });
    expect(applicationView(null).topic).toBeNull();
  });
});
