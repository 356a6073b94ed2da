import { describe, expect, it } from 'vitest';
import { FailureBackoff, RateLimiter } from './rate-limit.js';

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

describe('FailureBackoff', () => {
  const rule = { free: 3, baseSeconds: 15, maxSeconds: 900, forgetSeconds: 3600 };

  it('forgives a few failures, then makes each further try wait twice as long, up to a ceiling', () => {
    let now = 0;
    const backoff = new FailureBackoff(rule, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(backoff.wait('1.2.3.4')).toBe(0);
      backoff.fail('1.2.3.4');
    }
    expect(backoff.wait('1.2.3.4')).toBe(15);
    expect(backoff.wait('5.6.7.8')).toBe(0);
    now = 15_000;
    expect(backoff.wait('1.2.3.4')).toBe(0);
    backoff.fail('1.2.3.4');
    expect(backoff.wait('1.2.3.4')).toBe(30);
    for (let i = 0; i < 10; i += 1) backoff.fail('1.2.3.4');
    expect(backoff.wait('1.2.3.4')).toBe(900);
  });

  it('forgets a key some time after its last failure', () => {
    let now = 0;
    const backoff = new FailureBackoff(rule, () => now);
    for (let i = 0; i < 6; i += 1) backoff.fail('1.2.3.4');
    expect(backoff.wait('1.2.3.4')).toBeGreaterThan(0);
    now = 3_600_000;
    expect(backoff.wait('1.2.3.4')).toBe(0);
    backoff.fail('1.2.3.4');
    expect(backoff.wait('1.2.3.4')).toBe(0);
  });
});
