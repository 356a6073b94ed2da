import { describe, expect, it } from 'vitest';
import { RefinementAnswerSchema, RefinementTextSchema, VerificationCodeSchema, VoteTargetSchema, isDisposableEmail, refinementStats, residentEmailSchema } from './voting.ts';

describe('a resident\'s email', () => {
  const schema = residentEmailSchema(['spam.example']);

  it('is trimmed and lower-cased, so one person is one voter', () => {
    expect(schema.parse('  Ivan.Petrov@Mail.RU ')).toBe('ivan.petrov@mail.ru');
  });

  it('refuses malformed addresses in Russian', () => {
    for (const bad of ['', 'ivan', 'ivan@', '@mail.ru', 'ivan@@mail.ru', 'ivan@mail', 'иван mail.ru']) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/адрес/i);
    }
  });

  it('refuses throwaway mailboxes, subdomains and the operator\'s own additions', () => {
    expect(isDisposableEmail('x@mailinator.com')).toBe(true);
    expect(isDisposableEmail('x@eu.mailinator.com')).toBe(true);
    expect(isDisposableEmail('x@notmailinator.com')).toBe(false);
    expect(schema.safeParse('x@spam.example').error?.issues[0]?.message).toMatch(/одноразовой почты/);
    expect(schema.safeParse('x@yandex.ru').success).toBe(true);
  });
});

describe('codes, targets, refinements', () => {
  it('a code is exactly 6 digits', () => {
    expect(VerificationCodeSchema.parse(' 012345 ')).toBe('012345');
    for (const bad of ['12345', '1234567', '12a456', '']) expect(VerificationCodeSchema.safeParse(bad).success).toBe(false);
  });

  it('a vote names exactly one project or idea', () => {
    expect(VoteTargetSchema.safeParse({ project: 'abcdefghij0123456789wxyz' }).success).toBe(true);
    expect(VoteTargetSchema.safeParse({ idea: 'abcdefghij0123456789wxyz' }).success).toBe(true);
    expect(VoteTargetSchema.safeParse({ project: 'abcdefghij0123456789wxyz', idea: 'abcdefghij0123456789wxyz' }).success).toBe(false);
    expect(VoteTargetSchema.safeParse({ project: '../etc' }).success).toBe(false);
    expect(VoteTargetSchema.safeParse({}).success).toBe(false);
  });

  it('a refinement is 20–2000 characters after trimming', () => {
    expect(RefinementTextSchema.safeParse(`  ${'а'.repeat(19)}  `).error?.issues[0]?.message).toBe('Доработка — не короче 20 знаков: опишите, что и зачем изменить');
    expect(RefinementTextSchema.safeParse('а'.repeat(2001)).error?.issues[0]?.message).toBe('Доработка — не длиннее 2000 знаков');
    expect(RefinementTextSchema.parse('а'.repeat(20))).toHaveLength(20);
  });

  it('declining a refinement needs a reply to the resident', () => {
    const id = 'abcdefghij0123456789wxyz';
    expect(RefinementAnswerSchema.safeParse({ refinement: id, response: 'declined', reply: '' }).error?.issues[0]?.path).toEqual(['reply']);
    expect(RefinementAnswerSchema.safeParse({ refinement: id, response: 'accepted' }).success).toBe(true);
  });

  it('stats: share of refinements taken into account, none when there are none', () => {
    expect(refinementStats([])).toEqual({ count: 0, accepted: 0, declined: 0, acceptedPercent: null });
    expect(refinementStats([{ response: 'accepted' }, { response: 'declined' }, { response: 'none' }])).toEqual({ count: 3, accepted: 1, declined: 1, acceptedPercent: 33 });
  });
});
