// The /open-data/ page's words: file sizes and row counts in Russian.
import { formatNumber } from '../format-number.ts';
import { pluralize } from '../plural.ts';

const NBSP = '\u00a0';

/** «812 байт», «12,3 КБ», «4,1 МБ» (1 КБ = 1024 байта). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return pluralize(bytes, { one: 'байт', few: 'байта', many: 'байт' });
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'КБ'] : [bytes / (1024 * 1024), 'МБ'];
  return `${formatNumber(Math.round(value * 10) / 10)}${NBSP}${unit}`;
}

/** «1 строка», «25 строк». */
export const rowsText = (count: number): string => pluralize(count, { one: 'строка', few: 'строки', many: 'строк' });

/** How an example value reads in the dictionary: text in «ёлочках», the rest as written in JSON. */
export const exampleText = (value: string | number | boolean): string => (typeof value === 'string' ? `«${value}»` : String(value));
