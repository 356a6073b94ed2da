import { describe, expect, it } from 'vitest';
import { applicationHash, canonicalJson, readStatusToken, statusToken, verifyStatusToken } from './status-link.js';

const secret = 'a-long-enough-secret-for-tests';

describe('status links', () => {
  it('round-trip the reference', () => {
    expect(verifyStatusToken(statusToken('2020-000123', secret), secret)).toBe('2020-000123');
  });
  it('refuse a forged, altered or foreign token', () => {
    const token = statusToken('2020-000123', secret);
    expect(verifyStatusToken(token.replace('2020-000123', '2020-000124'), secret)).toBeNull();
    expect(verifyStatusToken(statusToken('2020-000123', 'another-secret-entirely!'), secret)).toBeNull();
    expect(verifyStatusToken('2020-000123', secret)).toBeNull();
    expect(verifyStatusToken(`${token}x`, secret)).toBeNull();
  });
});

describe('status link versions', () => {
  it('version 1 is the original link; a later version is another link, and neither passes for the other', () => {
    expect(statusToken('2020-000123', secret, 1)).toBe(statusToken('2020-000123', secret));
    const second = statusToken('2020-000123', secret, 2);
    expect(readStatusToken(second, secret)).toEqual({ reference: '2020-000123', version: 2 });
    expect(readStatusToken(statusToken('2020-000123', secret), secret)).toEqual({ reference: '2020-000123', version: 1 });
    expect(readStatusToken(second.replace('.2.', '.3.'), secret)).toBeNull();
    expect(readStatusToken(second.replace('.2.', '.1.'), secret)).toBeNull();
  });
  it('canonical JSON ignores key order but not values', () => {
    expect(applicationHash({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(applicationHash({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }));
    expect(applicationHash({ a: 1 })).not.toBe(applicationHash({ a: 2 }));
    expect(canonicalJson({ b: 'б', a: [true, null] })).toBe('{"a":[true,null],"b":"б"}');
  });
});
