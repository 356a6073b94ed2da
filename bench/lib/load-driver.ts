// A small closed-loop HTTP load generator (what autocannon does, without the dependency): a fixed
// number of clients on keep-alive connections work through a precomputed plan; a double-click is
// one client sending the same request twice at the same moment. With `rate`, units are released on
// a schedule instead (open loop, for the fault run). Every request's status and latency is kept.
import { Agent, request } from 'node:http';
import type { VoteUnit } from './vote-plan.ts';

export interface RequestSpec {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface RequestRecord {
  voter: number;
  project: number;
  /** HTTP status; 0 when the request failed without an answer (see `error`). */
  status: number;
  error?: string;
  /** Latency from sending to the end of the answer, milliseconds. */
  ms: number;
  /** When the request was sent, milliseconds after the run started. */
  at: number;
  /** Sent on a new connection (its set-up is part of the latency), not a kept-alive one. */
  fresh: boolean;
}

export interface LoadResult {
  records: RequestRecord[];
  wallMs: number;
  /** Wall-clock time of the start (Date.now()), to line the records up with other logs. */
  startedAt: number;
}

export interface LoadOptions {
  url: string;
  units: VoteUnit[];
  spec: (unit: VoteUnit) => RequestSpec;
  concurrency: number;
  /** Units released per second (open loop); unlimited when absent. */
  rate?: number;
  /** Checked before each unit: true ends the run early (the fault run's clock). */
  stop?: () => boolean;
  label: string;
  timeoutMs?: number;
}

function send(agent: Agent, base: URL, spec: RequestSpec, timeoutMs: number, started: number): Promise<Omit<RequestRecord, 'voter' | 'project'>> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = (status: number, error?: string) => resolve({ status, error, ms: performance.now() - t0, at: t0 - started, fresh: !req.reusedSocket });
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: spec.path,
        headers: { ...spec.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(spec.body) },
        timeout: timeoutMs,
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => done(res.statusCode ?? 0));
        res.on('error', (e) => done(0, (e as NodeJS.ErrnoException).code ?? e.message));
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (e) => done(0, (e as NodeJS.ErrnoException).code ?? e.message));
    req.end(spec.body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = new URL(options.url);
  // FIFO hands out the longest-idle socket first, so none idles past the server's keep-alive
  // timeout and gets closed just as a request is written to it (ECONNRESET).
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency * 2, scheduling: 'fifo' });
  const records: RequestRecord[] = [];
  const total = options.units.reduce((n, u) => n + u.copies, 0);
  const started = performance.now();
  const startedAt = Date.now();
  let next = 0;
  let lastReport = 0;
  const progress = (final = false) => {
    const now = performance.now();
    if (!final && now - lastReport < 1000) return;
    lastReport = now;
    const rate = records.length / ((now - started) / 1000);
    process.stderr.write(`\r  ${options.label}: ${records.length.toLocaleString('en')}/${total.toLocaleString('en')} requests, ${rate.toFixed(0)}/s   ${final ? '\n' : ''}`);
  };
  const client = async () => {
    for (;;) {
      if (options.stop?.()) return;
      const i = next++;
      const unit = options.units[i];
      if (!unit) return;
      if (options.rate) {
        const due = started + (i / options.rate) * 1000;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (options.stop?.()) return;
      }
      const spec = options.spec(unit);
      const answers = await Promise.all(Array.from({ length: unit.copies }, () => send(agent, base, spec, options.timeoutMs ?? 30_000, started)));
      for (const a of answers) records.push({ voter: unit.voter, project: unit.project, ...a });
      progress();
    }
  };
  const ticker = setInterval(() => progress(), 1000);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, client));
  } finally {
    clearInterval(ticker);
    agent.destroy();
  }
  progress(true);
  return { records, wallMs: performance.now() - started, startedAt };
}

export const percentile = (values: number[], p: number): number => {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

export interface LoadSummary {
  requests: number;
  wallSeconds: number;
  /** Requests answered per second, whatever the answer. */
  requestsPerSecond: number;
  /** New votes (201) per second. */
  countedPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  statuses: Map<string, number>;
  /** Answers other than 200/201: HTTP errors and requests without an answer. */
  errors: number;
  /** Requests that opened a new connection. */
  fresh: number;
  /**
   * Per whole second of the run (by when each request was sent), the p99 of that second's requests:
   * whether a run's tail is spread thin or sits in a few moments.
   */
  secondsP99: number[];
}

export function summarize(result: LoadResult): LoadSummary {
  const ms = result.records.map((r) => r.ms);
  const statuses = new Map<string, number>();
  for (const r of result.records) {
    const key = r.status ? String(r.status) : `no answer (${r.error})`;
    statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  const seconds = result.wallMs / 1000;
  const counted = statuses.get('201') ?? 0;
  return {
    requests: result.records.length,
    wallSeconds: seconds,
    requestsPerSecond: result.records.length / seconds,
    countedPerSecond: counted / seconds,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.reduce((a, b) => Math.max(a, b), 0),
    statuses,
    errors: result.records.filter((r) => r.status !== 200 && r.status !== 201).length,
    fresh: result.records.filter((r) => r.fresh).length,
    secondsP99: perSecondP99(result.records),
  };
}

function perSecondP99(records: RequestRecord[]): number[] {
  const seconds: number[][] = [];
  for (const r of records) (seconds[Math.floor(r.at / 1000)] ??= []).push(r.ms);
  return Array.from(seconds, (latencies) => (latencies?.length ? percentile(latencies, 99) : NaN));
}

export const statusList = (statuses: Map<string, number>) =>
  [...statuses.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n.toLocaleString('en')}`).join(', ');
