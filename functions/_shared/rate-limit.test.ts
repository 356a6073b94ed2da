import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('lets `limit` hits through per window and tells how long to wait after that', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.hit('1.2.3.4')).toBe(0);
    expect(limiter.hit('1.2.3.4')).toBe(0);
    expect(limiter.hit('1.2.3.4')).toBe(60);
    expect(limiter.hit('5.6.7.8')).toBe(0);
    now = 30_000;
    expect(limiter.hit('1.2.3.4')).toBe(30);
    now = 60_000;
    expect(limiter.hit('1.2.3.4')).toBe(0);
  });
});
