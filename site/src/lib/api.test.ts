import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { durationText, NETWORK_FAILURE, readApiFailure, requestJson, retryAfterSeconds, type Fetch } from './api.ts';

const NOW = Date.parse('2020-02-10T10:00:00Z');

describe('readApiFailure', () => {
  it('takes the name, the Russian message and the field messages of the one error shape', () => {
    const body = { error: { status: 422, name: 'ValidationError', message: 'Проверьте адрес', details: { fields: { email: ['Адрес указан с ошибкой'] } } } };
    expect(readApiFailure(422, body, null, NOW)).toEqual({
      status: 422,
      name: 'ValidationError',
      message: 'Проверьте адрес',
      fields: { email: ['Адрес указан с ошибкой'] },
      retryAfterSeconds: null,
    });
  });

  it('reads retry-after and says the wait when the server gave no message', () => {
    const failure = readApiFailure(429, 'not json', '45', NOW);
    expect(failure.retryAfterSeconds).toBe(45);
    expect(failure.name).toBe('Http429');
    expect(failure.message).toBe('Слишком много попыток. Попробуйте через 45 секунд.');
  });

  it('falls back to a Russian sentence per status and ignores malformed details', () => {
    expect(readApiFailure(503, null, null, NOW).message).toBe('Сервис временно недоступен. Попробуйте через несколько минут.');
    expect(readApiFailure(410, { error: { message: '  ' } }, null, NOW).message).toBe('Срок действия кода истёк. Запросите новый код.');
    expect(readApiFailure(422, { error: { details: { fields: { text: [1, '', 'Коротко'], code: 'Неверно', x: null } } } }, null, NOW).fields).toEqual({
      text: ['Коротко'],
      code: ['Неверно'],
    });
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterSeconds('120', NOW)).toBe(120);
    expect(retryAfterSeconds(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(null, NOW)).toBeNull();
  });
});

describe('durationText', () => {
  it.each([
    [1, '1 секунду'],
    [45, '45 секунд'],
    [22, '22 секунды'],
    [60, '1 минуту'],
    [61, '2 минуты'],
    [600, '10 минут'],
  ])('%d s → %s', (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
  });
});

describe('requestJson', () => {
  const schema = z.object({ count: z.number() });
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}): Fetch => async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

  it('sends JSON and parses a success with the schema', async () => {
    const seen: Array<{ url: string; init?: RequestInit }> = [];
    const fetchStub: Fetch = async (url, init) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ count: 3 }), { status: 201 });
    };
    const result = await requestJson(fetchStub, 'POST', '/api/votes', { project: 'abc' }, schema);
    expect(result).toEqual({ ok: true, status: 201, data: { count: 3 } });
    expect(seen[0]?.init?.method).toBe('POST');
    expect(seen[0]?.init?.body).toBe('{"project":"abc"}');
    expect((seen[0]?.init?.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('turns a refusal, a malformed success and a lost connection into failures', async () => {
    const refused = await requestJson(reply(403, { error: { status: 403, name: 'VotingClosed', message: 'Голосование идёт с 13 января по 17 февраля' } }), 'POST', '/x', {}, schema);
    expect(refused).toMatchObject({ ok: false, error: { status: 403, name: 'VotingClosed', message: 'Голосование идёт с 13 января по 17 февраля' } });

    const malformed = await requestJson(reply(200, { count: 'many' }), 'GET', '/x', undefined, schema);
    expect(malformed).toMatchObject({ ok: false, error: { name: 'BadAnswer' } });

    const lost = await requestJson(async () => Promise.reject(new TypeError('Failed to fetch')), 'GET', '/x', undefined, schema);
    expect(lost).toEqual({ ok: false, error: NETWORK_FAILURE });
  });

  it('passes retry-after on', async () => {
    const result = await requestJson(reply(429, { error: { status: 429, name: 'RateLimitError', message: 'Подождите' } }, { 'retry-after': '60' }), 'POST', '/x', {}, schema);
    expect(result).toMatchObject({ ok: false, error: { retryAfterSeconds: 60, message: 'Подождите' } });
  });

  it('words a refusal with the endpoint’s own sentences when it has them', async () => {
    const messages = { 0: 'Нет связи: обновите страницу.', 404: 'Ссылка не найдена.', other: (status: number) => `Ошибка ${status}.` };
    const notFound = await requestJson(reply(404, { error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }), 'POST', '/x', {}, schema, Date.now, messages);
    expect(notFound).toMatchObject({ ok: false, error: { status: 404, name: 'NotFoundError', message: 'Ссылка не найдена.' } });
    const other = await requestJson(reply(422, { error: { status: 422, name: 'ValidationError', message: 'Проверьте поля' } }), 'POST', '/x', {}, schema, Date.now, messages);
    expect(other).toMatchObject({ ok: false, error: { message: 'Ошибка 422.' } });
    const malformed = await requestJson(reply(200, { count: 'many' }), 'POST', '/x', {}, schema, Date.now, messages);
    expect(malformed).toMatchObject({ ok: false, error: { name: 'BadAnswer', message: 'Ошибка 200.' } });
    const lost = await requestJson(async () => Promise.reject(new TypeError('Failed to fetch')), 'POST', '/x', {}, schema, Date.now, messages);
    expect(lost).toMatchObject({ ok: false, error: { status: 0, message: 'Нет связи: обновите страницу.' } });
  });
});
