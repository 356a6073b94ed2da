import { describe, expect, it } from 'vitest';
import { calendarDate, roundPhase, votingWindow } from './round-calendar.js';
import type { Stage } from '../selection-round.js';

const stage = (kind: Stage['kind'], startDate: string, endDate: string): Stage => ({
  kind,
  title: kind,
  startDate,
  endDate,
  description: kind,
});

const round2020 = {
  timeZone: 'Europe/Moscow',
  // Deliberately out of order: the calendar sorts by date.
  stages: [
    stage('main_selection', '2020-02-23', '2020-03-02'),
    stage('collection', '2020-01-13', '2020-02-17'),
    stage('technical_review', '2020-02-17', '2020-02-23'),
    stage('announcement', '2020-03-03', '2020-03-03'),
  ],
};

/** `YYYY-MM-DD HH:MM` in Moscow (UTC+3, no daylight saving since 2014) as an instant. */
const msk = (local: string) => new Date(`${local.replace(' ', 'T')}:00+03:00`);

const describePhase = (instant: Date) => {
  const p = roundPhase(round2020, instant);
  return p.phase === 'during' ? `during:${p.current.kind}` : p.phase;
};

describe('roundPhase around every boundary of the 2020 round (Moscow time)', () => {
  it.each([
    ['2020-01-12 23:59', 'before'],
    ['2020-01-13 00:00', 'during:collection'],
    ['2020-02-16 12:00', 'during:collection'],
    // The collection's last day is shared with the review's first: applications are still accepted.
    ['2020-02-17 23:59', 'during:collection'],
    ['2020-02-18 00:00', 'during:technical_review'],
    ['2020-02-23 23:59', 'during:technical_review'],
    ['2020-02-24 00:00', 'during:main_selection'],
    ['2020-03-02 23:59', 'during:main_selection'],
    ['2020-03-03 00:00', 'during:announcement'],
    ['2020-03-03 23:59', 'during:announcement'],
    ['2020-03-04 00:00', 'after'],
    ['2026-11-27 12:00', 'after'],
  ])('%s → %s', (local, expected) => {
    expect(describePhase(msk(local))).toBe(expected);
  });

  it('reads the date in the round’s zone, not the machine’s: 21:30 UTC on 12 January is already 13 January in Moscow', () => {
    expect(describePhase(new Date('2020-01-12T21:30:00Z'))).toBe('during:collection');
    expect(calendarDate(new Date('2020-01-12T21:30:00Z'), 'UTC')).toBe('2020-01-12');
  });

  it('names the next stage before the round and the last one after it', () => {
    const before = roundPhase(round2020, msk('2019-12-01 10:00'));
    expect(before.phase === 'before' && before.next.kind).toBe('collection');
    const during = roundPhase(round2020, msk('2020-02-20 10:00'));
    expect(during.phase === 'during' && during.next?.kind).toBe('main_selection');
    const after = roundPhase(round2020, msk('2021-01-01 10:00'));
    expect(after.phase === 'after' && after.last.kind).toBe('announcement');
  });

  it('reports a gap between stages as «between»', () => {
    const gappy = { timeZone: 'Europe/Moscow', stages: [stage('collection', '2021-01-10', '2021-01-20'), stage('announcement', '2021-02-01', '2021-02-01')] };
    const p = roundPhase(gappy, msk('2021-01-25 12:00'));
    expect(p.phase).toBe('between');
    expect(p.phase === 'between' && [p.previous.kind, p.next.kind]).toEqual(['collection', 'announcement']);
  });
});

describe('votingWindow', () => {
  it('defaults to the collection stage', () => {
    expect(votingWindow({ ...round2020, votingStart: null, votingEnd: null })).toEqual({ startDate: '2020-01-13', endDate: '2020-02-17' });
  });
  it('uses the round’s own dates when both are set', () => {
    expect(votingWindow({ ...round2020, votingStart: '2020-01-20', votingEnd: '2020-02-20' })).toEqual({ startDate: '2020-01-20', endDate: '2020-02-20' });
  });
});
