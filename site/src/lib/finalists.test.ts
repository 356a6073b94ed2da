import { describe, expect, it } from 'vitest';
import { finalistLine, finalistsOf, finalistsPendingText, finalistYears, placeText, selectionScoreText } from './finalists.ts';

const project = (reference: string, fields: Partial<{ year: number; stage: 'finalist' | 'not_selected' | 'in_selection'; selectionRank: number | null; selectionScore: number | null }>) => ({
  reference,
  year: 2020,
  stage: 'finalist' as const,
  selectionRank: null,
  selectionScore: null,
  ...fields,
});

describe('finalistsOf', () => {
  it('lists the finalists of a round by place, others left out, unplaced last', () => {
    const projects = [
      project('2020-000104', { selectionRank: 3 }),
      project('2020-000101', { stage: 'not_selected' }),
      project('2020-000105', { selectionRank: null }),
      project('2020-000102', { selectionRank: 1 }),
      project('2019-000007', { year: 2019, selectionRank: 2 }),
      project('2020-000103', { selectionRank: 2 }),
      project('2020-000106', { stage: 'in_selection' }),
    ];
    expect(finalistsOf(projects, 2020).map((p) => p.reference)).toEqual(['2020-000102', '2020-000103', '2020-000104', '2020-000105']);
    expect(finalistsOf(projects, 2019).map((p) => p.reference)).toEqual(['2019-000007']);
    expect(finalistYears(projects)).toEqual([2020, 2019]);
    expect(finalistsOf([project('2020-000101', { stage: 'not_selected' })], 2020)).toEqual([]);
  });
});

describe('the finalists in words', () => {
  it('writes the place and the calibrated score', () => {
    expect(placeText(1)).toBe('1-е место');
    expect(selectionScoreText(87.3)).toBe('87,3 балла из 100');
    expect(selectionScoreText(71)).toBe('71 балл из 100');
    expect(selectionScoreText(65)).toBe('65 баллов из 100');
    expect(selectionScoreText(64.25)).toBe('64,3 балла из 100');
  });

  it('sums up a finalist for its project page', () => {
    expect(finalistLine({ year: 2020, selectionRank: 3, selectionScore: 87.3 })).toBe('Финалист отбора 2020 года: 3-е место, 87,3 балла из 100');
    expect(finalistLine({ year: 2020, selectionRank: null, selectionScore: null })).toBe('Финалист отбора 2020 года');
  });

  it('says when the finalists will be announced', () => {
    expect(finalistsPendingText('2020-03-03')).toBe('Финалисты будут объявлены 3 марта 2020');
    expect(finalistsPendingText(null)).toBe('Финалистов объявят по итогам экспертного отбора');
  });
});
