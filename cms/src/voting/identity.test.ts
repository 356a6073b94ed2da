import { describe, expect, it } from 'vitest';
import { newDocumentId } from './admission';
import { emailProvider, identityHash, sealCode, unsealCode } from './identity';

describe('voter identity', () => {
  it('is a keyed hash: stable for one key, different under another, never the address', () => {
    const a = identityHash('email', 'ivan@mail.ru', 'key-one-0123456789');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(identityHash('email', 'ivan@mail.ru', 'key-one-0123456789')).toBe(a);
    expect(identityHash('email', 'ivan@mail.ru', 'key-two-0123456789')).not.toBe(a);
    // A future provider with the same identifier is another voter.
    expect(identityHash('phone', 'ivan@mail.ru', 'key-one-0123456789')).not.toBe(a);
  });

  it('normalises the email before hashing, so case and spaces do not make a second voter', () => {
    const n = emailProvider.normalise('  Ivan@Mail.RU ');
    expect(n).toEqual({ ok: true, value: 'ivan@mail.ru', address: 'ivan@mail.ru', legacy: null });
    expect(emailProvider.normalise('ivan@mailinator.com')).toMatchObject({ ok: false });
  });

  it('finds the voter by the mailbox\'s canonical form, mails the address as typed, and keeps the legacy form', () => {
    for (const alias of ['Ivan+1@gmail.com', 'i.van@gmail.com', ' ivan@googlemail.com ']) {
      const n = emailProvider.normalise(alias);
      expect(n).toMatchObject({ ok: true, value: 'ivan@gmail.com', address: alias.trim().toLowerCase() });
    }
    expect(emailProvider.normalise('i.van@gmail.com')).toMatchObject({ legacy: 'i.van@gmail.com' });
    expect(emailProvider.normalise('ivan@gmail.com')).toMatchObject({ legacy: null });
  });

  it('seals a code so that only the same key and identity open it', () => {
    const key = 'key-one-0123456789';
    const sealed = sealCode('identity-a', '012345', key);
    expect(sealed).not.toContain('012345');
    expect(unsealCode('identity-a', sealed, key)).toBe('012345');
    expect(unsealCode('identity-b', sealed, key)).toBeNull();
    expect(unsealCode('identity-a', sealed, 'key-two-0123456789')).toBeNull();
    expect(unsealCode('identity-a', null, key)).toBeNull();
    expect(unsealCode('identity-a', 'garbage', key)).toBeNull();
  });

  it('makes document ids in Strapi\'s alphabet', () => {
    const ids = new Set(Array.from({ length: 1000 }, newDocumentId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{24}$/);
  });
});
