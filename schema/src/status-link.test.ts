import { describe, expect, it } from 'vitest';
import { statusToken, verifyStatusToken } from './status-link.js';

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
