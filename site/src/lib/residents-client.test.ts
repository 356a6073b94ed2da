import { describe, expect, it } from 'vitest';
import type { Fetch } from './api.ts';
import { residentsClient } from './residents-client.ts';

/** A fetch that records each request and answers `answer`. */
function recorder(answer: { status: number; body: unknown }) {
  const requests: Array<{ url: string; method: string | undefined; body: unknown }> = [];
  const fetchStub: Fetch = async (url, init) => {
    requests.push({ url, method: init?.method, body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body });
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  return { requests, fetchStub };
}

describe('residentsClient', () => {
  it('asks for a code with the address only, and passes the honeypot on when a bot filled it', async () => {
    const { requests, fetchStub } = recorder({ status: 202, body: { sentTo: 'i***@mail.ru', expiresInSeconds: 600, resendAfterSeconds: 60 } });
    const client = residentsClient(fetchStub);
    await expect(client.requestCode('ivan@mail.ru')).resolves.toMatchObject({ ok: true, data: { sentTo: 'i***@mail.ru' } });
    await client.requestCode('ivan@mail.ru', '');
    await client.requestCode('ivan@mail.ru', 'http://spam');
    expect(requests.map((r) => r.body)).toEqual([{ email: 'ivan@mail.ru' }, { email: 'ivan@mail.ru' }, { email: 'ivan@mail.ru', website: 'http://spam' }]);
    expect(requests[0]).toMatchObject({ url: '/api/residents/code', method: 'POST' });
  });

  it('casts with POST and withdraws with DELETE, the same body', async () => {
    const { requests, fetchStub } = recorder({ status: 200, body: { status: 'withdrawn', count: 2 } });
    const client = residentsClient(fetchStub);
    await client.vote({ idea: 'idea0000000000000001' });
    await expect(client.withdraw({ idea: 'idea0000000000000001' })).resolves.toEqual({ ok: true, status: 200, data: { status: 'withdrawn', count: 2 } });
    expect(requests).toEqual([
      { url: '/api/votes', method: 'POST', body: { idea: 'idea0000000000000001' } },
      { url: '/api/votes', method: 'DELETE', body: { idea: 'idea0000000000000001' } },
    ]);
  });

  it('signs out on this device with an empty body, everywhere with { everywhere: true }', async () => {
    const { requests, fetchStub } = recorder({ status: 200, body: { signedIn: false } });
    const client = residentsClient(fetchStub);
    await expect(client.logout()).resolves.toMatchObject({ ok: true, data: { signedIn: false } });
    await client.logout(true);
    expect(requests).toEqual([
      { url: '/api/residents/logout', method: 'POST', body: {} },
      { url: '/api/residents/logout', method: 'POST', body: { everywhere: true } },
    ]);
  });

  it('refuses a verify answer that does not sign in', async () => {
    const { fetchStub } = recorder({ status: 200, body: { signedIn: false } });
    await expect(residentsClient(fetchStub).verify('ivan@mail.ru', '123456')).resolves.toMatchObject({ ok: false, error: { name: 'BadAnswer' } });
  });

  it('reads who is signed in and the counts with GET', async () => {
    const { requests, fetchStub } = recorder({ status: 200, body: { signedIn: true, votes: { projects: ['p'], ideas: [] } } });
    await expect(residentsClient(fetchStub).me()).resolves.toMatchObject({ ok: true, data: { signedIn: true } });
    expect(requests[0]).toEqual({ url: '/api/residents/me', method: 'GET', body: null });
  });
});
