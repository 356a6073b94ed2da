import { describe, expect, it } from 'vitest';
import type { Fetch } from './api.ts';
import { expertsClient } from './experts-client.ts';

function stub(status: number, body: unknown) {
  const calls: Array<{ url: string; method: string | undefined; body: unknown }> = [];
  const fetchImpl: Fetch = async (url, init) => {
    calls.push({ url, method: init?.method, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(body), { status });
  };
  return { calls, client: expertsClient(fetchImpl, () => 0) };
}

describe('expertsClient', () => {
  it('sends the link token in a POST body, never in the address', async () => {
    const { calls, client } = stub(200, { signedIn: true, name: 'Анна Смирнова' });
    expect(await client.signIn('tok_en-123')).toEqual({ ok: true, status: 200, data: { signedIn: true, name: 'Анна Смирнова' } });
    expect(calls).toEqual([{ url: '/api/experts/session', method: 'POST', body: { token: 'tok_en-123' } }]);
  });

  it('passes a bad link’s message on', async () => {
    const message = 'Ссылка недействительна: она уже использована, устарела или скопирована не целиком. Запросите новую.';
    const { client } = stub(400, { error: { status: 400, name: 'LinkInvalid', message, details: {} } });
    expect(await client.signIn('x')).toMatchObject({ ok: false, error: { status: 400, name: 'LinkInvalid', message } });
  });

  it('PUTs a review to the project’s address and reads the total', async () => {
    const { calls, client } = stub(200, { status: 'submitted', total: 70 });
    const review = { scores: [{ criterion: 0, score: 7, comment: undefined }], overallComment: 'Проект проработан, команда сильная.' };
    expect(await client.saveReview('2020-000101', review)).toMatchObject({ ok: true, data: { status: 'submitted', total: 70 } });
    expect(calls[0]).toEqual({ url: '/api/experts/reviews/2020-000101', method: 'PUT', body: review });
  });

  it('reads the field messages of a refused review and the closed window', async () => {
    const refused = stub(400, { error: { status: 400, name: 'ValidationError', message: 'Проверьте оценку', details: { fields: { 'scores.0.score': ['Оценка — целое число от 0 до 10'] } } } });
    expect(await refused.client.saveReview('2020-000101', { scores: [], overallComment: '' })).toMatchObject({
      ok: false,
      error: { name: 'ValidationError', fields: { 'scores.0.score': ['Оценка — целое число от 0 до 10'] } },
    });
    const closed = stub(403, { error: { status: 403, name: 'ScoringClosed', message: 'Оценки принимаются только во время основного отбора', details: {} } });
    expect(await closed.client.saveReview('2020-000101', { scores: [], overallComment: '' })).toMatchObject({ ok: false, error: { status: 403, name: 'ScoringClosed' } });
  });

  it('asks for the desk, a link, a conflict and the logout at their addresses', async () => {
    const desk = stub(401, { error: { status: 401, name: 'Unauthorized', message: 'Войдите в кабинет эксперта по личной ссылке из письма.', details: {} } });
    expect(await desk.client.desk()).toMatchObject({ ok: false, error: { status: 401 } });
    expect(desk.calls[0]).toMatchObject({ url: '/api/experts/desk', method: 'GET' });

    const link = stub(202, { sent: true, message: 'Если этот адрес есть в экспертном совете, на него отправлена ссылка для входа.' });
    expect(await link.client.requestLink('anna@example.org')).toMatchObject({ ok: true, status: 202 });
    expect(link.calls[0]).toEqual({ url: '/api/experts/link', method: 'POST', body: { email: 'anna@example.org' } });

    const conflict = stub(200, { reassigned: true });
    expect(await conflict.client.declareConflict('2020-000101', 'Работала с командой')).toMatchObject({ ok: true, data: { reassigned: true } });
    expect(conflict.calls[0]).toEqual({ url: '/api/experts/conflicts/2020-000101', method: 'POST', body: { reason: 'Работала с командой' } });

    const logout = stub(200, { signedIn: false });
    expect(await logout.client.logout()).toMatchObject({ ok: true });
    expect(logout.calls[0]).toMatchObject({ url: '/api/experts/logout', method: 'POST' });
  });
});
