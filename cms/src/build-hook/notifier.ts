/**
 * Debounced, retried POST to a build hook (a Netlify build hook in production).
 * Standalone on purpose: no Strapi import, every dependency injectable, so that it is unit-testable.
 *
 * notify() collects changes; once nothing new has arrived for `debounceMs`, one POST goes out with
 * the collected changes. Bounded both ways, so that a stream of changes (a script, an import) can
 * neither stop the builds nor start one every few seconds:
 *  - a change waits at most `maxWaitMs` (changes arriving faster than the quiet period still build);
 *  - two POSTs start at least `minIntervalMs` apart (a build takes minutes; more would only queue);
 *  - the list of changed documents keeps at most `maxDocumentIds` ids; the rest are counted.
 * Network errors, timeouts, 429 and 5xx are retried `retries` times with exponential backoff; other
 * answers are final. POSTs never overlap: changes arriving while one is under way go into the next
 * one. The hook URL is a secret and is never logged, only its host.
 */

import type { BuildStatusReport } from './status';

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
  /** The changed documents, at most `maxDocumentIds` of them. */
  documentIds: string[];
  /** Changes whose document did not fit in `documentIds`. */
  omitted: number;
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
  /** Longest a change waits, however many follow it; default 60000. */
  maxWaitMs?: number;
  /** Shortest time between the starts of two POSTs (flush excepted); default 60000. */
  minIntervalMs?: number;
  /** Document ids one POST names at most; default 500. */
  maxDocumentIds?: number;
  /** Attempts after the first; default 3. */
  retries?: number;
  /** First retry delay, doubled each time; default 1000. */
  backoffMs?: number;
  /** Per-attempt timeout; default 10000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  log?: BuildHookLogger;
  now?: () => Date;
  /** Milliseconds for the timing rules; default Date.now. */
  clock?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Several CMS instances: what to send in place of this instance's own collected changes (the
   * changes every instance shared, taken so that no other instance sends them too), or null when
   * there is nothing left to send. Unset: the collected changes.
   */
  take?: (own: BuildHookBody) => Promise<BuildHookBody | null>;
  /** Told of each transition, for the editors' home (status.ts): published, building, error. */
  status?: BuildStatusReport;
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
const DEFAULT_MAX_DOCUMENT_IDS = 500;

/**
 * Changes collected for one POST, in bounded memory: the first event and type and whether others
 * differ, at most `limit` distinct document ids and a count of the rest.
 */
function createChangeBatch(limit = DEFAULT_MAX_DOCUMENT_IDS) {
  let changes = 0;
  let event: string | null = null;
  let uid: string | null = null;
  const documentIds = new Set<string>();
  let omitted = 0;
  return {
    add(change: BuildHookChange) {
      changes += 1;
      event = event === null || event === change.event ? change.event : 'multiple';
      uid = uid === null || uid === change.uid ? change.uid : 'multiple';
      const id = change.documentId;
      if (!id || documentIds.has(id)) return;
      if (documentIds.size < limit) documentIds.add(id);
      else omitted += 1;
    },
    get size() {
      return changes;
    },
    body(at: Date): BuildHookBody {
      return { event: event ?? 'multiple', uid: uid ?? 'multiple', documentIds: [...documentIds], omitted, at: at.toISOString() };
    },
  };
}
type ChangeBatch = ReturnType<typeof createChangeBatch>;

export function buildHookBody(changes: readonly BuildHookChange[], at: Date, limit = DEFAULT_MAX_DOCUMENT_IDS): BuildHookBody {
  const batch = createChangeBatch(limit);
  for (const change of changes) batch.add(change);
  return batch.body(at);
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function createBuildHookNotifier(options: BuildHookOptions): BuildHookNotifier {
  const {
    url,
    debounceMs = 2000,
    maxWaitMs = 60_000,
    minIntervalMs = 60_000,
    maxDocumentIds = DEFAULT_MAX_DOCUMENT_IDS,
    retries = 3,
    backoffMs = 1000,
    timeoutMs = 10000,
    fetch: doFetch = globalThis.fetch,
    log = silent,
    now = () => new Date(),
    clock = Date.now,
    setTimeout: setTimer = (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: clearTimer = (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
    sleep = (ms) => new Promise((resolve) => globalThis.setTimeout(resolve, ms)),
    take = async (own: BuildHookBody) => own,
    status: report = () => {},
  } = options;
  const host = safeHost(url);

  let collected = createChangeBatch(maxDocumentIds);
  /** When the oldest change not yet sent arrived (clock), or null. */
  let firstAt: number | null = null;
  /** When the last POST was started (clock). */
  let lastSentAt = -Infinity;
  let timer: unknown = null;
  let chain: Promise<unknown> = Promise.resolve();

  async function send(changes: ChangeBatch): Promise<BuildHookResult> {
    const own = changes.body(now());
    const body = await take(own).catch((error: unknown) => {
      log.warn(`build hook: the shared changes could not be read (${error instanceof Error ? error.message : error}); sending this instance's own`);
      return own;
    });
    if (!body) {
      log.info(`build hook: ${changes.size} change(s) already sent by another CMS instance`);
      return { ok: true, status: null, attempts: 0, body: own };
    }
    const size = body === own ? changes.size : body.documentIds.length + body.omitted;
    const summary = `${body.event} ${body.uid} (${size} change${size === 1 ? '' : 's'})`;
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
          report('building');
          return { ok: true, status, attempts, body };
        }
        if (!retryable(status) || attempts > retries) {
          log.error(`build hook: POST to ${host} for ${summary} failed → ${status} (attempt ${attempts}), giving up`);
          report('error', `Сборку сайта не удалось запустить: хостинг ответил ${status}`);
          return { ok: false, status, attempts, body };
        }
        log.warn(`build hook: POST to ${host} → ${status} (attempt ${attempts}), retrying`);
      } catch (error) {
        status = null;
        const reason = error instanceof Error ? error.name : 'error';
        if (attempts > retries) {
          log.error(`build hook: POST to ${host} for ${summary} failed (${reason}, attempt ${attempts}), giving up`);
          report('error', 'Сборку сайта не удалось запустить: хостинг не ответил');
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
    if (collected.size === 0) return chain;
    const changes = collected;
    collected = createChangeBatch(maxDocumentIds);
    firstAt = null;
    lastSentAt = clock();
    chain = chain.then(() => send(changes)).catch(() => undefined);
    return chain;
  }

  return {
    notify(change) {
      collected.add(change);
      if (collected.size === 1) report('published');
      const at = clock();
      firstAt ??= at;
      // After the quiet period, but no later than the oldest change's longest wait, and never
      // sooner than the shortest interval after the last POST.
      const due = Math.max(Math.min(at + debounceMs, firstAt + maxWaitMs), lastSentAt + minIntervalMs);
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        void dispatch();
      }, Math.max(0, due - at));
    },
    async flush() {
      await dispatch();
    },
    pending() {
      return collected.size;
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
