import { describe, expect, it } from 'vitest';
import type { ApiFailure } from './api.ts';
import { countOf, hasVoted, initialResidentModel, residentReducer, SIGN_IN_NEEDED, type ResidentAction, type ResidentModel } from './resident-state.ts';

const P = 'project00000000000001';
const I = 'idea0000000000000001';
const NOW = 1_000_000;

const failure = (status: number, name: string, message: string, extra: Partial<ApiFailure> = {}): ApiFailure => ({
  status,
  name,
  message,
  fields: {},
  retryAfterSeconds: null,
  ...extra,
});

const run = (...actions: ResidentAction[]) => actions.reduce<ResidentModel>(residentReducer, initialResidentModel);

const signedIn = (projects: string[] = [], ideas: string[] = []): ResidentAction => ({ type: 'resident-loaded', resident: { signedIn: true, votes: { projects, ideas } } });

describe('residentReducer: votes', () => {
  it('counts a vote: voted, the server’s count, the message', () => {
    const state = run(signedIn(), { type: 'busy', origin: `project:${P}` }, { type: 'vote-done', target: { project: P }, result: { status: 'counted', count: 13 } });
    expect(hasVoted(state, { project: P })).toBe(true);
    expect(countOf(state, { project: P }, 12)).toBe(13);
    expect(state.messages[`project:${P}`]).toBe('Ваш голос учтён');
    expect(state.busy).toEqual([]);
  });

  it('says a second vote is counted once, and a withdrawal', () => {
    const again = run(signedIn([P]), { type: 'vote-done', target: { project: P }, result: { status: 'already', count: 13 } });
    expect(again.messages[`project:${P}`]).toBe('Вы уже поддержали этот проект — голос учитывается один раз');
    expect(hasVoted(again, { project: P })).toBe(true);

    const withdrawn = residentReducer(again, { type: 'vote-done', target: { project: P }, result: { status: 'withdrawn', count: 12 } });
    expect(withdrawn.messages[`project:${P}`]).toBe('Голос отозван');
    expect(hasVoted(withdrawn, { project: P })).toBe(false);
    expect(countOf(withdrawn, { project: P }, 0)).toBe(12);

    const idea = run(signedIn([], [I]), { type: 'vote-done', target: { idea: I }, result: { status: 'already', count: 2 } });
    expect(idea.messages[`idea:${I}`]).toBe('Вы уже поддержали эту идею — голос учитывается один раз');
  });

  it('clears the message when a new action starts, so the next one is announced', () => {
    const state = run(signedIn(), { type: 'vote-done', target: { project: P }, result: { status: 'counted', count: 1 } }, { type: 'busy', origin: `project:${P}` });
    expect(state.messages[`project:${P}`]).toBe('');
    expect(state.busy).toEqual([`project:${P}`]);
  });

  it('opens the sign-in with the vote pending on 401, and forgets the votes it knew', () => {
    const state = run(signedIn([P]), { type: 'vote-failed', target: { idea: I }, error: failure(401, 'Unauthorized', 'Войдите'), cast: true });
    expect(state.session).toBe('signed-out');
    expect(state.votes).toEqual({ projects: [], ideas: [] });
    expect(state.signIn).toMatchObject({ origin: `idea:${I}`, pending: { idea: I }, step: 'email' });
    expect(state.messages[`idea:${I}`]).toBe(SIGN_IN_NEEDED.vote);
  });

  it('keeps nothing pending when a withdrawal met 401', () => {
    const state = run({ type: 'vote-failed', target: { project: P }, error: failure(401, 'Unauthorized', 'Войдите'), cast: false });
    expect(state.signIn?.pending).toBeNull();
  });

  it('shows the server’s message for a closed vote or a voided voter', () => {
    const closed = run(signedIn(), { type: 'vote-failed', target: { project: P }, error: failure(403, 'VotingClosed', 'Голосование шло с 13 января по 17 февраля 2020'), cast: true });
    expect(closed.messages[`project:${P}`]).toBe('Голосование шло с 13 января по 17 февраля 2020');
    expect(closed.signIn).toBeNull();
    expect(closed.session).toBe('signed-in');
  });
});

describe('residentReducer: counts', () => {
  it('takes the bulk counts, but not over a count the person’s own vote just returned', () => {
    const state = run(
      { type: 'vote-done', target: { project: P }, result: { status: 'counted', count: 8 } },
      { type: 'counts-loaded', counts: { projects: { [P]: 7, other: 3 }, ideas: { [I]: 2 } } },
    );
    expect(countOf(state, { project: P }, 0)).toBe(8);
    expect(countOf(state, { project: 'other' }, 0)).toBe(3);
    expect(countOf(state, { idea: I }, 0)).toBe(2);
    // The order of lists follows the bulk answer alone.
    expect(state.rankCounts?.projects[P]).toBe(7);
  });

  it('falls back to the build’s count until a live one arrives', () => {
    expect(countOf(initialResidentModel, { idea: I }, 5)).toBe(5);
  });
});

describe('residentReducer: sign-in', () => {
  const open: ResidentAction = { type: 'sign-in-opened', origin: `project:${P}`, pending: { project: P }, message: SIGN_IN_NEEDED.vote };
  const sent: ResidentAction = { type: 'code-sent', sent: { sentTo: 'i***@mail.ru', expiresInSeconds: 600, resendAfterSeconds: 60 }, now: NOW };

  it('moves to the code with the server’s timings', () => {
    const state = run(open, { type: 'code-requested', email: 'ivan@mail.ru' }, sent);
    expect(state.signIn).toMatchObject({ step: 'code', email: 'ivan@mail.ru', sentTo: 'i***@mail.ru', sentAt: NOW, expiresAt: NOW + 600_000, resendAt: NOW + 60_000, busy: false });
  });

  it('puts the server’s email message beside the field, and a 429 wait on the resend', () => {
    const invalid = run(open, { type: 'code-requested', email: 'x@y.z' }, { type: 'code-refused', error: failure(422, 'ValidationError', 'Проверьте', { fields: { email: ['Адрес с ошибкой'] } }), now: NOW });
    expect(invalid.signIn?.errors).toEqual({ email: ['Адрес с ошибкой'] });
    const tooSoon = run(open, sent, { type: 'code-refused', error: failure(429, 'TooManyRequests', 'Новый код — через минуту', { retryAfterSeconds: 90 }), now: NOW + 1000 });
    expect(tooSoon.signIn?.resendAt).toBe(NOW + 1000 + 90_000);
    expect(tooSoon.signIn?.message).toBe('Новый код — через минуту');
  });

  it('keeps a wrong code beside the field; an expired one or too many tries need a new code', () => {
    const wrong = run(open, sent, { type: 'verify-started' }, { type: 'verify-refused', error: failure(400, 'CodeInvalid', 'Неверный код: осталось 3 попытки'), now: NOW });
    expect(wrong.signIn).toMatchObject({ errors: { code: ['Неверный код: осталось 3 попытки'] }, needsNewCode: false, busy: false });

    const expired = run(open, sent, { type: 'verify-refused', error: failure(410, 'CodeExpired', 'Код устарел'), now: NOW + 5000 });
    expect(expired.signIn).toMatchObject({ errors: { code: ['Код устарел'] }, needsNewCode: true, resendAt: NOW + 5000 });

    const tooMany = run(open, sent, { type: 'verify-refused', error: failure(429, 'TooManyAttempts', 'Слишком много попыток: запросите новый код'), now: NOW + 5000 });
    expect(tooMany.signIn).toMatchObject({ needsNewCode: true, errors: { code: ['Слишком много попыток: запросите новый код'] } });

    const fields = run(open, sent, { type: 'verify-refused', error: failure(422, 'ValidationError', 'x', { fields: { code: ['Код — 6 цифр из письма'] } }), now: NOW });
    expect(fields.signIn?.errors).toEqual({ code: ['Код — 6 цифр из письма'] });
  });

  it('signs in: closes the form, knows the votes, asks to focus where it started', () => {
    const state = run(open, sent, { type: 'verified', votes: { projects: [P], ideas: [] } });
    expect(state.session).toBe('signed-in');
    expect(state.signIn).toBeNull();
    expect(hasVoted(state, { project: P })).toBe(true);
    expect(state.focus).toEqual({ origin: `project:${P}`, seq: 1 });
  });

  it('moves the one form to another button and keeps a code already sent', () => {
    const state = run(open, sent, { type: 'sign-in-opened', origin: `idea:${I}`, pending: { idea: I }, message: SIGN_IN_NEEDED.vote });
    expect(state.signIn).toMatchObject({ origin: `idea:${I}`, pending: { idea: I }, step: 'code', sentTo: 'i***@mail.ru' });
  });

  it('cancels back to the button, and can go back to the address', () => {
    expect(run(open, { type: 'sign-in-cancelled' })).toMatchObject({ signIn: null, focus: { origin: `project:${P}` } });
    expect(run(open, sent, { type: 'sign-in-edit-email' }).signIn?.step).toBe('email');
  });
});

describe('residentReducer: refinements and signing out', () => {
  it('asks for the code when the session ended, and thanks when sent', () => {
    const expired = run(signedIn(), { type: 'busy', origin: 'refinement' }, { type: 'refinement-failed', error: failure(401, 'Unauthorized', 'Войдите') });
    expect(expired.signIn?.origin).toBe('refinement');
    expect(expired.messages.refinement).toBe(SIGN_IN_NEEDED.refinement);
    const done = run(signedIn(), { type: 'refinement-done', text: 'Спасибо!' });
    expect(done.messages.refinement).toBe('Спасибо!');
  });

  it('leaves field messages to the field and says the rest', () => {
    const fields = run(signedIn(), { type: 'refinement-failed', error: failure(422, 'ValidationError', 'x', { fields: { text: ['Коротко'] } }) });
    expect(fields.messages.refinement).toBe('Доработка не отправлена: исправьте текст.');
    const limited = run(signedIn(), { type: 'refinement-failed', error: failure(429, 'TooManyRequests', 'Не больше 5 доработок в день') });
    expect(limited.messages.refinement).toBe('Не больше 5 доработок в день');
  });

  it('forgets the votes on sign-out', () => {
    const state = run(signedIn([P], [I]), { type: 'signed-out', origin: `project:${P}` });
    expect(state).toMatchObject({ session: 'signed-out', votes: { projects: [], ideas: [] } });
    expect(state.messages[`project:${P}`]).toMatch(/^Вы вышли/);
  });
});
