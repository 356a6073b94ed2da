// Keeps one of the portal's processes running for `npm start` (scripts/serve.ts): restarts it when
// it exits or stops answering its health probes, with a back-off and a limit, and gives up — so that
// the caller stops everything and exits non-zero — when it keeps failing. Never a dead portal that
// looks alive.
import { EventEmitter } from 'node:events';

/** A started service: what `start` resolves to. */
export interface Supervised {
  /** Resolves with the exit code once the service has stopped, whatever stopped it. */
  readonly exited: Promise<number>;
  /** Stops the service (idempotent). */
  stop(): Promise<void>;
}

/** A periodic question to a running service; not answering for `deadAfterMs` counts as dead. */
export interface Probe {
  /** What is asked, for the messages: "Strapi (/_health)", "the site". */
  name: string;
  /** Resolves when the service answered; rejects (or is aborted by `signal`) when it did not. */
  check(signal: AbortSignal): Promise<void>;
  intervalMs: number;
  /** One check's limit. */
  timeoutMs: number;
  /** How long the service may go without answering before it is treated as dead. */
  deadAfterMs: number;
}

export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; one more failure inside the window gives up. */
  maxRestarts: number;
  windowMs: number;
  /** The wait before the 1st, 2nd, … restart within the window (the last one repeats). */
  backoffMs: readonly number[];
}

export const DEFAULT_POLICY: RestartPolicy = { maxRestarts: 3, windowMs: 5 * 60_000, backoffMs: [1000, 3000, 10_000] };

export interface SupervisorOptions<T extends Supervised> {
  /** The service's name in messages: "Strapi", "netlify dev". */
  name: string;
  /**
   * Starts the service and resolves once it is ready; `signal` aborts a start in progress (stop()).
   * `restart` is 0 for the first start, then 1, 2, … (a restart appends to its log, say).
   */
  start(signal: AbortSignal, restart: number): Promise<T>;
  /** The probes of a started service. */
  probes?(service: NoInfer<T>): Probe[];
  policy?: Partial<RestartPolicy>;
  log?(message: string): void;
  /** Where to look when it fails, appended to messages: "see .run/cms.log". */
  hint?: string;
}

/** How supervision ended: 0 when stopped, 1 when the service kept failing and it gave up. */
export interface Outcome {
  code: number;
  reason: string;
}

/**
 * Events (for the tests and the caller): `died` (reason), `restarting` ({ attempt, delayMs }: the
 * attempt within the window), `restarted` (service, n: the n-th restart since the first start),
 * `restart-failed` (error), `gave-up` (Outcome).
 */
export class Supervisor<T extends Supervised> extends EventEmitter {
  readonly name: string;
  /** Settles once: { code: 1 } when it gave up, { code: 0 } when stopped. */
  readonly outcome: Promise<Outcome>;
  private readonly options: SupervisorOptions<T>;
  private readonly policy: RestartPolicy;
  private readonly log: (message: string) => void;
  private readonly controller = new AbortController();
  private readonly restarts: number[] = [];
  private restartCount = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private resolveOutcome!: (outcome: Outcome) => void;
  private settled = false;
  private service: T | null = null;
  /** The start or restart in progress, so that stop() can wait for it and stop what it started. */
  private pending: Promise<unknown> | null = null;

  constructor(options: SupervisorOptions<T>) {
    super();
    this.name = options.name;
    this.options = options;
    this.policy = { ...DEFAULT_POLICY, ...options.policy };
    this.log = options.log ?? (() => undefined);
    this.outcome = new Promise((resolve) => (this.resolveOutcome = resolve));
  }

  /** The running service, or null between a failure and the restart. */
  get current(): T | null {
    return this.service;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  /** The first start. Its failure is the caller's (a broken set-up is not retried): it throws. */
  start(): Promise<T> {
    const starting = (async () => {
      const service = await this.options.start(this.controller.signal, 0);
      if (this.stopped) {
        await service.stop();
        throw new Error(`${this.name} was stopped while starting`);
      }
      this.watch(service);
      return service;
    })();
    this.pending = starting.finally(() => (this.pending = null));
    return starting;
  }

  /** Stops supervising and the service; a restart in progress is aborted. */
  async stop(): Promise<void> {
    if (!this.stopped) this.controller.abort();
    this.clearTimers();
    const service = this.service;
    this.service = null;
    await Promise.allSettled([service?.stop(), this.pending]);
    this.settle({ code: 0, reason: `${this.name} stopped` });
  }

  private settle(outcome: Outcome): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveOutcome(outcome);
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private watch(service: T): void {
    this.service = service;
    void service.exited.then((code) => this.died(service, `exited with code ${code}`, false));
    for (const probe of this.options.probes?.(service) ?? []) this.runProbe(service, probe);
  }

  private runProbe(service: T, probe: Probe): void {
    let lastAnswer = Date.now();
    const tick = async () => {
      if (this.service !== service) return;
      try {
        await probe.check(AbortSignal.any([AbortSignal.timeout(probe.timeoutMs), this.controller.signal]));
        lastAnswer = Date.now();
      } catch {
        const silentMs = Date.now() - lastAnswer;
        if (silentMs >= probe.deadAfterMs && this.service === service) {
          this.died(service, `has not answered (${probe.name}) for ${Math.round(silentMs / 1000)} s`, true);
          return;
        }
      }
      schedule();
    };
    const schedule = () => {
      if (this.service !== service) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void tick();
      }, probe.intervalMs);
      timer.unref();
      this.timers.add(timer);
    };
    schedule();
  }

  private died(service: T, reason: string, hung: boolean): void {
    if (this.stopped || this.service !== service) return;
    this.service = null;
    this.clearTimers();
    const hint = this.options.hint ? `; ${this.options.hint}` : '';
    this.log(`${this.name} ${reason}${hint}.`);
    this.emit('died', reason);
    const restart = (async () => {
      // Also after an exit: what the service leaves behind (its children, netlify dev's front proxy)
      // would hold the ports its restart needs.
      if (hung) this.log(`Stopping ${this.name}...`);
      await service.stop().catch(() => undefined);
      await this.restart(reason);
    })();
    this.pending = restart.finally(() => (this.pending = null));
  }

  /** Restarts after the back-off, again after each failed start, until the limit says give up. */
  private async restart(reason: string): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const now = Date.now();
      while (this.restarts.length && now - this.restarts[0]! >= this.policy.windowMs) this.restarts.shift();
      if (this.restarts.length >= this.policy.maxRestarts) {
        const outcome = {
          code: 1,
          reason: `${this.name} failed again after ${this.restarts.length} restarts within ${formatSeconds(this.policy.windowMs)} (last: ${reason}); giving up`,
        };
        this.emit('gave-up', outcome);
        this.settle(outcome);
        return;
      }
      const attempt = this.restarts.length + 1;
      const delayMs = this.policy.backoffMs[Math.min(attempt - 1, this.policy.backoffMs.length - 1)] ?? 0;
      this.restarts.push(now);
      this.log(`Restarting ${this.name} in ${formatSeconds(delayMs)} (restart ${attempt} of at most ${this.policy.maxRestarts} within ${formatSeconds(this.policy.windowMs)})...`);
      this.emit('restarting', { attempt, delayMs });
      if (!(await this.sleep(delayMs))) return;
      try {
        const restart = ++this.restartCount;
        const service = await this.options.start(this.controller.signal, restart);
        if (this.stopped) {
          await service.stop();
          return;
        }
        this.log(`${this.name} is running again.`);
        this.watch(service);
        this.emit('restarted', service, restart);
        return;
      } catch (error) {
        if (this.stopped) return;
        reason = `failed to start again: ${(error as Error).message.split('\n')[0]}`;
        this.log(`${this.name} ${reason}.`);
        this.emit('restart-failed', error);
      }
    }
  }

  /** Resolves true after `ms`, false at once when stopped. */
  private sleep(ms: number): Promise<boolean> {
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}

function formatSeconds(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** A probe that any HTTP answer passes (a status of 500 is an answer); no answer in time fails it. */
export function httpProbe(name: string, url: string, timing: Pick<Probe, 'intervalMs' | 'timeoutMs' | 'deadAfterMs'>): Probe {
  return {
    name,
    ...timing,
    async check(signal) {
      const res = await fetch(url, { signal, headers: { 'user-agent': 'portal-supervisor' } });
      await res.body?.cancel();
    },
  };
}

/**
 * Strapi's probe: its health route. Strapi logs every request, /_health too: asked every 30 s, dead
 * after 90 s without an answer.
 */
export function strapiProbes(strapi: { url: string }): Probe[] {
  return [httpProbe('/_health', `${strapi.url}/_health`, { intervalMs: 30_000, timeoutMs: 10_000, deadAfterMs: 90_000 })];
}

/**
 * netlify dev's probes: the site through the front proxy (a static page) and the functions server
 * on its private port. The functions server logs every request except /favicon.ico, which it
 * answers with 404 without running a function: that is the path asked, so the log stays readable.
 */
export function netlifyProbes(site: { url: string; functionsUrl: string }): Probe[] {
  const timing = { intervalMs: 10_000, timeoutMs: 5000, deadAfterMs: 30_000 };
  return [httpProbe('the site', `${site.url}/`, timing), httpProbe('the functions server', `${site.functionsUrl}/favicon.ico`, timing)];
}
