// Days and counts for the statistics' charts (the shapes are ../stats.ts).
import type { DailyCount } from '../stats.js';

/** The next calendar day of `iso` (`YYYY-MM-DD`). */
export function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every day from the window's first to its last (widened to any day with a count outside it), in
 * order, with 0 where nothing happened: a chart's x axis shows quiet days as quiet, not as missing.
 */
export function dailySeries(counts: ReadonlyMap<string, number>, window: { startDate: string; endDate: string } | null): DailyCount[] {
  const days = [...counts.keys()].sort();
  const first = [window?.startDate, days[0]].filter((d): d is string => !!d).sort()[0];
  const last = [window?.endDate, days.at(-1)].filter((d): d is string => !!d).sort().at(-1);
  if (!first || !last) return [];
  const series: DailyCount[] = [];
  for (let day = first; day <= last; day = nextDay(day)) series.push({ date: day, count: counts.get(day) ?? 0 });
  return series;
}

/** The zone's offset from UTC in minutes at `instant` (Europe/Moscow: 180). */
export function utcOffsetMinutes(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
