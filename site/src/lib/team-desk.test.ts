import { describe, expect, it } from 'vitest';
import { answerSavedMessage, checkAnswer, checkIdea, formErrors, teamDeskOf } from './team-desk.ts';

const R = 'refinement000000000001';

describe('teamDeskOf', () => {
  it('reads the project, its approved refinements and its ideas from the status answer', () => {
    const desk = teamDeskOf({
      reference: '2020-000101',
      project: { documentId: 'project00000000000001', reference: '2020-000101' },
      refinements: [{ documentId: R, text: 'Добавьте освещение', createdAt: '2020-02-10T08:00:00Z', response: 'none', reply: null }],
      ideas: [{ documentId: 'idea0000000000000001', title: 'Кинотеатр', description: null }],
    });
    expect(desk.project?.reference).toBe('2020-000101');
    expect(desk.refinements[0]).toMatchObject({ response: 'none', reply: '' });
    expect(desk.ideas[0]).toEqual({ documentId: 'idea0000000000000001', title: 'Кинотеатр', description: '', status: 'published' });
  });

  it('marks the team’s ideas that wait for a moderator', () => {
    const desk = teamDeskOf({
      project: { documentId: 'project00000000000001', reference: '2020-000101' },
      refinements: [],
      ideas: [
        { documentId: 'idea0000000000000001', title: 'Кинотеатр', description: '', status: 'published' },
        { documentId: 'idea0000000000000002', title: 'Скейт-парк', description: '', status: 'pending' },
      ],
    });
    expect(desk.ideas.map((i) => i.status)).toEqual(['published', 'pending']);
  });

  it('shows no desk for an answer without it (an older function) and survives a malformed part', () => {
    expect(teamDeskOf({ reference: '2020-000101' })).toEqual({ project: null, refinements: [], ideas: [] });
    expect(teamDeskOf({ project: null, refinements: 'oops', ideas: [{}] })).toEqual({ project: null, refinements: [], ideas: [] });
    expect(teamDeskOf({ project: { documentId: 'p', reference: 'r' }, refinements: [{ documentId: R, text: 't', createdAt: 'c', response: 'maybe' }], ideas: [] }).refinements[0]?.response).toBe('none');
  });
});

describe('checkAnswer', () => {
  it('asks to choose, and to explain a decline', () => {
    expect(checkAnswer({ refinement: R, response: '', reply: '' })).toEqual({ ok: false, errors: { response: ['Выберите: учтена или отклонена'] } });
    expect(checkAnswer({ refinement: R, response: 'declined', reply: 'нет' })).toEqual({
      ok: false,
      errors: { reply: ['Объясните жителю, почему доработка отклонена (не короче 10 знаков)'] },
    });
  });

  it('passes an accepted one without a reply, trimmed', () => {
    expect(checkAnswer({ refinement: R, response: 'accepted', reply: '  ' })).toEqual({ ok: true, data: { refinement: R, response: 'accepted', reply: '' } });
  });
});

describe('checkIdea', () => {
  it('needs a title and accepts an empty description', () => {
    expect(checkIdea({ title: ' ', description: '' })).toMatchObject({ ok: false, errors: { title: [expect.stringMatching(/Назовите идею/)] } });
    expect(checkIdea({ title: ' Кинотеатр ', description: '' })).toEqual({ ok: true, data: { title: 'Кинотеатр', description: '' } });
  });
});

describe('formErrors', () => {
  it('keeps the form’s fields and gathers the rest on the form', () => {
    expect(formErrors({ reply: ['Слишком длинно'], token: ['Ссылка устарела'], refinement: ['Нет такой'] }, ['response', 'reply'])).toEqual({
      reply: ['Слишком длинно'],
      '': ['Ссылка устарела', 'Нет такой'],
    });
  });
});

describe('answerSavedMessage', () => {
  it('says which answer was saved', () => {
    expect(answerSavedMessage('accepted')).toMatch(/^Ответ сохранён: доработка отмечена как учтённая/);
    expect(answerSavedMessage('declined')).toMatch(/отклонённая/);
  });
});
