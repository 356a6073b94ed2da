/**
 * Where per-IP limits live. On Netlify each function's `config.rateLimit` (in the function's file)
 * holds at the edge, across all instances, before the function runs; this module's limiter is then
 * idle. Where there is no edge — `netlify dev` (`npm start`, the end-to-end tests) and tests that call
 * a function directly — the limiter below stands in for it, per process. Per-address quotas (codes,
 * votes) live in the CMS's database and hold everywhere.
 */

/** The deploy context Netlify gives a request (`production`, `deploy-preview`, `branch-deploy`); `dev` or none locally. */
function deployContext(): string | undefined {
  const netlify = (globalThis as { Netlify?: { context?: { deploy?: { context?: string } } | null } }).Netlify;
  return netlify?.context?.deploy?.context || undefined;
}

/** True when this request runs on a Netlify deploy, whose edge enforces the functions' `config.rateLimit`. */
export function edgeLimitsHold(): boolean {
  const context = deployContext();
  return context !== undefined && context !== 'dev';
}

/**
 * A fixed-window counter per key (an IP address), in the memory of one function instance: the local
 * stand-in for the edge's limit (see above). It stops a single client hammering one process; it is
 * not a global quota, which the CMS's unique constraints and idempotency keys make up for.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(limit: number, windowMs: number, now: () => number = Date.now) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Counts one hit; answers how long to wait (seconds) when over the limit, else 0 (always 0 on a Netlify deploy). */
  hit(key: string): number {
    if (edgeLimitsHold()) return 0;
    const now = this.now();
    let entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + this.windowMs };
      this.hits.set(key, entry);
      if (this.hits.size > 10_000) this.prune(now);
    }
    entry.count += 1;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}

export interface BackoffRule {
  /** Failures forgiven before any wait (a resident mistypes a code now and then). */
  free: number;
  /** The wait after the first failure beyond `free`, seconds; it doubles with each further one. */
  baseSeconds: number;
  /** The longest wait, seconds. */
  maxSeconds: number;
  /** A key's failures are forgotten this long after its last one, seconds. */
  forgetSeconds: number;
}

/**
 * Slows down a client (an IP address) that keeps failing — wrong one-time codes — instead of
 * punishing the account it aims at: after `free` failures each further try must wait
 * `baseSeconds`·2^k (k = failures beyond `free`, minus one), up to `maxSeconds`. Trying while told to
 * wait is refused and not counted. In one function instance's memory, like RateLimiter: the local
 * stand-in for the platform's per-client limits; the per-code and per-mailbox limits live in the CMS.
 */
export class FailureBackoff {
  private readonly failures = new Map<string, { count: number; last: number }>();
  private readonly rule: BackoffRule;
  private readonly now: () => number;

  constructor(rule: BackoffRule, now: () => number = Date.now) {
    this.rule = rule;
    this.now = now;
  }

  /** How long (seconds) the key must wait before its next try; 0 when it may try now. */
  wait(key: string): number {
    const entry = this.entry(key);
    if (!entry || entry.count < this.rule.free) return 0;
    const delay = Math.min(this.rule.baseSeconds * 2 ** (entry.count - this.rule.free), this.rule.maxSeconds) * 1000;
    return Math.max(0, Math.ceil((entry.last + delay - this.now()) / 1000));
  }

  /** Counts one failure of the key. */
  fail(key: string): void {
    const now = this.now();
    const entry = this.entry(key) ?? { count: 0, last: now };
    entry.count += 1;
    entry.last = now;
    this.failures.set(key, entry);
    if (this.failures.size > 10_000) for (const [k] of this.failures) if (!this.entry(k)) this.failures.delete(k);
  }

  private entry(key: string) {
    const entry = this.failures.get(key);
    return entry && this.now() - entry.last < this.rule.forgetSeconds * 1000 ? entry : undefined;
  }
}
