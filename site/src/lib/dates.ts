// Calendar dates (`YYYY-MM-DD`, as Strapi's date fields store them) written out in Russian.
// Month names are spelled here rather than taken from Intl so that the build (Node) and the browser
// re-check produce byte-identical sentences whatever ICU data each ships.

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function parseDay(iso: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got «${iso}»`);
  const [, year, month, day] = match;
  return { year: Number(year), month: Number(month), day: Number(day) };
}

function monthName(month: number): string {
  const name = MONTHS_GENITIVE[month - 1];
  if (!name) throw new Error(`No month ${month}`);
  return name;
}

/** «3 марта 2020». */
export function formatDate(iso: string): string {
  const { year, month, day } = parseDay(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** «3 марта»: the day and month, for a sentence that names the year once. */
export function formatDayMonth(iso: string): string {
  const { month, day } = parseDay(iso);
  return `${day} ${monthName(month)}`;
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
  if (start.month !== end.month) {
    return `${start.day} ${monthName(start.month)} – ${end.day} ${monthName(end.month)} ${end.year}`;
  }
  return `${start.day}–${end.day} ${monthName(end.month)} ${end.year}`;
}

/** Whole days from `fromIso` to `toIso` (both calendar dates); negative when `toIso` is earlier. */
export function daysBetween(fromIso: string, toIso: string): number {
  const utc = (iso: string) => {
    const { year, month, day } = parseDay(iso);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(toIso) - utc(fromIso)) / 86_400_000);
}
