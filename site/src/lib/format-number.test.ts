import type { Figure } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import { figureParts, formatCompact, formatFigure, formatFigureValue, formatNumber, formatRoubles } from './format-number.ts';

const NBSP = '\u00a0';
const figure = (over: Partial<Figure>): Figure => ({
  value: 0,
  qualifier: 'exact',
  unit: null,
  compact: false,
  label: 'человек',
  asOf: null,
  ...over,
});

describe('formatNumber', () => {
  it('separates thousands with the ru-RU group separator (a no-break space)', () => {
    expect(formatNumber(101948)).toBe(`101${NBSP}948`);
    expect(formatNumber(2000000)).toBe(`2${NBSP}000${NBSP}000`);
  });

  it('writes fractions with a decimal comma', () => {
    expect(formatNumber(3.5)).toBe('3,5');
  });

  it('leaves small numbers alone', () => {
    expect(formatNumber(8)).toBe('8');
    expect(formatNumber(647)).toBe('647');
  });
});

describe('formatCompact', () => {
  it('shortens millions and thousands', () => {
    expect(formatCompact(3500000)).toBe(`3,5${NBSP}млн`);
    expect(formatCompact(200000)).toBe(`200${NBSP}тыс.`);
  });
});

describe('formatFigureValue', () => {
  it('says «более» for more_than', () => {
    expect(formatFigureValue(figure({ value: 300, qualifier: 'more_than' }))).toBe('более 300');
  });

  it('is compact when asked', () => {
    expect(formatFigureValue(figure({ value: 3500000, qualifier: 'more_than', compact: true }))).toBe(
      `более 3,5${NBSP}млн`,
    );
  });

  it('puts the unit after a no-break space', () => {
    expect(formatFigureValue(figure({ value: 8, unit: '%' }))).toBe(`8${NBSP}%`);
  });

  it('writes exact figures in full', () => {
    expect(formatFigureValue(figure({ value: 101948 }))).toBe(`101${NBSP}948`);
  });
});

describe('formatFigure', () => {
  it('continues the number with the label', () => {
    expect(formatFigure(figure({ value: 300, qualifier: 'more_than', label: 'участников' }))).toBe(
      'более 300 участников',
    );
  });
});

describe('figureParts', () => {
  it('keeps the qualifier apart from the number', () => {
    expect(figureParts(figure({ value: 300, qualifier: 'more_than' }))).toEqual({ prefix: 'более', number: '300' });
    expect(figureParts(figure({ value: 8, unit: '%' }))).toEqual({ prefix: null, number: `8${NBSP}%` });
  });
});

describe('formatRoubles', () => {
  it('writes amounts below a million in full, larger ones the short way, with ₽ after a no-break space', () => {
    expect(formatRoubles(450_000)).toBe(`450${NBSP}000${NBSP}₽`);
    expect(formatRoubles(1_200_000)).toBe(`1,2${NBSP}млн${NBSP}₽`);
    expect(formatRoubles(58_000_000)).toBe(`58${NBSP}млн${NBSP}₽`);
    expect(formatRoubles(3_000_000_000)).toBe(`3${NBSP}млрд${NBSP}₽`);
    expect(formatRoubles(0)).toBe(`0${NBSP}₽`);
  });
});
