// Re-checks the round's current stage in the browser, so that a page built days ago still tells
// today's truth. Reads the clock once at load; the sentence and badges come from the same helper
// as the build's (src/lib/round-status.ts).
import { roundProgress, stageKey, stageStateLabels, type RoundCalendar } from '../lib/round-status.ts';

/** The round the build embedded in `data-round`; null if it is missing or unreadable. */
function readRound(element: HTMLElement): RoundCalendar | null {
  try {
    const round: RoundCalendar = JSON.parse(element.dataset.round ?? '');
    return Array.isArray(round.stages) && round.stages.length > 0 ? round : null;
  } catch {
    return null;
  }
}

function refresh(now: Date): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-round-status][data-round]')) {
    const round = readRound(element);
    if (round) element.textContent = roundProgress(round, now).status;
  }

  for (const timeline of document.querySelectorAll<HTMLOListElement>('ol[data-timeline][data-round]')) {
    const round = readRound(timeline);
    if (!round) continue;
    const states = new Map(roundProgress(round, now).stages.map((s) => [stageKey(s), s.state]));
    for (const item of timeline.querySelectorAll<HTMLLIElement>(':scope > li[data-stage-kind]')) {
      const { stageKind = '', start = '', end = '' } = item.dataset;
      const state = states.get(stageKey({ kind: stageKind, startDate: start, endDate: end }));
      if (!state) continue;
      item.dataset.stageState = state;
      if (state === 'current') item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      const badge = item.querySelector<HTMLElement>('[data-stage-badge]');
      if (badge) {
        badge.dataset.state = state;
        badge.textContent = stageStateLabels[state];
      }
    }
  }
}

refresh(new Date());
