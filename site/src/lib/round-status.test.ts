import { describe, expect, it } from 'vitest';
import { roundProgress, stageStateLabels, type RoundCalendar } from './round-status.ts';

const round2020: RoundCalendar = {
  year: 2020,
  timeZone: 'Europe/Moscow',
  // Out of order on purpose: the CMS does not promise an order.
  stages: [
    { kind: 'technical_review', title: 'Техническая экспертиза', startDate: '2020-02-17', endDate: '2020-02-23' },
    { kind: 'collection', title: 'Сбор заявок', startDate: '2020-01-13', endDate: '2020-02-17' },
    { kind: 'announcement', title: 'Объявление финалистов', startDate: '2020-03-03', endDate: '2020-03-03' },
    { kind: 'main_selection', title: 'Основной отбор', startDate: '2020-02-23', endDate: '2020-03-02' },
  ],
};

/** Noon in Moscow on the given day. */
const moscowNoon = (day: string) => new Date(`${day}T12:00:00+03:00`);
const states = (day: string) => roundProgress(round2020, moscowNoon(day)).stages.map((s) => s.state);

describe('roundProgress', () => {
  it('lists the stages in calendar order', () => {
    expect(roundProgress(round2020, moscowNoon('2020-01-20')).stages.map((s) => s.kind)).toEqual([
      'collection',
      'technical_review',
      'main_selection',
      'announcement',
    ]);
  });

  it('counts the days before the round starts', () => {
    const progress = roundProgress(round2020, moscowNoon('2020-01-01'));
    expect(progress.phase).toBe('before');
    expect(progress.status).toBe('До начала отбора: 12 дней. Первый этап «Сбор заявок»: 13 января – 17 февраля 2020');
    expect(states('2020-01-01')).toEqual(['upcoming', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('agrees the day count with the noun', () => {
    expect(roundProgress(round2020, moscowNoon('2020-01-12')).status).toMatch(/^До начала отбора: 1 день\./);
    expect(roundProgress(round2020, moscowNoon('2020-01-10')).status).toMatch(/^До начала отбора: 3 дня\./);
  });

  it('names the stage under way with its dates', () => {
    const progress = roundProgress(round2020, moscowNoon('2020-01-13'));
    expect(progress.status).toBe('Сейчас идёт этап «Сбор заявок»: 13 января – 17 февраля 2020');
    expect(progress.current?.kind).toBe('collection');
    expect(states('2020-01-13')).toEqual(['current', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('keeps the earlier stage current on a shared boundary day', () => {
    expect(roundProgress(round2020, moscowNoon('2020-02-17')).current?.kind).toBe('collection');
    expect(states('2020-02-18')).toEqual(['done', 'current', 'upcoming', 'upcoming']);
    expect(roundProgress(round2020, moscowNoon('2020-02-18')).status).toBe(
      'Сейчас идёт этап «Техническая экспертиза»: 17–23 февраля 2020',
    );
  });

  it('writes a one-day stage as one date', () => {
    expect(roundProgress(round2020, moscowNoon('2020-03-03')).status).toBe(
      'Сейчас идёт этап «Объявление финалистов»: 3 марта 2020',
    );
    expect(states('2020-03-03')).toEqual(['done', 'done', 'done', 'current']);
  });

  it('reads the day in the round’s time zone, not the machine’s', () => {
    // 22:30 UTC on 12 January is already 13 January in Moscow.
    expect(roundProgress(round2020, new Date('2020-01-12T22:30:00Z')).current?.kind).toBe('collection');
  });

  it('says the round is over after the last stage', () => {
    const progress = roundProgress(round2020, moscowNoon('2020-03-04'));
    expect(progress.status).toBe('Отбор 2020 года завершён');
    expect(progress.current).toBeNull();
    expect(states('2020-03-04')).toEqual(['done', 'done', 'done', 'done']);
  });

  it('names the next stage in a gap between stages', () => {
    const withGap: RoundCalendar = {
      ...round2020,
      stages: [
        { kind: 'collection', title: 'Сбор заявок', startDate: '2020-01-13', endDate: '2020-02-10' },
        { kind: 'technical_review', title: 'Техническая экспертиза', startDate: '2020-02-17', endDate: '2020-02-23' },
      ],
    };
    const progress = roundProgress(withGap, moscowNoon('2020-02-12'));
    expect(progress.phase).toBe('between');
    expect(progress.status).toBe(
      'Этап «Сбор заявок» завершён. Следующий этап «Техническая экспертиза» начнётся 17 февраля 2020',
    );
    expect(progress.stages.map((s) => s.state)).toEqual(['done', 'upcoming']);
  });
});

describe('stageStateLabels', () => {
  it('words the badges', () => {
    expect(stageStateLabels).toEqual({ done: 'Завершён', current: 'Идёт сейчас', upcoming: 'Предстоит' });
  });
});
