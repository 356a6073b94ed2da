import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type RankProjectsInput,
  type RankingRow,
  type ReviewTotal,
  DEFAULT_DISAGREEMENT_THRESHOLD,
  RankingInputError,
  rankProjects,
  rankingCsv,
  selectFinalists,
} from './ranking.js';
import { readCsv } from './csv.js';

const review = (expert: string, project: string, total: number): ReviewTotal => ({ expert, project, total });
const order = (rows: readonly RankingRow[]) => rows.map((r) => r.project);
const row = (rows: readonly RankingRow[], project: string) => rows.find((r) => r.project === project)!;

/** A harsh expert scores their projects 40, 50, 60; a lenient one theirs 70, 80, 90. */
const harshThenLenient = (harsh: string[], lenient: string[]) => [
  ...harsh.map((project, i) => review('harsh', project, 40 + 10 * i)),
  ...lenient.map((project, i) => review('lenient', project, 70 + 10 * i)),
];

/** A harsh and a lenient expert who agree on the order of the same three projects. */
const harshAndLenient = harshThenLenient(['A', 'B', 'C'], ['A', 'B', 'C']);

/** The same two experts on disjoint projects: the raw mean ranks the lenient expert's worst above the harsh one's best. */
const disjoint = harshThenLenient(['P1', 'P2', 'P3'], ['P4', 'P5', 'P6']);

/** Two experts using the scale the same way on different projects: X and Z tie on calibration, as do Y and W. */
const twins = (x: number, z: number) => [review('e1', 'X', x), review('e1', 'Y', x - 20), review('e2', 'Z', z), review('e2', 'W', z - 20)];

describe('rankProjects: calibration', () => {
  it('gives a harsh and a lenient expert the same say: equal z-scores, mapped back with the round mean and SD', () => {
    const rows = rankProjects({ reviews: harshAndLenient, votes: { A: 3, B: 5, C: 1 } });
    expect(order(rows)).toEqual(['C', 'B', 'A']);
    // Each expert: mean 50 or 80, population SD √(200/3); z = −√1.5, 0, +√1.5 for both.
    // Round: mean 65, SD √(1750/6) = 17.078…; calibrated = 65 ± √1.5 · 17.078 = 65 ± 20.917.
    const z = Math.sqrt(1.5);
    const sd = Math.sqrt(1750 / 6);
    expect(row(rows, 'C').calibratedZ).toBeCloseTo(z, 8);
    expect(row(rows, 'B').calibratedZ).toBe(0);
    expect(row(rows, 'A').calibratedZ).toBeCloseTo(-z, 8);
    expect(row(rows, 'C').calibrated).toBeCloseTo(65 + z * sd, 6);
    expect(row(rows, 'C').calibrated).toBeCloseTo(85.9165, 4);
    expect(row(rows, 'B').calibrated).toBe(65);
    expect(row(rows, 'A').calibrated).toBeCloseTo(44.0835, 4);
    expect(rows.map((r) => r.mean)).toEqual([75, 65, 55]);
    // The raw totals differ by 30 points, over the threshold: flagged, though the experts agree on the order.
    expect(row(rows, 'A')).toMatchObject({ reviews: 2, totals: [40, 70], spread: 30, flagged: true, votes: 3 });
    expect(row(rows, 'A').flagReason).toBe('Оценки экспертов расходятся: разброс 30.0 при пороге 25');
  });

  it('orders by the calibrated score first, and by the raw mean only when asked', () => {
    const votes = { P1: 0, P2: 0, P3: 10, P4: 0, P5: 0, P6: 5 };
    const calibrated = rankProjects({ reviews: disjoint, votes });
    // P3 and P6 are each their expert's best (same z): votes decide; P3, the harsh expert's best, is above P4.
    expect(order(calibrated)).toEqual(['P3', 'P6', 'P5', 'P2', 'P4', 'P1']);
    expect(calibrated.map((r) => r.tiedRank)).toEqual([1, 2, 3, 3, 5, 5]);
    const byMean = rankProjects({ reviews: disjoint, votes, orderBy: 'mean' });
    expect(order(byMean)).toEqual(['P6', 'P5', 'P4', 'P3', 'P2', 'P1']);
    // One review each: every row is flagged.
    expect(calibrated.every((r) => r.flagged && r.flagReason === 'Только одна экспертиза: нужна вторая')).toBe(true);
  });

  it('gives z = 0 to an expert with one review or with equal totals', () => {
    const rows = rankProjects({
      reviews: [review('single', 'A', 95), review('flat', 'B', 70), review('flat', 'C', 70), review('flat', 'A', 70)],
      votes: {},
    });
    expect(rows.map((r) => r.calibratedZ)).toEqual([0, 0, 0]);
    // All z = 0: calibrated is the round's mean for everyone, and votes (all 0) then the mean decide.
    expect(rows.every((r) => r.calibrated === (95 + 70 * 3) / 4)).toBe(true);
    expect(order(rows)).toEqual(['A', 'B', 'C']);
  });
});

describe('rankProjects: order and ties', () => {
  it('breaks a tie on the primary score by votes, then by mean, then by project id', () => {
    expect(order(rankProjects({ reviews: twins(80, 40), votes: { X: 1, Z: 2 } })).slice(0, 2)).toEqual(['Z', 'X']);
    expect(order(rankProjects({ reviews: twins(80, 40), votes: { X: 2, Z: 2 } })).slice(0, 2)).toEqual(['X', 'Z']);
    expect(order(rankProjects({ reviews: twins(40, 80), votes: {} }))).toEqual(['Z', 'X', 'W', 'Y']);
    expect(order(rankProjects({ reviews: twins(60, 60), votes: {} }))).toEqual(['X', 'Z', 'W', 'Y']);
  });

  it('marks rows that share the primary score and votes with tiedRank, even when the mean orders them', () => {
    const rows = rankProjects({ reviews: twins(80, 40), votes: {} });
    expect(rows.map((r) => [r.project, r.rank, r.tiedRank])).toEqual([
      ['X', 1, 1],
      ['Z', 2, 1],
      ['Y', 3, 3],
      ['W', 4, 3],
    ]);
    const split = rankProjects({ reviews: twins(80, 40), votes: { Z: 1 } });
    expect(split.map((r) => r.tiedRank)).toEqual([1, 2, 3, 3]);
  });

  it('ranks unreviewed projects from the votes last, flagged, by votes', () => {
    const rows = rankProjects({ reviews: harshAndLenient, votes: { D: 100, E: 7, A: 1 } });
    expect(order(rows)).toEqual(['C', 'B', 'A', 'D', 'E']);
    expect(row(rows, 'D')).toMatchObject({ reviews: 0, totals: [], mean: null, calibrated: null, calibratedZ: null, spread: null, flagged: true, flagReason: 'Нет ни одной экспертизы', votes: 100 });
    expect(row(rows, 'B').votes).toBe(0);
  });

  it('flags a spread at the threshold, not below it, and copes with float noise in weighted totals', () => {
    const rows = rankProjects({
      reviews: [review('a', 'P', 50), review('b', 'P', 75), review('a', 'Q', 50), review('b', 'Q', 74.9), review('a', 'R', 100 / 3), review('b', 'R', 175 / 3)],
      votes: {},
    });
    expect(DEFAULT_DISAGREEMENT_THRESHOLD).toBe(25);
    expect(row(rows, 'P').flagged).toBe(true);
    expect(row(rows, 'Q')).toMatchObject({ flagged: false, flagReason: null });
    expect(row(rows, 'R').flagged).toBe(true);
    const strict = rankProjects({ reviews: [review('a', 'P', 50), review('b', 'P', 60)], votes: {}, disagreementThreshold: 10 });
    expect(strict[0]!.flagReason).toBe('Оценки экспертов расходятся: разброс 10.0 при пороге 10');
  });

  it.each<[string, Partial<RankProjectsInput>, RegExp]>([
    ['the same review twice', { reviews: [review('e', 'p', 50), review('e', 'p', 60)] }, /Эксперт «e» оценил заявку «p» дважды/],
    ['a total above 100', { reviews: [review('e', 'p', 101)] }, /reviews\.0\.total.*от 0 до 100/],
    ['an empty expert id', { reviews: [review(' ', 'p', 1)] }, /Пустой идентификатор/],
    ['negative votes', { votes: { p: -1 } }, /votes\.p.*целое неотрицательное/],
    ['fractional votes', { votes: { p: 1.5 } }, /целое неотрицательное/],
    ['an empty project id in the votes', { votes: { '': 1 } }, /Пустой id заявки в голосах/],
    ['a zero threshold', { disagreementThreshold: 0 }, /Порог расхождения/],
  ])('rejects %s', (_, patch, message) => {
    const run = () => rankProjects({ reviews: harshAndLenient, votes: {}, ...patch });
    expect(run).toThrow(RankingInputError);
    expect(run).toThrow(message);
  });
});

describe('selectFinalists', () => {
  it('takes the top rows and says nothing when the boundary is clear', () => {
    const rows = rankProjects({ reviews: twins(80, 40), votes: {} });
    const { finalists, tiedAtBoundary, note } = selectFinalists(rows, 2);
    expect(order(finalists)).toEqual(['X', 'Z']);
    expect(tiedAtBoundary).toEqual([]);
    expect(note).toBeNull();
  });

  it('lists a tie at the boundary for the working group to decide', () => {
    const rows = rankProjects({ reviews: twins(80, 40), votes: {} });
    const { finalists, tiedAtBoundary, note } = selectFinalists(rows, { finalistsCount: 1 });
    expect(order(finalists)).toEqual(['X']);
    expect(order(tiedAtBoundary)).toEqual(['X', 'Z']);
    expect(note).toContain('у заявок «X», «Z» (места 1–2)');
    expect(note).toContain('вошли «X», не вошли «Z»');
    expect(note).toContain('решение');
    expect(order(selectFinalists(rows, 3).tiedAtBoundary)).toEqual(['Y', 'W']);
  });

  it('never selects an unreviewed project and says when too few were reviewed', () => {
    const rows = rankProjects({ reviews: harshAndLenient, votes: { D: 1000 } });
    const { finalists, note } = selectFinalists(rows, 25);
    expect(order(finalists)).toEqual(['C', 'B', 'A']);
    expect(note).toBe('Заявок с экспертизой: 3, а финалистов должно быть 25; заявок без экспертизы: 1 — дождитесь экспертиз или назначьте экспертов.');
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => selectFinalists([], 0)).toThrow(RankingInputError);
    expect(() => selectFinalists([], 2.5)).toThrow(/Число финалистов/);
  });
});

describe('rankingCsv', () => {
  const rows = rankProjects({ reviews: harshAndLenient, votes: { A: 3, B: 5, C: 1, D: 0 } });

  it('starts with a BOM and a Russian header, ends records with CRLF, formats numbers with fixed decimals', () => {
    const csv = rankingCsv(rows, { A: 'Парк', B: 'Сквер', C: 'Набережная' });
    expect(csv.startsWith('\uFEFFМесто;Заявка;Название;Калиброванный балл;Средний балл;z;Экспертиз;Итоги экспертиз;Разброс;Голоса;Требует внимания;Причина;Делит места\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('1;C;Набережная;85.9;75.0;1.22;2;60.0 / 90.0;30.0;1;да;Оценки экспертов расходятся: разброс 30.0 при пороге 25;');
    expect(lines[3]).toBe('3;A;Парк;44.1;55.0;-1.22;2;40.0 / 70.0;30.0;3;да;Оценки экспертов расходятся: разброс 30.0 при пороге 25;');
    expect(lines[4]).toBe('4;D;;;;;0;;;0;да;Нет ни одной экспертизы;');
    expect(lines[5]).toBe('');
  });

  it('writes a decimal comma when asked, for Russian Excel', () => {
    const line = rankingCsv(rows, {}, { decimalSeparator: ',' }).split('\r\n')[1];
    expect(line).toBe('1;C;;85,9;75,0;1,22;2;60,0 / 90,0;30,0;1;да;Оценки экспертов расходятся: разброс 30.0 при пороге 25;');
  });

  it('shows the places a tied group shares', () => {
    const csv = rankingCsv(rankProjects({ reviews: twins(80, 40), votes: {} }));
    expect(readCsv(csv.slice(1)).slice(1).map((r) => r[12])).toEqual(['1–2', '1–2', '3–4', '3–4']);
  });

  it('quotes separators, quotes and line breaks, and defuses formulas in text', () => {
    const labels = {
      A: 'Парк «Победы»; 2-я очередь',
      B: 'Сквер "Юность"\r\nи двор',
      C: '=HYPERLINK("http://example.com","нажми")',
    };
    const csv = rankingCsv(rows, labels);
    expect(csv).toContain(';"Парк «Победы»; 2-я очередь";');
    expect(csv).toContain(';"Сквер ""Юность""\r\nи двор";');
    expect(csv).toContain(`;"'=HYPERLINK(""http://example.com"",""нажми"")";`);
    const titles = readCsv(csv.slice(1)).slice(1).map((r) => r[2]);
    expect(titles).toEqual([`'${labels.C}`, labels.B, labels.A, '']);
  });

  it.each(['=1+1', '+7 999 000-00-00', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])('prefixes an apostrophe to %j', (title) => {
    const cells = readCsv(rankingCsv(rows, { C: title }).slice(1))[1]!;
    expect(cells[2]).toBe(`'${title}`);
  });

  it('defuses a project id that looks like a formula too', () => {
    const csv = rankingCsv(rankProjects({ reviews: [review('e', '=cmd|calc', 50)], votes: {} }));
    expect(readCsv(csv.slice(1))[1]![1]).toBe("'=cmd|calc");
  });

  it('reads back any title, one record per row, and never shows an expert', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { minLength: 4, maxLength: 4 }), (titles) => {
        const reviews = harshAndLenient.map((r) => ({ ...r, expert: `${r.expert}@эксперты.рф` }));
        const labels = { A: titles[0]!, B: titles[1]!, C: titles[2]!, D: titles[3]! };
        const csv = rankingCsv(rankProjects({ reviews, votes: { D: 0 } }), labels);
        expect(csv).not.toContain('@эксперты.рф');
        const records = readCsv(csv.slice(1));
        expect(records).toHaveLength(5);
        expect(records.every((r) => r.length === 13)).toBe(true);
        for (const r of records.slice(1)) {
          const title = labels[r[1] as keyof typeof labels];
          expect(r[2]).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
        }
      }),
    );
  });
});

describe('rankProjects properties', () => {
  const experts = ['e1', 'e2', 'e3', 'e4', 'e5'];
  const projects = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
  /** Totals as weightedTotal makes them: multiples of 100/60 (six criteria on 0–10), some integral. */
  const total = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 60 }).map((n) => (n * 100) / 60));
  const roundArbitrary = fc.record({
    reviews: fc
      .tuple(...experts.map((expert) => fc.subarray(projects, { maxLength: 4 }).chain((ps) => fc.tuple(...ps.map((project) => total.map((t) => review(expert, project, t)))))))
      .map((lists) => lists.flat()),
    votes: fc.dictionary(fc.constantFrom(...projects, 'p9'), fc.nat(5)),
    orderBy: fc.constantFrom('calibrated' as const, 'mean' as const),
  });

  it('ranks every project exactly once: those reviewed and those with votes', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const rows = rankProjects(input);
        const expected = new Set([...input.reviews.map((r) => r.project), ...Object.keys(input.votes)]);
        expect([...order(rows)].sort()).toEqual([...expected].sort());
        expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
        expect(rows.reduce((n, r) => n + r.reviews, 0)).toBe(input.reviews.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rows, byte for byte, whatever the order of the input', () => {
    fc.assert(
      fc.property(
        roundArbitrary.chain((input) =>
          fc.record({
            input: fc.constant(input),
            reviews: fc.shuffledSubarray(input.reviews, { minLength: input.reviews.length }),
            voteKeys: fc.shuffledSubarray(Object.keys(input.votes), { minLength: Object.keys(input.votes).length }),
          }),
        ),
        ({ input, reviews, voteKeys }) => {
          const votes = Object.fromEntries(voteKeys.map((k) => [k, input.votes[k]!]));
          expect(JSON.stringify(rankProjects({ ...input, reviews, votes }))).toBe(JSON.stringify(rankProjects(input)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the order rules between neighbours and the totals, means and spreads within 0–100', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const rows = rankProjects(input);
        const primary = (r: RankingRow) => (input.orderBy === 'mean' ? r.mean : r.calibratedZ);
        rows.forEach((r, i) => {
          for (const v of [...r.totals, r.mean ?? 0, r.spread ?? 0]) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
          expect(r.flagged).toBe(r.reviews < 2 || r.spread! >= 25 - 1e-9);
          const prev = rows[i - 1];
          if (!prev) return;
          const [a, b] = [primary(prev), primary(r)];
          if (a === null) return expect(b).toBeNull();
          if (b === null) return;
          expect(a).toBeGreaterThanOrEqual(b - 1e-9);
          if (Math.abs(a - b) > 1e-9) return expect(r.tiedRank).toBe(r.rank);
          expect(prev.votes).toBeGreaterThanOrEqual(r.votes);
          if (prev.votes > r.votes) return expect(r.tiedRank).toBe(r.rank);
          expect(r.tiedRank).toBe(prev.tiedRank);
          if (Math.abs(prev.mean! - r.mean!) > 1e-9) expect(prev.mean!).toBeGreaterThan(r.mean!);
          else expect(prev.project < r.project).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('does not move calibrated z-scores or tie groups when one expert shifts or stretches all their totals', () => {
    const shifted = roundArbitrary.chain((input) =>
      fc.record({
        input: fc.constant({ ...input, orderBy: 'calibrated' as const }),
        expert: fc.constantFrom(...experts),
        factor: fc.constantFrom(1, 1, 0.5, 0.8, 1.25),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(shifted, ({ input, expert, factor, at }) => {
        const own = input.reviews.filter((r) => r.expert === expert).map((r) => r.total * factor);
        if (own.length === 0 || Math.max(...own) > 100) return;
        // The constant keeps every total of the expert within 0–100.
        const shift = -Math.min(...own) + at * (100 - Math.max(...own) + Math.min(...own));
        const reviews = input.reviews.map((r) => (r.expert === expert ? { ...r, total: r.total * factor + shift } : r));
        const before = rankProjects(input);
        const after = rankProjects({ ...input, reviews });
        for (const r of before) expect(row(after, r.project).calibratedZ).toBeCloseTo(r.calibratedZ ?? 0, 8);
        const groups = (rows: RankingRow[]) => rows.map((r) => `${r.tiedRank}:${rows.filter((o) => o.tiedRank === r.tiedRank).map((o) => o.project).sort()}`).sort();
        expect(groups(after)).toEqual(groups(before));
      }),
      { numRuns: 300 },
    );
  });
});
