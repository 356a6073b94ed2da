// The residents' voice in words: what a vote did, how many votes, how the team answered refinements.
// One place, so the build (project pages, the list, the platform page) and the islands say the same.
import { VERIFICATION, refinementStats, type Figure, type RefinementResponse, type VoteCounts, type VoteResult } from '@portal/schema';
import { durationText } from './api.ts';
import { nouns, pluralize, pluralWord } from './plural.ts';

export type VoteKind = 'project' | 'idea';

/** What the live region says after the server answered a vote or a withdrawal. */
export function voteResultMessage(kind: VoteKind, status: VoteResult['status']): string {
  switch (status) {
    case 'counted':
      return 'Ваш голос учтён';
    case 'already':
      return kind === 'project'
        ? 'Вы уже поддержали этот проект — голос учитывается один раз'
        : 'Вы уже поддержали эту идею — голос учитывается один раз';
    case 'withdrawn':
      return 'Голос отозван';
    case 'not-voted':
      return kind === 'project' ? 'Вы не голосовали за этот проект — отзывать нечего' : 'Вы не голосовали за эту идею — отзывать нечего';
  }
}

/** «1 голос», «3 голоса», «1 234 голоса». */
export const votesText = (count: number): string => pluralize(count, nouns.vote);

/** The word after a count of votes: «голос», «голоса», «голосов». */
export const votesWord = (count: number): string => pluralWord(count, nouns.vote);

const percent = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 0 });

/** «3 доработки, 67 % учтено»; «Доработок пока нет». The percent follows Russian typography (no-break space). */
export function refinementStatsText(refinements: ReadonlyArray<{ response: string }>): string {
  const stats = refinementStats(refinements);
  if (stats.acceptedPercent === null) return 'Доработок пока нет';
  return `${pluralize(stats.count, nouns.refinement)}, ${percent.format(stats.acceptedPercent / 100)} учтено`;
}

/** The team's answer to a refinement, as its badge says it. */
export const refinementResponseLabels = {
  none: 'Ждёт ответа команды',
  accepted: 'Учтена',
  declined: 'Отклонена',
} as const satisfies Record<RefinementResponse, string>;

/** Before a code is requested: what will arrive and for how long it works (the schema's rules). */
export const codeRequestHint = `Пришлём на почту код из ${VERIFICATION.codeLength} цифр, он действует ${durationText(VERIFICATION.ttlSeconds)}. Адрес не публикуется: он нужен, чтобы каждый голос учитывался один раз.`;

/** The wall-clock time a code stops working, «14:05», in the reader's own time zone. */
export function clockTime(timestamp: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(timestamp);
}

/** After the code was sent, from the server's numbers: where it went and until when it works. */
export function codeSentHint(sentTo: string, expiresAt: number, sentAt: number, timeZone?: string): string {
  return `Код отправлен на ${sentTo}. Он действует ${durationText((expiresAt - sentAt) / 1000)} — до ${clockTime(expiresAt, timeZone)}. Не пришёл — проверьте папку «Спам».`;
}

/** Whether a new code may be requested: compared at each render (a keystroke, a click, the timer at `resendAt`). */
export const canResend = (resendAt: number, now: number): boolean => now >= resendAt;

/** «Новый код можно запросить через 45 секунд.» or nothing once it can. */
export function resendHint(resendAt: number, now: number): string {
  if (canResend(resendAt, now)) return '';
  const seconds = Math.ceil((resendAt - now) / 1000);
  return `Новый код можно запросить через ${durationText(seconds)}.`;
}

/**
 * «Сейчас на портале» on the platform page, as figures: votes counted, approved refinements and the
 * share the teams took into account (left out while there are no refinements), as of the counts.
 */
export function portalNowFigures(counts: Pick<VoteCounts, 'total' | 'generatedAt'>, refinements: ReadonlyArray<{ response: string }>): Figure[] {
  const stats = refinementStats(refinements);
  const asOf = /^\d{4}-\d{2}-\d{2}/.test(counts.generatedAt) ? counts.generatedAt.slice(0, 10) : null;
  const figure = (value: number, label: string, unit: string | null = null): Figure => ({ value, label, unit, qualifier: 'exact', compact: false, asOf });
  const figures = [
    figure(counts.total, `${votesWord(counts.total)} жителей за проекты и идеи`),
    figure(stats.count, `${pluralWord(stats.count, nouns.refinement)} жителей на страницах проектов, после проверки модераторами`),
  ];
  if (stats.acceptedPercent !== null) figures.push(figure(stats.acceptedPercent, 'доработок учтено командами проектов', '%'));
  return figures;
}
