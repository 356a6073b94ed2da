import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatDateRange, formatDateSpan, formatDayMonth } from './dates.js';

describe('formatDate', () => {
  it('writes the day without a leading zero and the month in the genitive', () => {
    expect(formatDate('2020-03-03')).toBe('3 марта 2020');
    expect(formatDate('2019-09-18')).toBe('18 сентября 2019');
  });

  it('spells every month in the genitive', () => {
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    months.forEach((month, i) => expect(formatDate(`2026-${String(i + 1).padStart(2, '0')}-01`)).toBe(`1 ${month} 2026`));
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatDate('03.03.2020')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatDateRange', () => {
  it('spans months with a spaced en dash', () => {
    expect(formatDateRange('2020-01-13', '2020-02-17')).toBe('13 января – 17 февраля 2020');
    expect(formatDateRange('2020-02-23', '2020-03-02')).toBe('23 февраля – 2 марта 2020');
  });

  it('names the month once within a month', () => {
    expect(formatDateRange('2020-02-17', '2020-02-23')).toBe('17–23 февраля 2020');
  });

  it('is a single date for a one-day stage', () => {
    expect(formatDateRange('2020-03-03', '2020-03-03')).toBe('3 марта 2020');
  });

  it('writes both years across a new year', () => {
    expect(formatDateRange('2019-12-28', '2020-01-13')).toBe('28 декабря 2019 – 13 января 2020');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, whatever the clocks do', () => {
    expect(daysBetween('2020-01-01', '2020-01-13')).toBe(12);
    expect(daysBetween('2020-03-28', '2020-03-30')).toBe(2);
    expect(daysBetween('2020-01-13', '2020-01-01')).toBe(-12);
  });
});

describe('formatDateSpan', () => {
  it('names the year once within a year, and both years across them', () => {
    expect(formatDayMonth('2020-03-02')).toBe('2 марта');
    expect(formatDateSpan('2020-02-23', '2020-03-02')).toBe('с 23 февраля по 2 марта 2020');
    expect(formatDateSpan('2019-12-28', '2020-01-13')).toBe('с 28 декабря 2019 по 13 января 2020');
  });
});
