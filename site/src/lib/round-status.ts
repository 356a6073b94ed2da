// Where a selection round stands, in words. Shared by the build (Astro components) and the browser
// re-check (src/scripts/round-clock.ts), so both write the same sentence; free of zod on purpose.
import type { Stage } from '@portal/schema';
import { calendarDate, roundPhase, type RoundPhase } from '@portal/schema/domain/round-calendar';
import { daysBetween, formatDate, formatDateRange } from '@portal/schema/domain/dates';
import { nouns, pluralize } from './plural.ts';

/** What the timeline and the status need of a stage; descriptions stay out of the browser. */
export type StageDates = Pick<Stage, 'kind' | 'title' | 'startDate' | 'endDate'>;

export interface RoundCalendar {
  year: number;
  /** IANA time zone in which the stage dates are read (Europe/Moscow). */
  timeZone: string;
  stages: readonly StageDates[];
}

export type StageState = 'done' | 'current' | 'upcoming';

/** The badge each stage of the timeline wears. */
export const stageStateLabels: Record<StageState, string> = {
  done: 'Завершён',
  current: 'Идёт сейчас',
  upcoming: 'Предстоит',
};

export interface RoundProgress {
  phase: RoundPhase['phase'];
  /** One sentence for `[data-round-status]`. */
  status: string;
  /** The stage under way, if any. */
  current: StageDates | null;
  /** Every stage in calendar order with its state. */
  stages: Array<StageDates & { state: StageState }>;
}

/** Identifies a stage across the build's data and the attributes the browser reads back. */
export function stageKey(stage: { kind: string; startDate: string; endDate: string }): string {
  return `${stage.kind}/${stage.startDate}/${stage.endDate}`;
}

export function roundProgress(round: RoundCalendar, instant: Date): RoundProgress {
  // roundPhase reads only the dates; the description is not shipped to the browser.
  const stages = round.stages.map((s) => ({ ...s, description: '' }));
  const phase = roundPhase({ timeZone: round.timeZone, stages }, instant);
  const order = [...stages]
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate))
    .map((s) => stageKey(s));
  const position = (stage: StageDates) => order.indexOf(stageKey(stage));

  const stateOf = (stage: StageDates): StageState => {
    switch (phase.phase) {
      case 'before':
        return 'upcoming';
      case 'after':
        return 'done';
      case 'during':
        if (stageKey(stage) === stageKey(phase.current)) return 'current';
        return position(stage) < position(phase.current) ? 'done' : 'upcoming';
      case 'between':
        return position(stage) <= position(phase.previous) ? 'done' : 'upcoming';
    }
  };

  const sorted = [...round.stages].sort((a, b) => position(a) - position(b));
  return {
    phase: phase.phase,
    status: statusSentence(round, phase, instant),
    current: phase.phase === 'during' ? pick(phase.current) : null,
    stages: sorted.map((stage) => ({ ...pick(stage), state: stateOf(stage) })),
  };
}

function statusSentence(round: RoundCalendar, phase: RoundPhase, instant: Date): string {
  const dates = (s: StageDates) => formatDateRange(s.startDate, s.endDate);
  switch (phase.phase) {
    case 'before': {
      const days = daysBetween(calendarDate(instant, round.timeZone), phase.next.startDate);
      return `До начала отбора: ${pluralize(days, nouns.day)}. Первый этап «${phase.next.title}»: ${dates(phase.next)}`;
    }
    case 'during':
      return `Сейчас идёт этап «${phase.current.title}»: ${dates(phase.current)}`;
    case 'between':
      return `Этап «${phase.previous.title}» завершён. Следующий этап «${phase.next.title}» начнётся ${formatDate(phase.next.startDate)}`;
    case 'after':
      return `Отбор ${round.year} года завершён`;
  }
}

function pick(stage: StageDates): StageDates {
  return { kind: stage.kind, title: stage.title, startDate: stage.startDate, endDate: stage.endDate };
}
