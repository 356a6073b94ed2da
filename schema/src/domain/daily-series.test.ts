import { describe, expect, it } from 'vitest';
import { dailySeries, utcOffsetMinutes } from './daily-series.js';

describe('dailySeries', () => {
  it('lists every day of the window with 0 on quiet days', () => {
    const series = dailySeries(new Map([['2026-02-02', 5]]), { startDate: '2026-01-31', endDate: '2026-02-03' });
    expect(series).toEqual([
      { date: '2026-01-31', count: 0 },
      { date: '2026-02-01', count: 0 },
      { date: '2026-02-02', count: 5 },
      { date: '2026-02-03', count: 0 },
    ]);
  });

  it('widens the window to days with counts outside it, and is empty with neither', () => {
    expect(dailySeries(new Map([['2026-03-01', 1]]), { startDate: '2026-02-28', endDate: '2026-02-28' }).map((d) => d.date)).toEqual(['2026-02-28', '2026-03-01']);
    expect(dailySeries(new Map(), null)).toEqual([]);
  });
});

describe('utcOffsetMinutes', () => {
  it('reads the zone offset, east and west of Greenwich', () => {
    const at = new Date('2026-01-15T12:00:00Z');
    expect(utcOffsetMinutes('Europe/Moscow', at)).toBe(180);
    expect(utcOffsetMinutes('Asia/Kamchatka', at)).toBe(720);
    expect(utcOffsetMinutes('America/New_York', at)).toBe(-300);
    expect(utcOffsetMinutes('UTC', at)).toBe(0);
  });
});
