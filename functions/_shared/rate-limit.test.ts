import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FailureBackoff, RateLimiter } from './rate-limit.js';

const FUNCTIONS = join(import.meta.dirname, '..');
const netlify = globalThis as { Netlify?: unknown };
afterEach(() => {
  delete netlify.Netlify;
});

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

  it('stands in locally (netlify dev, tests) and steps aside on a Netlify deploy, whose edge limits hold', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0);
    netlify.Netlify = { context: { deploy: { context: 'dev' } } };
    expect([limiter.hit('1.2.3.4'), limiter.hit('1.2.3.4')]).toEqual([0, 60]);
    netlify.Netlify = { context: { deploy: { context: 'production' } } };
    expect([limiter.hit('1.2.3.4'), limiter.hit('1.2.3.4')]).toEqual([0, 0]);
  });
});

describe('the functions’ own rate limits at Netlify’s edge', () => {
  type FunctionConfig = { method?: string | string[]; rateLimit?: unknown };
  const files = readdirSync(FUNCTIONS).filter((f) => f.endsWith('.mts'));
  const configs = new Map<string, FunctionConfig>();
  // Loading every function (zod, the shared package) takes a few seconds on a busy machine: once.
  beforeAll(async () => {
    for (const file of files) configs.set(file, ((await import(join(FUNCTIONS, file))) as { config: FunctionConfig }).config);
  }, 60_000);

  // A function that writes or sends mail answers anything but GET (or declares no method at all).
  it.each(files)('%s: limited per IP and site at the edge when it can write', (file) => {
    const config = configs.get(file)!;
    const methods = config.method === undefined ? ['any'] : [config.method].flat();
    if (methods.every((m) => m === 'GET')) return expect(config.rateLimit).toBeUndefined();
    expect(config.rateLimit).toEqual({
      windowLimit: expect.any(Number),
      windowSize: 60,
      aggregateBy: ['ip', 'domain'],
    });
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
