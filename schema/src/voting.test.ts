import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAILBOX_RULES, RefinementAnswerSchema, RefinementTextSchema, VerificationCodeSchema, VoteTargetSchema, canonicalEmail, isDisposableEmail, refinementStats, residentEmailSchema } from './voting.ts';

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

describe('one mailbox, one voter: the canonical address', () => {
  it('makes the aliases of one Gmail mailbox one address', () => {
    for (const alias of ['ivan+1@gmail.com', 'i.van@gmail.com', 'ivan@googlemail.com', 'I.v.a.n+votes@GoogleMail.com'.toLowerCase()]) {
      expect(canonicalEmail(alias), alias).toBe('ivan@gmail.com');
    }
  });

  it('makes Yandex\'s alias domains, tags and dot-for-hyphen one address', () => {
    for (const alias of ['ivan-petrov@yandex.ru', 'ivan.petrov@ya.ru', 'ivan-petrov+vote@yandex.com', 'ivan.petrov@yandex.by', 'ivan-petrov@yandex.kz', 'ivan-petrov@yandex.ua']) {
      expect(canonicalEmail(alias), alias).toBe('ivan-petrov@yandex.ru');
    }
    // Dots are not ignored by Yandex: «ivanpetrov» is another login.
    expect(canonicalEmail('ivanpetrov@yandex.ru')).not.toBe(canonicalEmail('ivan.petrov@yandex.ru'));
  });

  it('drops tags but keeps dots and the domain at Mail.ru, Microsoft, Apple, Proton', () => {
    expect(canonicalEmail('ivan.petrov+1@mail.ru')).toBe('ivan.petrov@mail.ru');
    expect(canonicalEmail('ivan.petrov@bk.ru')).toBe('ivan.petrov@bk.ru');
    expect(canonicalEmail('ivan+x@outlook.com')).toBe('ivan@outlook.com');
    expect(canonicalEmail('ivan+x@icloud.com')).toBe('ivan@icloud.com');
    expect(canonicalEmail('ivan+x@proton.me')).toBe('ivan@proton.me');
  });

  it('leaves other domains and tag-only logins as typed', () => {
    expect(canonicalEmail('ivan+1@example.ru')).toBe('ivan+1@example.ru');
    expect(canonicalEmail('i.van@example.ru')).toBe('i.van@example.ru');
    expect(canonicalEmail('+tag@gmail.com')).toBe('+tag@gmail.com');
    expect(canonicalEmail('...@gmail.com')).toBe('...@gmail.com');
  });

  const login = fc.stringMatching(/^[a-z0-9]([a-z0-9.\-_]{0,14}[a-z0-9])?$/);
  const tag = fc.stringMatching(/^[a-z0-9.\-]{0,8}$/);
  const domain = fc.constantFrom(...MAILBOX_RULES.keys(), 'example.ru', 'rambler.ru', 'yahoo.com');

  it('is idempotent and keeps a valid address (property)', () => {
    const schema = residentEmailSchema();
    fc.assert(
      fc.property(login, tag, domain, (l, t, d) => {
        const email = `${l}${t ? `+${t}` : ''}@${d}`;
        const once = canonicalEmail(email);
        expect(canonicalEmail(once)).toBe(once);
        if (schema.safeParse(email).success) expect(schema.safeParse(once).success).toBe(true);
      }),
    );
  });

  it('gives a tagged alias the same address as the untagged one, and never merges two domains outside a provider (property)', () => {
    fc.assert(
      fc.property(login, tag, domain, domain, (l, t, d1, d2) => {
        if (MAILBOX_RULES.has(d1)) expect(canonicalEmail(`${l}+${t}@${d1}`)).toBe(canonicalEmail(`${l}@${d1}`));
        const same = canonicalEmail(`${l}@${d1}`) === canonicalEmail(`${l}@${d2}`);
        const oneProvider = d1 === d2 || (MAILBOX_RULES.get(d1)?.domain ?? d1) === (MAILBOX_RULES.get(d2)?.domain ?? d2);
        expect(same).toBe(oneProvider);
      }),
    );
  });
});
