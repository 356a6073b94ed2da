// The ranking of a round's projects after the main selection, for the working group that confirms
// the finalists (SPEC: "a ranking; the working group confirms the finalists").
//
// Input: one weighted total (0–100, see weightedTotal in scoring.ts) per review, and the votes of
// every project. Output: one row per project, best first, with the raw mean, the calibrated score,
// the disagreement between experts and a flag for the rows the group should look at.
//
// Calibration. Experts use the scale differently: one gives 40–60, another 70–90 to projects of the
// same quality; each expert reviews only three projects drawn at random, so a project's raw mean
// depends on who happened to draw it. In the style of the per-reviewer score normalisation used with
// conference review systems (HotCRP, OpenReview), each expert's totals are standardised over that
// expert's own reviews:
//
//     z(e, p) = (total(e, p) − μₑ) / σₑ        μₑ, σₑ: mean and population SD of expert e's totals
//     z̄(p)    = mean of z(e, p) over the reviewers e of p
//     calibrated(p) = M + S · z̄(p)           M, S: mean and population SD of all totals of the round
//
// z removes each expert's leniency (offset) and range (scale); mapping z̄ back with the round's own
// mean and SD makes the calibrated score read like a total ("where this project stands, in points").
// It is a position, not a total: in extreme rounds it can leave 0–100 slightly.
//
// Properties and limits, stated so that nobody over-reads the number:
//  - z̄ does not change when every total of one expert is shifted by a constant or multiplied by a
//    positive factor; calibrated changes then only through M and S, by the same increasing map for
//    every project, so the order is unchanged.
//  - An expert with one review, or with the same total for all their reviews, gives no information
//    on their own scale: their reviews contribute z = 0, pulling the project to the middle whatever
//    its total. A project reviewed only by such experts gets calibrated = M.
//  - With three reviews per expert, μₑ and σₑ come from three numbers: an expert who drew three
//    strong projects still spreads them over −1.22…+1.22. Random assignment makes this fair on
//    average, not for every project; the richer models (reviewer bias estimated jointly with
//    quality, as in NeurIPS reviewer calibration) need far more overlap than a 3-review round has.
//    Hence the raw mean is shown beside it, `orderBy: 'mean'` is available, disagreements are
//    flagged, and the working group decides.
//
// Determinism: reviews are put in a canonical order (expert, project) before any sum, so the same
// reviews in any order give bit-identical numbers; scores are compared after rounding to 1e-9, so
// float noise never decides an order; the last tie-break is the project id (code-unit order).
//
// Pure: no I/O and no relative imports, so plain `node` scripts can import it straight from the source.

import { z } from 'zod';
import { csvText } from './csv.js';

/** Spread (max − min of a project's totals, 0–100) from which experts are considered to disagree. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 25;

export const RankingOrderSchema = z.enum(['calibrated', 'mean']);
/** The primary key of the order: the calibrated score (default) or the raw mean of the totals. */
export type RankingOrder = z.infer<typeof RankingOrderSchema>;

const Id = z.string().trim().min(1, 'Пустой идентификатор: у каждой экспертизы должны быть эксперт и заявка');
const VotesCount = z
  .number({ error: 'Число голосов — целое неотрицательное число' })
  .int('Число голосов — целое неотрицательное число')
  .min(0, 'Число голосов — целое неотрицательное число');

export const ReviewTotalSchema = z.object({
  /** Id of the expert; used only to calibrate, never shown in the ranking. */
  expert: Id,
  /** Id (reference number) of the project. */
  project: Id,
  /** The review's weighted total on the 0–100 scale (weightedTotal). */
  total: z
    .number({ error: 'Итог экспертизы — число от 0 до 100 (weightedTotal)' })
    .min(0, 'Итог экспертизы — число от 0 до 100 (weightedTotal)')
    .max(100, 'Итог экспертизы — число от 0 до 100 (weightedTotal)'),
});
export type ReviewTotal = z.infer<typeof ReviewTotalSchema>;

export const RankProjectsInputSchema = z.object({
  /** One entry per submitted review; at most one per expert and project. */
  reviews: z.array(ReviewTotalSchema),
  /**
   * Votes per project id. Every project listed here is ranked, reviewed or not (unreviewed ones come
   * last, flagged); a reviewed project missing here counts as 0 votes.
   */
  votes: z.record(Id, VotesCount, {
    error: (issue) => (issue.code === 'invalid_key' ? 'Пустой id заявки в голосах: ключи votes — номера заявок' : undefined),
  }),
  /** Spread of totals (0–100) from which a project is flagged; default 25. */
  disagreementThreshold: z
    .number({ error: 'Порог расхождения — число больше 0 и не больше 100 (баллы итога)' })
    .gt(0, 'Порог расхождения — число больше 0 и не больше 100 (баллы итога)')
    .max(100, 'Порог расхождения — число больше 0 и не больше 100 (баллы итога)')
    .default(DEFAULT_DISAGREEMENT_THRESHOLD),
  orderBy: RankingOrderSchema.default('calibrated'),
});
export type RankProjectsInput = z.input<typeof RankProjectsInputSchema>;

export interface RankingRow {
  project: string;
  /** Number of reviews of the project. */
  reviews: number;
  /** The reviews' totals, ascending (which expert gave which is not kept). */
  totals: number[];
  /** Mean of the totals; null without reviews. */
  mean: number | null;
  /** z̄: mean of the reviewers' standardised totals; null without reviews. */
  calibratedZ: number | null;
  /** M + S · z̄, on the scale of the totals; null without reviews. */
  calibrated: number | null;
  /** Max − min of the totals (0 with one review); null without reviews. */
  spread: number | null;
  /** Fewer than two reviews, or spread ≥ the disagreement threshold: the working group should look. */
  flagged: boolean;
  /** Why the row is flagged, in Russian; null when it is not. */
  flagReason: string | null;
  votes: number;
  /** 1-based position in the order, unique. */
  rank: number;
  /**
   * Rank of the first row with the same primary score and the same votes: equal to `rank` unless the
   * row ties with the one above it (the mean and the id then decide the order, not the rules).
   */
  tiedRank: number;
}

/** Thrown for input no ranking can be made from; the message says how to fix it (in Russian). */
export class RankingInputError extends Error {
  override name = 'RankingInputError';
}

/** Scores closer than this are equal for ordering: float noise must not decide a place. */
const QUANTUM = 1e9;
const quantize = (x: number) => Math.round(x * QUANTUM) / QUANTUM || 0;
/** Below this SD an expert's totals count as all equal. */
const ZERO_SPREAD = 1e-9;
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks the projects: calibrated score (or mean, per `orderBy`) descending, then votes descending,
 * then mean descending, then project id ascending. Projects without reviews come last (by votes,
 * then id). The result does not depend on the order of the reviews or of the votes' keys.
 * @throws RankingInputError when the input is malformed or an expert reviewed a project twice.
 */
export function rankProjects(input: RankProjectsInput): RankingRow[] {
  const parsed = RankProjectsInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` (${issue.path.join('.')})` : '';
    throw new RankingInputError(`Некорректные данные для рейтинга${where}: ${issue.message}`);
  }
  const { votes, disagreementThreshold, orderBy } = parsed.data;
  const reviews = [...parsed.data.reviews].sort((a, b) => compareIds(a.expert, b.expert) || compareIds(a.project, b.project));
  for (let i = 1; i < reviews.length; i++) {
    const [prev, cur] = [reviews[i - 1]!, reviews[i]!];
    if (prev.expert === cur.expert && prev.project === cur.project) {
      throw new RankingInputError(
        `Эксперт «${cur.expert}» оценил заявку «${cur.project}» дважды: оставьте одну экспертизу (последнюю отправленную).`,
      );
    }
  }

  // Standardise each expert's totals over their own reviews.
  const z = new Float64Array(reviews.length);
  for (let start = 0; start < reviews.length; ) {
    let end = start;
    while (end < reviews.length && reviews[end]!.expert === reviews[start]!.expert) end++;
    const { mean, sd } = meanAndSd(reviews.slice(start, end).map((r) => r.total));
    for (let i = start; i < end; i++) z[i] = end - start >= 2 && sd > ZERO_SPREAD ? (reviews[i]!.total - mean) / sd : 0;
    start = end;
  }
  const round = meanAndSd(reviews.map((r) => r.total));

  const byProject = new Map<string, { totals: number[]; z: number[] }>();
  for (const project of Object.keys(votes)) byProject.set(project, { totals: [], z: [] });
  reviews.forEach((r, i) => {
    let entry = byProject.get(r.project);
    if (!entry) byProject.set(r.project, (entry = { totals: [], z: [] }));
    entry.totals.push(r.total);
    entry.z.push(z[i]!);
  });
  const votesOf = new Map(Object.entries(votes));

  const rows = [...byProject].map(([project, { totals, z: zs }]) => {
    const n = totals.length;
    const mean = n ? sum(totals) / n : null;
    const calibratedZ = n ? quantize(sum(zs) / n) : null;
    const spread = n ? Math.max(...totals) - Math.min(...totals) : null;
    const flagReason =
      n === 0
        ? 'Нет ни одной экспертизы'
        : n === 1
          ? 'Только одна экспертиза: нужна вторая'
          : spread! + 1 / QUANTUM >= disagreementThreshold
            ? `Оценки экспертов расходятся: разброс ${formatNumber(spread!, 1)} при пороге ${formatNumber(disagreementThreshold, Number.isInteger(disagreementThreshold) ? 0 : 1)}`
            : null;
    const row: RankingRow = {
      project,
      reviews: n,
      totals: [...totals].sort((a, b) => a - b),
      mean,
      calibratedZ,
      calibrated: calibratedZ === null ? null : round.mean + round.sd * calibratedZ,
      spread,
      flagged: flagReason !== null,
      flagReason,
      votes: votesOf.get(project) ?? 0,
      rank: 0,
      tiedRank: 0,
    };
    return { row, primary: orderBy === 'calibrated' ? calibratedZ : mean === null ? null : quantize(mean), meanKey: mean === null ? null : quantize(mean) };
  });

  const desc = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a);
  rows.sort(
    (a, b) =>
      desc(a.primary, b.primary) || b.row.votes - a.row.votes || desc(a.meanKey, b.meanKey) || compareIds(a.row.project, b.row.project),
  );
  return rows.map(({ row, primary }, i, all) => {
    row.rank = i + 1;
    const prev = all[i - 1];
    row.tiedRank = prev && prev.primary === primary && prev.row.votes === row.votes ? prev.row.tiedRank : row.rank;
    return row;
  });
}

export interface FinalistSelection {
  /** The top `count` reviewed rows, in ranking order. */
  finalists: RankingRow[];
  /**
   * When the boundary falls inside a group of rows with the same primary score and votes: the whole
   * group (finalists and those just outside), in ranking order; empty otherwise.
   */
  tiedAtBoundary: RankingRow[];
  /** In Russian, for the working group: a tie at the boundary, or too few reviewed projects; null when neither. */
  note: string | null;
}

/**
 * The top `count` rows (the round's finalistsCount; pass the number or the round itself) among the
 * reviewed projects. A tie at the boundary (rows beyond the last finalist with its primary score and
 * votes) is not resolved silently: the ranking's mean-then-id order is kept, and `note` lists the
 * group so that the working group decides consciously.
 * @throws RankingInputError when count is not a positive integer.
 */
export function selectFinalists(rows: readonly RankingRow[], countOrRound: number | { readonly finalistsCount: number }): FinalistSelection {
  const count = typeof countOrRound === 'number' ? countOrRound : countOrRound.finalistsCount;
  if (!Number.isInteger(count) || count < 1) {
    throw new RankingInputError(`Число финалистов — целое число не меньше 1 (получено ${count}): возьмите finalistsCount раунда.`);
  }
  const reviewed = [...rows].sort((a, b) => a.rank - b.rank).filter((r) => r.reviews > 0);
  const finalists = reviewed.slice(0, count);
  const notes: string[] = [];
  let tiedAtBoundary: RankingRow[] = [];
  if (finalists.length < count) {
    const unreviewed = rows.length - reviewed.length;
    notes.push(
      `Заявок с экспертизой: ${reviewed.length}, а финалистов должно быть ${count}` +
        (unreviewed ? `; заявок без экспертизы: ${unreviewed} — дождитесь экспертиз или назначьте экспертов.` : '.'),
    );
  } else {
    const last = finalists[count - 1]!;
    if (reviewed[count]?.tiedRank === last.tiedRank) {
      tiedAtBoundary = reviewed.filter((r) => r.tiedRank === last.tiedRank);
      const inside = tiedAtBoundary.filter((r) => r.rank <= last.rank);
      const outside = tiedAtBoundary.filter((r) => r.rank > last.rank);
      notes.push(
        `Граница финала проходит через равенство: у заявок ${list(tiedAtBoundary)} (места ${tiedAtBoundary[0]!.rank}–${tiedAtBoundary.at(-1)!.rank}) ` +
          'одинаковы балл, по которому упорядочен рейтинг, и число голосов. ' +
          `По среднему баллу и номеру заявки в финал вошли ${list(inside)}, не вошли ${list(outside)}. ` +
          'Рабочей группе нужно принять решение по этим заявкам осознанно.',
      );
    }
  }
  return { finalists, tiedAtBoundary, note: notes.length ? notes.join(' ') : null };
}

export interface RankingCsvOptions {
  /**
   * The decimal mark of the numbers: '.' by default. Russian Excel expects ',' and may read
   * "12.5" as a date (12 May); pass ',' for a file that people open in Excel by double-click.
   */
  decimalSeparator?: '.' | ',';
}

const CSV_HEADER = [
  'Место',
  'Заявка',
  'Название',
  'Калиброванный балл',
  'Средний балл',
  'z',
  'Экспертиз',
  'Итоги экспертиз',
  'Разброс',
  'Голоса',
  'Требует внимания',
  'Причина',
  'Делит места',
];

/**
 * The ranking as CSV for the working group (RFC 4180 quoting and CRLF line ends), shaped for
 * Russian Excel, which opens it correctly by double-click: a UTF-8 byte order mark (without it
 * Excel reads the file as Windows-1251) and `;` as the separator (Excel takes its list separator
 * from the locale, and in Russian that is `;`, since `,` is the decimal mark).
 *
 * - The header is in Russian; one row per ranking row, in order. Titles come from `labels`
 *   (project id → title; empty when absent). No personal data: no expert appears, only project
 *   references, titles and numbers.
 * - Numbers: scores with one decimal, z with two, counts as integers; empty without reviews.
 * - Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a
 *   leading apostrophe (OWASP's CSV-injection advice); numbers are written by this function and
 *   stay numbers. Cells with `;`, `"`, CR or LF are quoted, quotes doubled.
 */
export function rankingCsv(rows: readonly RankingRow[], labels: Readonly<Record<string, string>> = {}, options: RankingCsvOptions = {}): string {
  const mark = options.decimalSeparator ?? '.';
  const num = (x: number | null, digits: number) => (x === null ? '' : formatNumber(x, digits).replace('.', mark));
  const groupSize = new Map<number, number>();
  for (const r of rows) groupSize.set(r.tiedRank, (groupSize.get(r.tiedRank) ?? 0) + 1);
  const lines = [CSV_HEADER.map(csvText)];
  for (const r of rows) {
    const size = groupSize.get(r.tiedRank)!;
    lines.push([
      String(r.rank),
      csvText(r.project),
      csvText(Object.hasOwn(labels, r.project) ? labels[r.project]! : ''),
      num(r.calibrated, 1),
      num(r.mean, 1),
      num(r.calibratedZ, 2),
      String(r.reviews),
      r.totals.map((t) => num(t, 1)).join(' / '),
      num(r.spread, 1),
      String(r.votes),
      r.flagged ? 'да' : 'нет',
      csvText(r.flagReason ?? ''),
      size > 1 ? `${r.tiedRank}–${r.tiedRank + size - 1}` : '',
    ]);
  }
  return '\uFEFF' + lines.map((cells) => cells.join(';') + '\r\n').join('');
}

/** Fixed decimals with a point, never "-0.0". */
function formatNumber(x: number, digits: number): string {
  const text = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** Mean and population SD; both 0 for an empty list. */
function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  if (values.length === 0) return { mean: 0, sd: 0 };
  const mean = sum(values) / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) ** 2;
  return { mean, sd: Math.sqrt(squares / values.length) };
}

function list(rows: readonly RankingRow[]): string {
  return rows.map((r) => `«${r.project}»`).join(', ');
}
