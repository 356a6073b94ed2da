import { describe, expect, it } from 'vitest';
import { exampleText, fileSizeText, rowsText } from './text.ts';

describe('the open-data page in words', () => {
  it('says a file size in bytes, КБ or МБ, Russian style', () => {
    expect(fileSizeText(1)).toBe('1 байт');
    expect(fileSizeText(153)).toBe('153 байта');
    expect(fileSizeText(1000)).toBe('1\u00a0000 байт');
    expect(fileSizeText(12_595)).toBe('12,3\u00a0КБ');
    expect(fileSizeText(4_299_161)).toBe('4,1\u00a0МБ');
  });

  it('agrees the number of rows', () => {
    expect([1, 3, 5, 21, 0].map(rowsText)).toEqual(['1 строка', '3 строки', '5 строк', '21 строка', '0 строк']);
  });

  it('quotes a text example and leaves numbers and booleans as JSON writes them', () => {
    expect([exampleText('Сургут'), exampleText(87.3), exampleText(false)]).toEqual(['«Сургут»', '87.3', 'false']);
  });
});
