import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError, json } from './errors.js';
import { handler, perIp } from './handler.js';
import { RateLimiter } from './rate-limit.js';

const post = (body: unknown, method = 'POST') =>
  new Request('https://portal.example/api/x', { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? null : JSON.stringify(body) });
const ctx = (ip: string) => ({ ip }) as never;

describe('handler', () => {
  const echo = handler(
    { path: '/api/x', method: 'POST' },
    {
      name: 'echo',
      limits: [perIp(new RateLimiter(1, 60_000), (wait) => `Подождите ${wait} с.`)],
      body: { schema: z.object({ n: z.number({ error: 'Число' }), website: z.string().optional() }), maxBytes: 64, honeypot: 'Похоже на бота.' },
      run: async ({ body }) => json(body),
    },
  );

  it('checks the method of the config, the body and the honeypot, and answers the body', async () => {
    expect((await echo(post({}, 'GET'), ctx('10.0.0.1'))).status).toBe(405);
    const invalid = await echo(post({ n: 'x' }), ctx('10.0.0.2'));
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error).toMatchObject({ name: 'ValidationError', details: { fields: { n: ['Число'] } } });
    expect((await (await echo(post({ n: 1, website: 'spam' }), ctx('10.0.0.3'))).json()).error).toMatchObject({ status: 400, name: 'BadRequestError', message: 'Похоже на бота.' });
    expect(await (await echo(post({ n: 2, website: '' }), ctx('10.0.0.4'))).json()).toEqual({ n: 2 });
  });

  it('answers every 429 with retryAfter in the details and the retry-after header', async () => {
    await echo(post({ n: 1 }), ctx('10.0.1.1'));
    const limited = await echo(post({ n: 1 }), ctx('10.0.1.1'));
    expect(limited.status).toBe(429);
    const { error } = await limited.json();
    expect(error).toMatchObject({ name: 'RateLimitError', details: { retryAfter: 60 }, message: 'Подождите 60 с.' });
    expect(limited.headers.get('retry-after')).toBe('60');
  });

  it('maps the CMS’s refusals, and answers anything else 503 with the function’s message', async () => {
    const failing = (error: unknown) => handler({ path: '/api/y' }, { name: 'failing', unavailable: 'Недоступно.', run: async () => Promise.reject(error) });
    const closed = await failing(new HttpError(400, 'VotingClosed', 'Голосование закрыто.'))(post({}), ctx('10.0.2.1'));
    expect(closed.status).toBe(403);
    const gone = await failing(new HttpError(400, 'UnknownExpert', 'Нет такого эксперта.'))(post({}), ctx('10.0.2.1'));
    expect(gone.status).toBe(401);
    expect((await gone.json()).error.name).toBe('UnauthorizedError');
    expect(gone.headers.get('set-cookie')).toMatch(/^portal_expert=;/);
    const broken = await failing(new Error('boom'))(post({}), ctx('10.0.2.1'));
    expect(broken.status).toBe(503);
    expect(await broken.json()).toEqual({ error: { status: 503, name: 'ServiceUnavailableError', message: 'Недоступно.', details: {} } });
  });
});
