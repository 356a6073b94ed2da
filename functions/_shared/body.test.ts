import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJson } from './body.js';
import { HttpError } from './errors.js';

const Schema = z.object({ name: z.string().min(1, 'Укажите имя'), size: z.number().int().max(5, 'Не больше 5') });

const post = (body: BodyInit | null, type = 'application/json') =>
  new Request('http://localhost/api/x', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

async function failure(req: Request, maxBytes = 1024) {
  try {
    await readJson(req, Schema, { maxBytes });
  } catch (error) {
    if (error instanceof HttpError) {
      const res = error.toResponse();
      return { status: res.status, body: (await res.json()) as { error: { message: string; details: { fields?: Record<string, string[]> } } } };
    }
    throw error;
  }
  throw new Error('expected a failure');
}

describe('readJson: every bad body is a 4xx in the one error shape', () => {
  it('accepts a valid body', async () => {
    await expect(readJson(post('{"name":"Команда","size":3}'), Schema, { maxBytes: 1024 })).resolves.toEqual({ name: 'Команда', size: 3 });
  });

  it.each([
    ['wrong content type', post('{"name":"a","size":1}', 'text/plain'), 415, /JSON/],
    ['no content type', post('{"name":"a","size":1}', ''), 415, /JSON/],
    ['empty body', post(''), 400, /Пустой запрос/],
    ['not JSON', post('{name:'), 400, /корректным JSON/],
    ['invalid UTF-8', post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, /UTF-8/],
  ])('%s → %i', async (_name, req, status, message) => {
    const { status: got, body } = await failure(req);
    expect(got).toBe(status);
    expect(body.error.message).toMatch(message);
  });

  it('refuses a body over the limit, even without Content-Length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(5000), size: 1 });
    const stream = new Blob([big]).stream();
    const req = new Request('http://localhost/api/x', { method: 'POST', body: stream, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
    const { status, body } = await failure(req);
    expect(status).toBe(413);
    expect(body.error.message).toMatch(/не более 1 КБ/);
  });

  it('names each invalid field with its Russian message', async () => {
    const { status, body } = await failure(post('{"name":"","size":7}'));
    expect(status).toBe(422);
    expect(body.error.details.fields).toEqual({ name: ['Укажите имя'], size: ['Не больше 5'] });
  });
});
