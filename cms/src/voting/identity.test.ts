import { describe, expect, it } from 'vitest';
import { newDocumentId } from './admission';
import { emailProvider, identityHash } from './identity';

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
    expect(n).toEqual({ ok: true, value: 'ivan@mail.ru' });
    expect(emailProvider.normalise('ivan@mailinator.com')).toMatchObject({ ok: false });
  });

  it('makes document ids in Strapi\'s alphabet', () => {
    const ids = new Set(Array.from({ length: 1000 }, newDocumentId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{24}$/);
  });
});
