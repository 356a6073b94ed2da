// Calendar dates (`YYYY-MM-DD`, as Strapi's date fields store them) written out in Russian: the one
// formatter of the site, the functions' and the CMS's refusals and the editors' panel. Intl's ru-RU
// gives the day and the month in the genitive («3 марта»); the year is appended as digits, without
// Intl's «г.» (a sentence that wants «г.» writes it). Zod-free, so the browser can import it
// (`@portal/schema/domain/dates`).

const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });

interface CalendarDay {
  year: number;
  month: number;
  day: number;
  utc: Date;
}

function parseDay(iso: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got «${iso}»`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return { year, month, day, utc: new Date(Date.UTC(year, month - 1, day)) };
}

/** «марта»: the month of the day, in the genitive. */
function monthName({ utc }: CalendarDay): string {
  return dayMonth.formatToParts(utc).find((p) => p.type === 'month')!.value;
}

/** «3 марта 2020». */
export function formatDate(iso: string): string {
  const day = parseDay(iso);
  return `${dayMonth.format(day.utc)} ${day.year}`;
}

/** «3 марта»: the day and month, for a sentence that names the year once. */
export function formatDayMonth(iso: string): string {
  return dayMonth.format(parseDay(iso).utc);
}

/**
 * «с 23 февраля по 2 марта 2020», «с 28 декабря 2019 по 13 января 2020»: a span after «принимаются»,
 * both ends inclusive, the year written once when both ends share it.
 */
export function formatDateSpan(startIso: string, endIso: string): string {
  const sameYear = startIso.slice(0, 4) === endIso.slice(0, 4);
  return `с ${sameYear ? formatDayMonth(startIso) : formatDate(startIso)} по ${formatDate(endIso)}`;
}

/**
 * A stage's dates, inclusive at both ends:
 * «3 марта 2020» (one day), «17–23 февраля 2020» (one month), «13 января – 17 февраля 2020» (one year),
 * «28 декабря 2019 – 13 января 2020».
 */
export function formatDateRange(startIso: string, endIso: string): string {
  const start = parseDay(startIso);
  const end = parseDay(endIso);
  if (startIso === endIso) return formatDate(startIso);
  if (start.year !== end.year) return `${formatDate(startIso)} – ${formatDate(endIso)}`;
  if (start.month !== end.month) return `${formatDayMonth(startIso)} – ${formatDate(endIso)}`;
  return `${start.day}–${end.day} ${monthName(end)} ${end.year}`;
}

/** Whole days from `fromIso` to `toIso` (both calendar dates); negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((parseDay(toIso).utc.getTime() - parseDay(fromIso).utc.getTime()) / 86_400_000);
}
