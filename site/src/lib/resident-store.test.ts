import type { VoteTarget } from '@portal/schema';
import { describe, expect, it } from 'vitest';
import type { ApiFailure, ApiResult } from './api.ts';
import { createResidentStore, REFINEMENT_SENT } from './resident-store.ts';
import type { ResidentsClient } from './residents-client.ts';

const P = 'project00000000000001';
const NOW = 5_000_000;
const ok = <T>(data: T, status = 200): ApiResult<T> => ({ ok: true, status, data });
const refused = (status: number, name: string, message: string, extra: Partial<ApiFailure> = {}): ApiResult<never> => ({
  ok: false,
  error: { status, name, message, fields: {}, retryAfterSeconds: null, ...extra },
});

/** A client whose answers the test sets; every call is recorded. */
function fakeClient(overrides: Partial<ResidentsClient> = {}) {
  const calls: string[] = [];
  const record =
    <A extends unknown[], R>(name: string, answer: (...args: A) => R) =>
    (...args: A) => {
      calls.push(`${name} ${JSON.stringify(args)}`);
      return answer(...args);
    };
  const base: ResidentsClient = {
    me: async () => ok({ signedIn: false as const }),
    requestCode: async () => ok({ sentTo: 'i***@mail.ru', expiresInSeconds: 600, resendAfterSeconds: 60 }, 202),
    verify: async () => ok({ signedIn: true as const, votes: { projects: [], ideas: [] } }),
    logout: async () => ok({ signedIn: false as const }),
    vote: async () => ok({ status: 'counted' as const, count: 4 }, 201),
    withdraw: async () => ok({ status: 'withdrawn' as const, count: 3 }),
    counts: async () => ok({ projects: { [P]: 3 }, ideas: {}, total: 3, generatedAt: '2020-02-10T10:00:00Z' }),
    proposeRefinement: async () => ok({ status: 'pending' as const }, 201),
  };
  const merged = { ...base, ...overrides };
  const client = Object.fromEntries(Object.entries(merged).map(([name, fn]) => [name, record(name, fn as (...a: unknown[]) => unknown)])) as unknown as ResidentsClient;
  return { client, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the resident store', () => {
  it('loads the session and the counts once, however many islands start it', async () => {
    const { client, calls } = fakeClient();
    const store = createResidentStore(client, () => NOW);
    store.start();
    store.start();
    await settle();
    expect(calls.filter((c) => c.startsWith('me')).length).toBe(1);
    expect(calls.filter((c) => c.startsWith('counts')).length).toBe(1);
    expect(store.getState().session).toBe('signed-out');
    expect(store.getState().counts.projects[P]).toBe(3);
  });

  it('signed out: the button opens the sign-in, and after the code the vote is cast by itself', async () => {
    const { client, calls } = fakeClient();
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();

    await store.vote({ project: P });
    expect(calls.some((c) => c.startsWith('vote'))).toBe(false);
    expect(store.getState().signIn).toMatchObject({ origin: `project:${P}`, pending: { project: P } });

    await store.requestCode('  Ivan@Mail.RU ');
    expect(calls).toContain('requestCode ["ivan@mail.ru",null]');
    expect(store.getState().signIn).toMatchObject({ step: 'code', resendAt: NOW + 60_000 });

    await store.verify(' 123456 ');
    expect(calls).toContain('verify ["ivan@mail.ru","123456"]');
    expect(calls).toContain(`vote [${JSON.stringify({ project: P } satisfies VoteTarget)}]`);
    const state = store.getState();
    expect(state.session).toBe('signed-in');
    expect(state.signIn).toBeNull();
    expect(state.votes.projects).toEqual([P]);
    expect(state.counts.projects[P]).toBe(4);
    expect(state.messages[`project:${P}`]).toBe('Ваш голос учтён');
  });

  it('session unknown: tries the vote, and a 401 asks for the code', async () => {
    const { client } = fakeClient({ vote: async () => refused(401, 'Unauthorized', 'Войдите') });
    const store = createResidentStore(client, () => NOW);
    await store.vote({ idea: 'idea0000000000000001' });
    expect(store.getState().signIn?.origin).toBe('idea:idea0000000000000001');
  });

  it('checks the address and the code with the schema before asking the server', async () => {
    const { client, calls } = fakeClient();
    const store = createResidentStore(client, () => NOW);
    store.openSignIn(`project:${P}`, { project: P });
    await store.requestCode('ivan@mailinator.com');
    expect(store.getState().signIn?.errors.email?.[0]).toMatch(/одноразовой почты/);
    await store.requestCode('ivan@mail.ru');
    await store.verify('12a');
    expect(store.getState().signIn?.errors.code).toEqual(['Код — 6 цифр из письма']);
    expect(calls.filter((c) => c.startsWith('requestCode') || c.startsWith('verify'))).toEqual(['requestCode ["ivan@mail.ru",null]']);
  });

  it('does not ask for a new code before the server allows one, and says when', async () => {
    let now = NOW;
    const { client, calls } = fakeClient();
    const store = createResidentStore(client, () => now);
    store.openSignIn('refinement');
    await store.requestCode('ivan@mail.ru');
    now = NOW + 15_000;
    await store.requestCode('ivan@mail.ru');
    expect(store.getState().signIn?.message).toBe('Новый код можно запросить через 45 секунд.');
    now = NOW + 60_000;
    await store.requestCode('ivan@mail.ru');
    expect(calls.filter((c) => c.startsWith('requestCode'))).toHaveLength(2);
  });

  it('after too many tries sends nothing until a new code is requested', async () => {
    const { client, calls } = fakeClient({ verify: async () => refused(429, 'TooManyAttempts', 'Слишком много попыток: запросите новый код') });
    const store = createResidentStore(client, () => NOW);
    store.openSignIn(`project:${P}`, { project: P });
    await store.requestCode('ivan@mail.ru');
    await store.verify('111111');
    await store.verify('222222');
    expect(calls.filter((c) => c.startsWith('verify'))).toHaveLength(1);
    expect(store.getState().signIn?.message).toBe('Этот код больше не действует: запросите новый.');
  });

  it('withdraws a vote', async () => {
    const { client } = fakeClient({ me: async () => ok({ signedIn: true as const, votes: { projects: [P], ideas: [] } }) });
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();
    await store.withdraw({ project: P });
    expect(store.getState().votes.projects).toEqual([]);
    expect(store.getState().messages[`project:${P}`]).toBe('Голос отозван');
  });

  it('sends a refinement checked by the schema, and thanks', async () => {
    const { client, calls } = fakeClient({ me: async () => ok({ signedIn: true as const, votes: { projects: [], ideas: [] } }) });
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();
    expect(await store.proposeRefinement(P, 'коротко')).toEqual({ sent: false, fields: { text: [expect.stringMatching(/не короче 20 знаков/)] } });
    expect(await store.proposeRefinement(P, '  Добавьте освещение вдоль набережной.  ')).toEqual({ sent: true, fields: {} });
    expect(calls).toContain(`proposeRefinement ["${P}","Добавьте освещение вдоль набережной."]`);
    expect(store.getState().messages.refinement).toBe(REFINEMENT_SENT);
  });

  it('hands the server’s text messages to the refinement form', async () => {
    const { client } = fakeClient({
      me: async () => ok({ signedIn: true as const, votes: { projects: [], ideas: [] } }),
      proposeRefinement: async () => refused(422, 'ValidationError', 'Проверьте текст', { fields: { text: ['Текст похож на рекламу'] } }),
    });
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();
    expect(await store.proposeRefinement(P, 'Добавьте освещение вдоль набережной.')).toEqual({ sent: false, fields: { text: ['Текст похож на рекламу'] } });
  });

  it('signed out, the refinement form opens the sign-in instead of sending', async () => {
    const { client, calls } = fakeClient();
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();
    await store.proposeRefinement(P, 'Добавьте освещение вдоль набережной.');
    expect(calls.some((c) => c.startsWith('proposeRefinement'))).toBe(false);
    expect(store.getState().signIn?.origin).toBe('refinement');
  });
});

describe('signing out', () => {
  it('on this device, or everywhere («Выйти на всех устройствах»), saying which', async () => {
    const { client, calls } = fakeClient({ me: async () => ok({ signedIn: true as const, votes: { projects: [P], ideas: [] } }) });
    const store = createResidentStore(client, () => NOW);
    store.start();
    await settle();
    await store.logout(`project:${P}`, true);
    expect(calls.filter((c) => c.startsWith('logout'))).toEqual(['logout [true]']);
    expect(store.getState()).toMatchObject({ session: 'signed-out', votes: { projects: [], ideas: [] } });
    expect(store.getState().messages[`project:${P}`]).toBe('Вы вышли на всех устройствах. Чтобы голосовать снова, подтвердите почту ещё раз.');
    await store.logout(`project:${P}`);
    expect(calls.filter((c) => c.startsWith('logout'))).toEqual(['logout [true]', 'logout [false]']);
    expect(store.getState().messages[`project:${P}`]).toBe('Вы вышли. Чтобы голосовать снова, подтвердите почту ещё раз.');
  });
});
