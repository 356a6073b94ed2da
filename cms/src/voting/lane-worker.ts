import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type LiveTarget, type RoundFacts, type VoteFacts, createAdmission, createVotePath, parseTarget, parseVoter, roundsStampSql, stampKey, voterFacts, voterSql } from './admission';
import { VotingRefusal, invalid, parseSession, refusalBody } from './refusal';
import { type TokenPermissions, createTokenGate } from './token-gate';
import { type SqliteConnection, quoteIdentifier as quote, sqliteReader, sqliteVoteWriter } from './vote-writer';

/**
 * The vote lane's worker thread (started by lane.ts): the functions' votes and withdrawals on
 * SQLite, served with its own HTTP listener, its own connection to the database file and its own
 * small heap. Strapi's thread carries a heap of 150 MB under load; a full collection of it, or any
 * long task there, used to hold every vote waiting behind it. Here a vote is three indexed reads
 * (voter, project, the rounds' stamp) and a batched insert, with the same rules (admission.ts) and
 * the same writer (vote-writer.ts) as the CMS's own routes.
 *
 * What only Strapi knows well is asked of Strapi's thread, and cached: whether an API token may
 * vote (30 s), a round's voting window by year (until the rounds' stamp changes), an idea's project (1 min).
 * Each side tells the other what changed through two shared counters (LaneCounter).
 * No Strapi here: only the modules above, which import none.
 */
export interface LaneData {
  filename: string;
  /** better-sqlite3, resolved where Strapi resolves it. */
  driver: string;
  host: string;
  port: number;
  /** Strapi's API token salt: tokens are compared by their HMAC. */
  salt: string;
  perVoterPerMinute: number;
  tables: { votes: string; voters: string; projects: string; rounds: string };
  /** Two counters shared with Strapi's thread (Int32Array over a SharedArrayBuffer): see LaneCounter. */
  counters: SharedArrayBuffer;
}

/**
 * Changes each side must see before its next answer, so they are shared memory rather than
 * messages (a message may be handled after a request that came later): the lane adds to VOTES
 * before it answers a vote that changed a count, Strapi adds to FACTS before it answers a save
 * that voided a voter or changed a project or an idea.
 */
export const LaneCounter = { VOTES: 0, FACTS: 1 } as const;

/** What the lane asks Strapi's thread. */
export type LaneQuestion = { ask: 'token'; key: string } | { ask: 'round'; year: number } | { ask: 'idea'; idea: string };
export type LaneMessage = ({ id: number } & LaneQuestion) | { listening: number } | { log: 'warn' | 'error'; message: string };
export type MainMessage = { id: number; answer?: unknown; error?: string } | { stop: true };

export const CAST = 'api::vote.vote.cast';
export const WITHDRAW = 'api::vote.vote.withdraw';

/** How long the lane waits for Strapi's thread to answer a question. */
const ASK_TIMEOUT_MS = 10_000;
/** A vote's body is a voter and a target: a few hundred bytes. */
const MAX_BODY_BYTES = 8 * 1024;

function main() {
  const port = parentPort!;
  const data = workerData as LaneData;
  const post = (message: LaneMessage) => port.postMessage(message);
  const log = (level: 'warn' | 'error', message: string) => post({ log: level, message });

  let next = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; timer: NodeJS.Timeout }>();
  function ask<T>(question: LaneQuestion): Promise<T> {
    const id = ++next;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`Strapi did not answer the vote lane's question (${question.ask}) in ${ASK_TIMEOUT_MS / 1000} s`));
      }, ASK_TIMEOUT_MS);
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      post({ id, ...question });
    });
  }

  // The same pragmas as the CMS's connection (cms/config/database.ts); WAL is the file's own mode.
  const Database = require(data.driver);
  const db = new Database(data.filename, { timeout: 5000 });
  db.pragma('synchronous = FULL');
  db.pragma('wal_autocheckpoint = 10000');
  const connections = { acquire: async () => db as SqliteConnection, release: async () => {} };
  const reader = sqliteReader(connections);
  const writer = sqliteVoteWriter(connections, data.tables, (message) => log('warn', message));
  const liveProject = `SELECT year FROM ${quote(data.tables.projects)} WHERE document_id = ? AND published_at IS NOT NULL LIMIT 1`;

  const facts: VoteFacts = {
    voter: async (voter) => voterFacts(await reader.get(voterSql(data.tables.voters), voter)),
    async target(target) {
      if (target.kind === 'idea') return ask<LiveTarget | null>({ ask: 'idea', idea: target.id });
      const live = await reader.get<{ year: number }>(liveProject, target.id);
      return live ? { project: target.id, year: Number(live.year) } : null;
    },
    roundsStamp: async () => stampKey(await reader.get(roundsStampSql(data.tables.rounds))),
    round: (year) => ask<RoundFacts | null>({ ask: 'round', year }),
  };
  const admission = createAdmission(facts, data.perVoterPerMinute);
  const tokenAllows = createTokenGate(data.salt, (key) => ask<TokenPermissions>({ ask: 'token', key }));
  const counters = new Int32Array(data.counters);
  const path = createVotePath(admission, writer, () => Atomics.add(counters, LaneCounter.VOTES, 1));
  let factsSeen = Atomics.load(counters, LaneCounter.FACTS);

  async function handle(action: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const voter = parseVoter(body);
    const target = parseTarget(body);
    const session = parseSession(body);
    const now = new Date();
    const factsNow = Atomics.load(counters, LaneCounter.FACTS);
    if (factsNow !== factsSeen) {
      admission.forgetTargets();
      admission.forgetVoters();
      factsSeen = factsNow;
    }
    if (action === CAST) {
      const result = await path.cast(voter, target, now, session);
      return { status: result.status === 'counted' ? 201 : 200, body: result };
    }
    return { status: 200, body: await path.withdraw(voter, target, now, session) };
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  function readBody(req: IncomingMessage): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(invalid({ _: ['Слишком большой запрос'] }));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve(text ? JSON.parse(text) : {});
        } catch {
          reject(invalid({ _: ['Тело запроса — не JSON'] }));
        }
      });
      req.on('error', reject);
    });
  }

  const routes: Record<string, string> = { '/api/votes/cast': CAST, '/api/votes/withdraw': WITHDRAW };
  const server = createServer(async (req, res) => {
    const action = req.method === 'POST' ? routes[(req.url ?? '').split('?')[0]!] : undefined;
    try {
      if (!action) throw new VotingRefusal(404, 'NotFoundError', 'Not Found');
      // As Strapi's policy answers a refused token: 403, which the functions read as "our token is wrong".
      if (!(await tokenAllows(req.headers.authorization, action))) {
        req.resume();
        throw new VotingRefusal(403, 'PolicyError', 'Policy Failed');
      }
      const answer = await handle(action, await readBody(req));
      send(res, answer.status, answer.body);
    } catch (error) {
      if (!(error instanceof VotingRefusal)) log('error', `a vote failed: ${(error as Error)?.message ?? error}`);
      const refusal = error instanceof VotingRefusal ? error : new VotingRefusal(500, 'InternalServerError', 'Internal Server Error');
      const retryAfter = refusal.details.retryAfter;
      if (!res.headersSent) send(res, refusal.status, refusalBody(refusal), retryAfter ? { 'retry-after': String(retryAfter) } : {});
    }
  });
  // Longer than the functions' keep-alive, so an idle connection is closed by them, not mid-request here.
  server.keepAliveTimeout = 65_000;

  port.on('message', (message: MainMessage) => {
    if ('id' in message) {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      clearTimeout(entry.timer);
      if (message.error !== undefined) entry.reject(new Error(message.error));
      else entry.resolve(message.answer);
    } else if ('stop' in message) {
      server.close(() => {
        db.close();
        port.close();
      });
      server.closeIdleConnections();
    }
  });

  server.on('error', (error) => {
    log('error', `cannot listen on ${data.host}:${data.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(data.port, data.host, () => post({ listening: data.port }));
}

// Loaded by lane.ts too, for the types and LaneCounter: the lane itself runs only in its worker.
if (!isMainThread && parentPort) main();
