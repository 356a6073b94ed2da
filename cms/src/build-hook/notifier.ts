/**
 * Debounced, retried POST to a build hook (a Netlify build hook in production).
 * Standalone on purpose: no Strapi import, every dependency injectable, so that it is unit-testable.
 *
 * notify() collects changes; once nothing new has arrived for `debounceMs`, one POST goes out with
 * the collected changes. Network errors, timeouts, 429 and 5xx are retried `retries` times with
 * exponential backoff; other answers are final. POSTs never overlap: changes arriving while one is
 * under way go into the next one. The hook URL is a secret and is never logged, only its host.
 */

export interface BuildHookChange {
  /** The Strapi event, e.g. `entry.publish`. */
  event: string;
  /** The content type, e.g. `api::topic.topic`. */
  uid: string;
  documentId?: string | null;
}

export interface BuildHookBody {
  /** The event when all collected changes share one, else `multiple`. */
  event: string;
  /** The content type when all collected changes share one, else `multiple`. */
  uid: string;
  documentIds: string[];
  /** ISO instant of sending. */
  at: string;
}

export interface BuildHookLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface BuildHookOptions {
  url: string;
  /** Quiet period before sending; default 2000. */
  debounceMs?: number;
  /** Attempts after the first; default 3. */
  retries?: number;
  /** First retry delay, doubled each time; default 1000. */
  backoffMs?: number;
  /** Per-attempt timeout; default 10000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  log?: BuildHookLogger;
  now?: () => Date;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface BuildHookResult {
  ok: boolean;
  status: number | null;
  attempts: number;
  body: BuildHookBody;
}

export interface BuildHookNotifier {
  notify(change: BuildHookChange): void;
  /** Sends what is collected now, without waiting for the quiet period; resolves when all sends are done. */
  flush(): Promise<void>;
  /** Changes collected and not yet sent. */
  pending(): number;
}

const silent: BuildHookLogger = { info() {}, warn() {}, error() {} };

export function buildHookBody(changes: readonly BuildHookChange[], at: Date): BuildHookBody {
  const events = new Set(changes.map((c) => c.event));
  const uids = new Set(changes.map((c) => c.uid));
  const documentIds = [...new Set(changes.map((c) => c.documentId).filter((d): d is string => !!d))];
  return {
    event: events.size === 1 ? [...events][0]! : 'multiple',
    uid: uids.size === 1 ? [...uids][0]! : 'multiple',
    documentIds,
    at: at.toISOString(),
  };
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function createBuildHookNotifier(options: BuildHookOptions): BuildHookNotifier {
  const {
    url,
    debounceMs = 2000,
    retries = 3,
    backoffMs = 1000,
    timeoutMs = 10000,
    fetch: doFetch = globalThis.fetch,
    log = silent,
    now = () => new Date(),
    setTimeout: setTimer = (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: clearTimer = (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
    sleep = (ms) => new Promise((resolve) => globalThis.setTimeout(resolve, ms)),
  } = options;
  const host = safeHost(url);

  let collected: BuildHookChange[] = [];
  let timer: unknown = null;
  let chain: Promise<unknown> = Promise.resolve();

  async function send(changes: BuildHookChange[]): Promise<BuildHookResult> {
    const body = buildHookBody(changes, now());
    const summary = `${body.event} ${body.uid} (${changes.length} change${changes.length === 1 ? '' : 's'})`;
    let attempts = 0;
    let status: number | null = null;
    for (;;) {
      attempts += 1;
      try {
        const response = await doFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        // Drain the answer so the connection is released; its content is of no interest.
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          log.info(`build hook: POST to ${host} for ${summary} → ${status} (attempt ${attempts})`);
          return { ok: true, status, attempts, body };
        }
        if (!retryable(status) || attempts > retries) {
          log.error(`build hook: POST to ${host} for ${summary} failed → ${status} (attempt ${attempts}), giving up`);
          return { ok: false, status, attempts, body };
        }
        log.warn(`build hook: POST to ${host} → ${status} (attempt ${attempts}), retrying`);
      } catch (error) {
        status = null;
        const reason = error instanceof Error ? error.name : 'error';
        if (attempts > retries) {
          log.error(`build hook: POST to ${host} for ${summary} failed (${reason}, attempt ${attempts}), giving up`);
          return { ok: false, status, attempts, body };
        }
        log.warn(`build hook: POST to ${host} failed (${reason}, attempt ${attempts}), retrying`);
      }
      await sleep(backoffMs * 2 ** (attempts - 1));
    }
  }

  function dispatch(): Promise<unknown> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (collected.length === 0) return chain;
    const changes = collected;
    collected = [];
    chain = chain.then(() => send(changes)).catch(() => undefined);
    return chain;
  }

  return {
    notify(change) {
      collected.push(change);
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        void dispatch();
      }, debounceMs);
    },
    async flush() {
      await dispatch();
    },
    pending() {
      return collected.length;
    },
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    throw new Error('BUILD_HOOK_URL is not a valid URL');
  }
}
