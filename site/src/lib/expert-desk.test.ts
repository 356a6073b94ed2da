import { describe, expect, it } from 'vitest';
import {
  assignmentSummary,
  conflictDeclaredMessage,
  deskHref,
  expertEmailError,
  ExpertDeskSchema,
  publicSupportText,
  reviewStatusLabels,
  reviewTotalText,
  scoringPhase,
  scoringWindowText,
  selectedReference,
  tokenFromHash,
} from './expert-desk.ts';

const window = { startDate: '2020-02-23', endDate: '2020-03-02' };
const at = (iso: string) => new Date(iso);

describe('ExpertDeskSchema', () => {
  const project = {
    reference: '2020-000101',
    title: 'Сквер у реки',
    city: 'Пермь',
    region: 'Пермский край',
    application: { description: 'Описание' },
    status: 'submitted',
    scores: [{ criterion: 0, score: 7, comment: null }],
    overallComment: 'Проект проработан, команда сильная.',
    total: '70.00',
    submittedAt: '2020-02-25T10:00:00.000Z',
    publicSupport: { votes: 12, percentile: 62.5, suggestedScore: 6 },
  };

  it('reads the desk, a decimal total from the database as a number', () => {
    const desk = ExpertDeskSchema.parse({ name: 'Анна Смирнова', year: 2020, scoringOpen: true, window, criteria: [{ title: 'Актуальность', description: null, weight: 1, basedOnVotes: false }], scale: { min: 0, max: 10 }, projects: [project] });
    expect(desk.projects[0]).toMatchObject({ total: 70, scores: [{ criterion: 0, score: 7, comment: '' }], status: 'submitted' });
    expect(desk.criteria[0]?.description).toBeNull();
  });

  it('survives an expert without assignments and malformed optional parts', () => {
    const empty = ExpertDeskSchema.parse({ name: 'Вера Орлова', year: null, scoringOpen: false, window: null, criteria: [], scale: { min: 0, max: 10 }, projects: [] });
    expect(empty).toMatchObject({ year: null, window: null, projects: [] });
    const odd = ExpertDeskSchema.parse({
      name: 'Вера Орлова',
      year: 2020,
      scoringOpen: 'yes',
      window: { startDate: 'soon' },
      criteria: [],
      scale: { min: 10, max: 0 },
      projects: [{ ...project, status: 'maybe', publicSupport: { votes: -1 }, application: 'text' }],
    });
    expect(odd).toMatchObject({ scoringOpen: false, window: null, scale: { min: 0, max: 10 } });
    expect(odd.projects[0]).toMatchObject({ status: 'assigned', publicSupport: null, application: {} });
  });

  it('refuses an answer without a name or projects', () => {
    expect(ExpertDeskSchema.safeParse({ projects: [] }).success).toBe(false);
  });
});

describe('scoringPhase and scoringWindowText', () => {
  it('says when scores are accepted while the server has scoring open', () => {
    const desk = { scoringOpen: true, window };
    expect(scoringPhase(desk, at('2020-02-25T12:00:00Z'), 'Europe/Moscow')).toBe('open');
    expect(scoringWindowText(desk, 'open')).toBe('Оценки принимаются с 23 февраля по 2 марта 2020.');
  });

  it('tells «not yet» from «closed» by the date in the round’s time zone', () => {
    const desk = { scoringOpen: false, window };
    // 20:00 UTC on 22 February is 23:00 in Moscow: still the day before the window.
    expect(scoringPhase(desk, at('2020-02-22T20:00:00Z'), 'Europe/Moscow')).toBe('before');
    expect(scoringWindowText(desk, 'before')).toBe('Приём оценок откроется 23 февраля 2020 и продлится по 2 марта 2020. До этого можно читать заявки.');
    expect(scoringPhase(desk, at('2020-03-03T09:00:00Z'), 'Europe/Moscow')).toBe('closed');
    expect(scoringWindowText(desk, 'closed')).toBe('Приём оценок закрыт: оценки сохранены и изменить их нельзя.');
    expect(scoringPhase({ scoringOpen: false, window: null }, at('2020-03-03T09:00:00Z'), 'Europe/Moscow')).toBe('unscheduled');
  });
});

describe('publicSupportText: the percentile in words', () => {
  it('gives the votes, the share of the round below and the suggested score', () => {
    expect(publicSupportText({ votes: 12, percentile: 62.5, suggestedScore: 6 })).toBe('Голосов жителей: 12, это выше, чем у 62,5\u00a0% проектов отбора; ориентир — 6 баллов');
    expect(publicSupportText({ votes: 1234, percentile: 91, suggestedScore: 10 })).toBe('Голосов жителей: 1\u00a0234, это выше, чем у 91\u00a0% проектов отбора; ориентир — 10 баллов');
    expect(publicSupportText({ votes: 3, percentile: 12.5, suggestedScore: 1 })).toMatch(/ориентир — 1 балл$/);
  });

  it('does not claim a project without votes is above anyone', () => {
    expect(publicSupportText({ votes: 0, percentile: 50, suggestedScore: 5 })).toBe('Голосов жителей: 0; ориентир — 5 баллов');
  });
});

describe('the desk’s other words', () => {
  it('labels the three states of a review', () => {
    expect(reviewStatusLabels).toEqual({ assigned: 'Не оценён', submitted: 'Оценка сохранена', conflict: 'Конфликт интересов — проект передан другому эксперту' });
  });

  it('writes the total to one decimal', () => {
    expect(reviewTotalText(70)).toBe('Итог: 70 из 100');
    expect(reviewTotalText(71.66666)).toBe('Итог: 71,7 из 100');
  });

  it('sums up the assignments', () => {
    expect(assignmentSummary([{ status: 'submitted' }, { status: 'assigned' }, { status: 'conflict' }])).toBe('2 проекта на оценку, оценено 1.');
    expect(assignmentSummary([])).toBe('Вам пока не назначены проекты.');
    expect(assignmentSummary([{ status: 'conflict' }])).toBe('Все назначенные проекты переданы другим экспертам.');
  });

  it('says what a declared conflict did', () => {
    expect(conflictDeclaredMessage(true)).toMatch(/передан другому эксперту/);
    expect(conflictDeclaredMessage(false)).toMatch(/организаторы назначат/);
  });
});

describe('addresses', () => {
  it('reads the project from the query and writes it back', () => {
    expect(selectedReference('?project=2020-000123')).toBe('2020-000123');
    expect(selectedReference('?project=')).toBeNull();
    expect(selectedReference('')).toBeNull();
    expect(deskHref('/expert/', '2020-000123')).toBe('/expert/?project=2020-000123');
    expect(deskHref('/expert/', null)).toBe('/expert/');
  });

  it('reads the sign-in token after #, and nothing from a broken one', () => {
    expect(tokenFromHash('#abc_DEF-123')).toBe('abc_DEF-123');
    expect(tokenFromHash('')).toBe('');
    expect(tokenFromHash('#%E0%A4%A')).toBe('');
  });

  it('checks the address before asking for a link', () => {
    expect(expertEmailError(' ')).toMatch(/Укажите адрес/);
    expect(expertEmailError('anna@')).toMatch(/с ошибкой/);
    expect(expertEmailError(' anna.expert@example.org ')).toBeNull();
  });
});
