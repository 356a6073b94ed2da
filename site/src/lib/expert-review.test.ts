import { describe, expect, it } from 'vitest';
import {
  checkReview,
  conflictReasonError,
  firstErrorField,
  overallCounterText,
  reviewDraftOf,
  reviewFieldId,
  reviewFieldKeys,
  reviewInput,
  reviewServerErrors,
  savedScores,
  scoreValue,
  type ReviewDraft,
} from './expert-review.ts';

const criteria = [{ title: 'Актуальность проекта для города' }, { title: 'Обоснованность бюджета' }, { title: 'Общественная поддержка проекта' }];
const rules = { criteria, scale: { min: 0, max: 10 } };
const overall = 'Проект проработан, команда сильная, эффект измерим.';
const draft = (scores: Array<[string, string?]>, overallComment = overall): ReviewDraft => ({
  scores: scores.map(([score, comment = '']) => ({ score, comment })),
  overallComment,
});

describe('reviewDraftOf', () => {
  it('starts empty, one row per criterion', () => {
    expect(reviewDraftOf({ scores: null, overallComment: null }, 3)).toEqual(draft([[''], [''], ['']], ''));
  });

  it('fills the saved review back in, whatever order it was saved in', () => {
    const saved = { scores: [{ criterion: 2, score: 9, comment: '' }, { criterion: 0, score: 7, comment: 'Ясная проблема' }], overallComment: overall };
    expect(reviewDraftOf(saved, 3)).toEqual(draft([['7', 'Ясная проблема'], [''], ['9']]));
  });
});

describe('scoreValue', () => {
  it.each([
    ['', undefined],
    ['  ', undefined],
    ['7', 7],
    [' 10 ', 10],
    ['7,5', 7.5],
    ['семь', Number.NaN],
    ['1e1', Number.NaN],
  ])('%j → %s', (typed, value) => {
    expect(scoreValue(typed)).toBe(value);
  });
});

describe('checkReview: form state → request body', () => {
  it('sends one score per criterion in criterion order, comments trimmed, empty ones left out', () => {
    const checked = checkReview(draft([['7', '  Ясная проблема  '], ['5', '   '], ['10']], `  ${overall}  `), rules);
    expect(checked).toEqual({
      ok: true,
      body: {
        scores: [
          { criterion: 0, score: 7, comment: 'Ясная проблема' },
          { criterion: 1, score: 5 },
          { criterion: 2, score: 10 },
        ],
        overallComment: overall,
      },
    });
    expect(reviewInput(draft([['7'], ['5', ' '], ['']]))).toEqual({
      scores: [
        { criterion: 0, score: 7 },
        { criterion: 1, score: 5 },
        { criterion: 2, score: undefined },
      ],
      overallComment: overall,
    });
  });

  it('puts each message beside its field, naming the criterion', () => {
    const checked = checkReview(draft([['11'], [''], ['6,5']], 'коротко'), rules);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['overallComment', 'scores.0.score', 'scores.1.score', 'scores.2.score']);
    expect(checked.errors['scores.1.score']).toEqual(['Оценка по критерию «Обоснованность бюджета» — целое число от 0 до 10']);
    expect(checked.errors.overallComment?.[0]).toMatch(/Общий комментарий обязателен: не короче 20 знаков/);
    expect(firstErrorField(checked.errors, 3)).toBe('scores.0.score');
  });

  it('takes the scale from the round', () => {
    expect(checkReview(draft([['5'], ['5'], ['5']]), { criteria, scale: { min: 1, max: 5 } }).ok).toBe(true);
    expect(checkReview(draft([['0'], ['5'], ['5']]), { criteria, scale: { min: 1, max: 5 } })).toMatchObject({ ok: false, errors: { 'scores.0.score': [expect.stringMatching(/от 1 до 5/)] } });
  });
});

describe('reviewServerErrors: the server’s details.fields on the form', () => {
  it('keeps the form’s keys and gathers the root, `scores` and unknown keys on the form', () => {
    const fields = {
      'scores.1.score': ['Оценка по критерию «Обоснованность бюджета» — целое число от 0 до 10'],
      'scores.3.criterion': ['Номер критерия — целое число от 0 до 2'],
      scores: ['Нет оценки по критерию «Общественная поддержка проекта»: поставьте 0–10'],
      overallComment: ['Общий комментарий обязателен: не короче 20 знаков'],
      _: ['Проверьте оценку'],
    };
    expect(reviewServerErrors(fields, 3)).toEqual({
      'scores.1.score': fields['scores.1.score'],
      '': [...fields['scores.3.criterion'], ...fields.scores, ...fields._],
      overallComment: fields.overallComment,
    });
    expect(firstErrorField(reviewServerErrors({ _: ['x'] }, 3), 3)).toBeNull();
  });

  it('names the fields the way the form’s elements are named', () => {
    expect(reviewFieldKeys(2)).toEqual(['scores.0.score', 'scores.0.comment', 'scores.1.score', 'scores.1.comment', 'overallComment']);
    expect(reviewFieldId('scores.2.score')).toBe('review-scores-2-score');
    expect(reviewFieldId('overallComment')).toBe('review-overallComment');
  });
});

describe('savedScores', () => {
  it('turns the sent body back into the desk’s saved scores', () => {
    expect(savedScores({ scores: [{ criterion: 0, score: 7, comment: 'Да' }, { criterion: 1, score: 5, comment: undefined }], overallComment: overall })).toEqual([
      { criterion: 0, score: 7, comment: 'Да' },
      { criterion: 1, score: 5, comment: '' },
    ]);
  });
});

describe('overallCounterText', () => {
  it('counts trimmed characters and says what is missing', () => {
    expect(overallCounterText('  коротко ')).toBe('7 из 4\u00a0000 знаков, нужно не меньше 20');
    expect(overallCounterText(overall)).toBe(`${overall.length} из 4\u00a0000 знаков`);
  });
});

describe('conflictReasonError', () => {
  it('asks for a short reason, not an empty or an endless one', () => {
    expect(conflictReasonError('  да ')).toMatch(/не короче 5 знаков/);
    expect(conflictReasonError('Работала с командой проекта')).toBeNull();
    expect(conflictReasonError('x'.repeat(2001))).toMatch(/не длиннее 2\u00a0000 знаков/);
  });
});
