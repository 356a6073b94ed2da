import { describe, expect, it } from 'vitest';
import { emptyDraft, formFieldKeys, toApplicationInput } from '../../../lib/application-draft.ts';
import { friendlierMessages, summaryText } from './messages.ts';
import { sendApplication, type SendRequest } from './send.ts';

const request: SendRequest = {
  action: '/api/applications',
  idempotencyKey: 'key_0123456789abcdef',
  input: toApplicationInput(emptyDraft()),
  website: '',
  fieldKeys: formFieldKeys(emptyDraft()),
};

const answer = (status: number, body: unknown) => async () => new Response(body === undefined ? 'not json' : JSON.stringify(body), { status });

describe('sendApplication', () => {
  it('posts the body with the honeypot and the Idempotency-Key', async () => {
    let seen: RequestInit | undefined;
    const outcome = await sendApplication(request, async (_url, init) => {
      seen = init;
      return new Response(JSON.stringify({ reference: 'ГЛ-2020-0001', statusUrl: 'https://x/status/' }), { status: 201 });
    });
    expect(outcome).toEqual({ kind: 'done', reference: 'ГЛ-2020-0001', statusUrl: 'https://x/status/' });
    expect(seen?.method).toBe('POST');
    expect((seen?.headers as Record<string, string>)['Idempotency-Key']).toBe(request.idempotencyKey);
    expect(JSON.parse(String(seen?.body))).toMatchObject({ website: '', consent: false });
  });

  it('puts a 422 answer’s messages at their fields', async () => {
    const outcome = await sendApplication(request, answer(422, { error: { status: 422, message: 'x', details: { fields: { title: ['Название: занято'], 'team.0.name': 'Имя: пусто' } } } }));
    expect(outcome).toEqual({ kind: 'fields', errors: { title: ['Название: занято'], 'team.0.name': ['Имя: пусто'] } });
  });

  it('says what went wrong otherwise: the function’s message, else one for the status', async () => {
    expect(await sendApplication(request, answer(422, { error: { message: 'Проверьте поля' } }))).toEqual({ kind: 'failed', message: 'Проверьте поля' });
    expect(await sendApplication(request, answer(429, undefined))).toEqual({ kind: 'failed', message: 'Слишком много попыток. Подождите минуту и отправьте ещё раз.' });
    expect(await sendApplication(request, answer(502, {}))).toEqual({ kind: 'failed', message: 'Не удалось отправить заявку (ошибка 502). Черновик сохранён: попробуйте ещё раз.' });
    expect(await sendApplication(request, answer(201, { reference: 1 }))).toMatchObject({ kind: 'failed' });
  });

  it('keeps the draft when the network fails', async () => {
    const outcome = await sendApplication(request, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(outcome).toEqual({ kind: 'failed', message: 'Нет связи с сервером. Черновик сохранён: проверьте подключение и отправьте ещё раз.' });
  });
});

describe('the form’s wording', () => {
  it('asks to fill an empty field and to choose from a list', () => {
    const draft = emptyDraft();
    const errors = friendlierMessages(
      { title: ['Название проекта: не короче 5 символов'], topic: ['Тематика: неизвестная тематика'], 'budget.items.0.source': ['Источник: неизвестный источник'] },
      draft,
    );
    expect(errors).toEqual({
      title: ['Название проекта: заполните поле'],
      topic: ['Тематика: выберите тематику проекта'],
      'budget.items.0.source': ['Источник: выберите источник средств'],
    });
  });

  it('names the row and the field in the summary', () => {
    expect(summaryText('team.0.name', ['Имя: заполните поле'])).toBe('Лидер проекта — Имя: заполните поле');
    expect(summaryText('budget.items.2.amount', ['Сумма: укажите число'])).toBe('Статья бюджета 3 — Сумма: укажите число');
    expect(summaryText('consent', ['нужно согласие'])).toBe('Согласие на обработку данных: нужно согласие');
    expect(summaryText('title', ['Название проекта: заполните поле'])).toBe('Название проекта: заполните поле');
  });
});
