// Pure date logic of a selection round, free of zod so that the browser can re-check the current
// stage without shipping the schemas (`@portal/schema/domain/round-calendar`).
import type { SelectionRound, Stage, StageKind } from '../selection-round.js';

/** The calendar date (`YYYY-MM-DD`) that `instant` falls on in `timeZone`. */
export function calendarDate(instant: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(instant);
}

// Building a formatter costs ~50 times more than using one, and the vote path asks on every vote.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

export type RoundPhase =
  | { phase: 'before'; next: Stage }
  | { phase: 'during'; current: Stage; next: Stage | null }
  | { phase: 'between'; previous: Stage; next: Stage }
  | { phase: 'after'; last: Stage };

/**
 * Where the round stands on the day `instant` falls on in the round's time zone.
 * Stage dates are inclusive at both ends. Where two stages share a boundary day (collection ends on
 * 17 February, the technical review starts on 17 February), the earlier stage is still the current
 * one that day: an applicant may submit until the end of the collection's last day.
 */
export function roundPhase(round: Pick<SelectionRound, 'stages' | 'timeZone'>, instant: Date): RoundPhase {
  const today = calendarDate(instant, round.timeZone);
  const stages = sortedStages(round.stages);
  const first = stages[0];
  const last = stages[stages.length - 1];
  if (!first || !last) throw new Error('A selection round needs at least one stage');
  if (today < first.startDate) return { phase: 'before', next: first };
  const index = stages.findIndex((s) => s.startDate <= today && today <= s.endDate);
  const current = stages[index];
  if (current) return { phase: 'during', current, next: stages[index + 1] ?? null };
  const nextIndex = stages.findIndex((s) => s.startDate > today);
  const next = stages[nextIndex];
  const previous = stages[nextIndex - 1];
  if (next && previous) return { phase: 'between', previous, next };
  return { phase: 'after', last };
}

export function sortedStages(stages: readonly Stage[]): Stage[] {
  return [...stages].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate));
}

export function stageOfKind(round: Pick<SelectionRound, 'stages'>, kind: StageKind): Stage | null {
  return round.stages.find((s) => s.kind === kind) ?? null;
}

/** The residents' voting window: the round's own dates, or else the collection stage's. */
export function votingWindow(
  round: Pick<SelectionRound, 'stages' | 'votingStart' | 'votingEnd'>,
): { startDate: string; endDate: string } | null {
  if (round.votingStart && round.votingEnd) return { startDate: round.votingStart, endDate: round.votingEnd };
  const collection = stageOfKind(round, 'collection');
  return collection ? { startDate: collection.startDate, endDate: collection.endDate } : null;
}
