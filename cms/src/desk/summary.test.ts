import { describe, expect, it } from 'vitest';
import { listHref, summariseRound } from './summary';

// The round widget's stage and days, counted in the round's time zone with both ends of a stage
// included, and the queue links the content manager understands.
const round = {
  year: 2026,
  title: 'Отбор 2026 года',
  timeZone: 'Europe/Moscow',
  stages: [
    { kind: 'collection', title: 'Сбор заявок', startDate: '2026-01-13', endDate: '2026-02-17' },
    { kind: 'technical_review', title: 'Техническая экспертиза', startDate: '2026-02-20', endDate: '2026-03-10' },
  ],
};

describe('the round on the editors’ home', () => {
  it('counts the days left in the current stage, today included', () => {
    expect(summariseRound(round, new Date('2026-02-15T12:00:00Z'))).toEqual({
      year: 2026,
      title: 'Отбор 2026 года',
      phase: 'during',
      stage: 'Сбор заявок',
      days: 3,
      date: '2026-02-17',
    });
    // 23:30 in UTC on the 16th is already the 17th in Moscow: the last day.
    expect(summariseRound(round, new Date('2026-02-16T21:30:00Z'))).toMatchObject({ phase: 'during', days: 1 });
  });

  it('counts the days until the next stage before and between stages, and none after', () => {
    expect(summariseRound(round, new Date('2026-01-10T09:00:00Z'))).toMatchObject({ phase: 'before', stage: 'Сбор заявок', days: 3, date: '2026-01-13' });
    expect(summariseRound(round, new Date('2026-02-18T09:00:00Z'))).toMatchObject({ phase: 'between', stage: 'Техническая экспертиза', days: 2 });
    expect(summariseRound(round, new Date('2026-04-01T09:00:00Z'))).toMatchObject({ phase: 'after', stage: 'Техническая экспертиза', days: null, date: null });
  });

  it('links a queue to the content manager’s list with its filters', () => {
    expect(listHref('api::refinement.refinement', { moderation: 'pending' })).toBe(
      '/content-manager/collection-types/api::refinement.refinement?page=1&pageSize=20&sort=createdAt:ASC&filters[$and][0][moderation][$eq]=pending',
    );
  });
});
