import { describe, expect, it } from 'vitest';
import { fieldId, issuesToFieldErrors, nearestField, orderedErrorKeys, revalidatedErrors, serverFieldErrors } from './application-errors.ts';

const fields = new Set(['title', 'budget.total', 'budget.items', 'budget.items.0.amount', 'team', 'team.0.name', 'team.1.name', 'consent']);

describe('fieldId', () => {
  it('makes an element id from a key', () => {
    expect(fieldId('team.0.name')).toBe('application-team-0-name');
    expect(fieldId('title')).toBe('application-title');
    expect(fieldId('')).toBe('application-form');
  });
});

describe('nearestField', () => {
  it('finds the field itself, else the group around it, else the form', () => {
    expect(nearestField('team.1.name', fields)).toBe('team.1.name');
    expect(nearestField('team.4.role', fields)).toBe('team');
    expect(nearestField('budget.items.3', fields)).toBe('budget.items');
    expect(nearestField('website', fields)).toBe('');
  });
});

describe('issuesToFieldErrors', () => {
  it('groups zod issues by field, without repeats', () => {
    const errors = issuesToFieldErrors(
      [
        { path: ['title'], message: 'Название проекта: заполните поле' },
        { path: ['title'], message: 'Название проекта: заполните поле' },
        { path: ['team', 0, 'name'], message: 'Имя участника: заполните поле' },
        { path: ['team'], message: 'В команде не больше 5 человек' },
      ],
      fields,
    );
    expect(errors).toEqual({
      title: ['Название проекта: заполните поле'],
      'team.0.name': ['Имя участника: заполните поле'],
      team: ['В команде не больше 5 человек'],
    });
  });
});

describe('serverFieldErrors', () => {
  it('maps details.fields of a 422 onto the form’s fields', () => {
    const details = { fields: { 'team.0.name': ['Имя участника: заполните поле'], 'budget.total': ['Сумма статей не равна общему бюджету'], 'team.7.role': ['x'] } };
    expect(serverFieldErrors(details, fields)).toEqual({
      'team.0.name': ['Имя участника: заполните поле'],
      'budget.total': ['Сумма статей не равна общему бюджету'],
      team: ['x'],
    });
  });

  it('puts a message about the whole body (`_`) on the form itself', () => {
    expect(serverFieldErrors({ fields: { _: ['Тело запроса должно быть объектом'] } }, fields)).toEqual({ '': ['Тело запроса должно быть объектом'] });
  });

  it('accepts a single string and ignores anything that is not text', () => {
    expect(serverFieldErrors({ fields: { title: 'Слишком коротко', consent: [5, null, ''] } }, fields)).toEqual({ title: ['Слишком коротко'] });
    expect(serverFieldErrors(null, fields)).toEqual({});
    expect(serverFieldErrors({ fields: 'oops' }, fields)).toEqual({});
    expect(serverFieldErrors({ window: { startDate: '2020-01-13' } }, fields)).toEqual({});
  });
});

describe('revalidatedErrors', () => {
  it('clears a fixed mistake and updates one still wrong, leaving untouched fields quiet', () => {
    const previous = { title: ['короткое'], 'budget.total': ['сумма не равна'] };
    const current = { 'budget.total': ['сумма не равна, разница 5'], consent: ['нужно согласие'] };
    expect(revalidatedErrors(previous, current, 'title', new Set())).toEqual({ 'budget.total': ['сумма не равна, разница 5'] });
  });

  it('keeps a server message until its own field is edited', () => {
    const previous = { title: ['занято сервером'], 'team.0.name': ['сервер'] };
    expect(revalidatedErrors(previous, {}, 'consent', new Set(['title', 'team.0.name']))).toEqual(previous);
    expect(revalidatedErrors(previous, {}, 'title', new Set(['title', 'team.0.name']))).toEqual({ 'team.0.name': ['сервер'] });
  });
});

describe('orderedErrorKeys', () => {
  it('orders the summary as the form is ordered and skips empty lists', () => {
    expect(orderedErrorKeys({ consent: ['a'], title: ['b'], team: [] }, ['title', 'team', 'consent'])).toEqual(['title', 'consent']);
  });
});
