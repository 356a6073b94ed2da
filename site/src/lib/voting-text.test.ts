import { describe, expect, it } from 'vitest';
import { codeRequestHint, codeSentHint, portalNowFigures, refinementStatsText, resendHint, voteResultMessage, votesText } from './voting-text.ts';

const r = (response: 'none' | 'accepted' | 'declined') => ({ response });

describe('voteResultMessage', () => {
  it('says what each answer of the server means', () => {
    expect(voteResultMessage('project', 'counted')).toBe('Ваш голос учтён');
    expect(voteResultMessage('project', 'already')).toBe('Вы уже поддержали этот проект — голос учитывается один раз');
    expect(voteResultMessage('idea', 'already')).toBe('Вы уже поддержали эту идею — голос учитывается один раз');
    expect(voteResultMessage('idea', 'withdrawn')).toBe('Голос отозван');
    expect(voteResultMessage('project', 'not-voted')).toMatch(/не голосовали за этот проект/);
  });
});

describe('votesText', () => {
  it.each([
    [0, '0 голосов'],
    [1, '1 голос'],
    [3, '3 голоса'],
    [11, '11 голосов'],
    [21, '21 голос'],
    [1234, '1\u00a0234 голоса'],
  ])('%d → %s', (n, text) => expect(votesText(n)).toBe(text));
});

describe('refinementStatsText', () => {
  it('counts refinements with the right form and the share taken into account', () => {
    expect(refinementStatsText([])).toBe('Доработок пока нет');
    expect(refinementStatsText([r('accepted')])).toBe('1 доработка, 100\u00a0% учтено');
    expect(refinementStatsText([r('accepted'), r('declined'), r('none')])).toBe('3 доработки, 33\u00a0% учтено');
    expect(refinementStatsText(Array.from({ length: 5 }, (_, i) => r(i < 2 ? 'accepted' : 'none')))).toBe('5 доработок, 40\u00a0% учтено');
    expect(refinementStatsText(Array.from({ length: 21 }, () => r('none')))).toBe('21 доработка, 0\u00a0% учтено');
  });
});

describe('the sign-in hints', () => {
  it('before the code: the schema’s length and lifetime', () => {
    expect(codeRequestHint).toContain('код из 6 цифр, он действует 10 минут');
  });

  it('after the code: where it went and until when, from the server’s numbers', () => {
    const sentAt = Date.UTC(2020, 1, 10, 9, 0);
    expect(codeSentHint('i***@mail.ru', sentAt + 600_000, sentAt, 'Europe/Moscow')).toBe(
      'Код отправлен на i***@mail.ru. Он действует 10 минут — до 12:10. Не пришёл — проверьте папку «Спам».',
    );
  });

  it('resend: a wait while it is early, nothing once allowed', () => {
    expect(resendHint(60_000, 0)).toBe('Новый код можно запросить через 1 минуту.');
    expect(resendHint(60_000, 30_500)).toBe('Новый код можно запросить через 30 секунд.');
    expect(resendHint(60_000, 60_000)).toBe('');
  });
});

describe('portalNowFigures', () => {
  it('votes, approved refinements and the share taken into account, as of the counts', () => {
    const figures = portalNowFigures({ total: 1234, generatedAt: '2020-02-25T09:00:00.000Z' }, [r('accepted'), r('declined')]);
    expect(figures.map((f) => [f.value, f.unit, f.label])).toEqual([
      [1234, null, 'голоса жителей за проекты и идеи'],
      [2, null, 'доработки жителей на страницах проектов, после проверки модераторами'],
      [50, '%', 'доработок учтено командами проектов'],
    ]);
    expect(figures.every((f) => f.asOf === '2020-02-25')).toBe(true);
  });

  it('leaves the share out while there are no refinements, and the date when the CMS gave none', () => {
    const figures = portalNowFigures({ total: 0, generatedAt: '' }, []);
    expect(figures.map((f) => f.label)).toEqual(['голосов жителей за проекты и идеи', 'доработок жителей на страницах проектов, после проверки модераторами']);
    expect(figures[0]?.asOf).toBeNull();
  });
});
