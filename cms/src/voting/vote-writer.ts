import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { Refusal } from '../core/errors';
import { voterVoided } from './refusal';

/**
 * Writes votes through Strapi's query engine (`strapi.db.query`, `strapi.db.transaction`), never
 * with raw SQL into Strapi's tables, so an upgrade of Strapi or knex cannot change what a vote
 * writes behind Strapi's back; only reads (the batch's facts, the counts) and the portal's own table
 * of attempts go through knex, inside Strapi's transaction.
 *
 * One row per (voter, target): the database's unique index decides. Votes are written in batches,
 * one transaction each, and one batch is written at a time (MAX_IN_FLIGHT): the votes that arrive
 * meanwhile queue and go together in the next batch. A lone vote waits for nothing; at hundreds of
 * votes a second a batch's statements and its commit (a disk sync) carry dozens of votes instead of
 * one or two, which is what lets one CMS process keep up (a statement, a round trip to the database,
 * costs more CPU than the rest of a vote's path). So a batch makes as few statements as it can: one
 * read of everything its votes must be checked against (their voters' rows, the pairs already stored,
 * the rounds' stamp: `readFacts`), the attempts, one `createMany`, the commit, and one read after it
 * (the counts, and voters voided meanwhile). Every vote is acknowledged only after its commit.
 * If a batch fails (another transaction inserted one of its pairs first, on PostgreSQL where
 * batches of several CMS processes commit in parallel; or a bad row), it is written again once
 * whole — the pair stored meanwhile is then read as stored and answered «already» — and if that
 * fails too, each of its votes on its own: one bad row cannot refuse the others, a race never makes
 * a second row.
 *
 * Each vote brings its own check (`cast(row, check)`: the voter in good standing with this session,
 * the round's window open), run on the facts its batch read in its transaction — read after the vote
 * arrived, so a moderator's voiding, an ended session or a saved round made before the vote, through
 * any CMS process, is seen. A voter voided after that read and before the commit: the flag is read
 * once more after the commit; a moderator's save marks the voter first and the voter's votes after,
 * so a vote committed before the second read is covered by the moderator's update, and one the
 * second read finds voided is voided here — stored voided, listed for the moderators, never
 * counted, and refused (on PostgreSQL a transaction does not see a commit made after it began).
 *
 * Votes and withdrawals per resident and minute are limited (`perVoterPerMinute`: a person clicks,
 * a script floods) in the database, in the portal's own table `portal_vote_attempts` (declared by
 * cms/database/migrations), so the limit holds across CMS processes and restarts: each vote and
 * withdrawal that passed its check adds one to its voter's minute in the same transaction as its
 * row, and one over the limit is refused with 429 and writes nothing else.
 */
export interface VoteRow {
  documentId: string;
  voter: string;
  target: string;
  kind: string;
  project: string;
  now: Date;
}

export interface VoterFacts {
  voided: boolean;
  /** Raised by «Выйти на всех устройствах»: a vote must come with the current one. */
  sessionVersion: number;
}

/** What a batch read in its transaction, for its votes' checks. */
export interface BatchFacts {
  /** The batch's voters that exist. */
  voters: Map<string, VoterFacts>;
  /** Changes whenever any round is saved or published (rounds' count, newest id, last change, last publication). */
  roundsStamp: string;
}

/** A vote's own check on its batch's facts: throws the vote's refusal. */
export type VoteCheck = (facts: BatchFacts) => void | Promise<void>;

export interface VoteWriter {
  /**
   * Inserts the vote, if it passes its check on its batch's facts, unless the voter already has one
   * for the target; the count after it. Rejects with the check's refusal.
   */
  cast(row: VoteRow, check: VoteCheck): Promise<{ inserted: boolean; count: number }>;
  /**
   * Removes the voter's counted vote for the target, if any; the count after it. A voided vote
   * stays as the moderators' record: it is not the resident's to remove.
   */
  withdraw(voter: string, target: string, now?: Date): Promise<{ removed: boolean; count: number }>;
}

export interface VoteWriterOptions {
  /** Votes and withdrawals one resident may make per minute. */
  perVoterPerMinute: number;
  /** The least time between the starts of two batches, ms (see `schedule`). */
  batchIntervalMs: number;
  /** Told when a batch took long to write. */
  onSlowCommit?: (message: string) => void;
}

type Db = Core.Strapi['db'];

const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
const ROUND = 'api::selection-round.selection-round';
/** The portal's table of attempts per voter and minute (cms/database/migrations). */
const ATTEMPTS = 'portal_vote_attempts';

/** The most votes one transaction takes; the rest wait for the next. */
const MAX_BATCH = 256;

/**
 * Batches written at the same time. One: while it is written, the next votes gather into the next
 * batch. Measured on PostgreSQL with production durability (bench:votes, 500 votes/s offered, 2
 * cores): two at a time split a steady stream into batches half as large, and the CMS's CPU per vote
 * rose with the statements (p99 63–515 ms over four runs, against 74–314 ms with one).
 */
const MAX_IN_FLIGHT = 1;

/** A batch's transaction this long (ms) is reported through `onSlowCommit`. */
const SLOW_COMMIT_MS = 50;

interface Pending {
  row: VoteRow;
  check: VoteCheck;
  resolve: (result: { inserted: boolean; count: number }) => void;
  reject: (error: unknown) => void;
}

const pairKey = (voter: string, target: string) => `${voter}\n${target}`;
const unique = <T>(values: T[]) => [...new Set(values)];

const tableName = (db: Db, uid: string): string => db.metadata.get(uid).tableName as string;

/** The counted (not voided) votes for each of the targets (a read: straight through knex, one grouped query). */
export async function countVotes(db: Db, targets: string[]): Promise<Map<string, number>> {
  const rows = (await db.connection(tableName(db, VOTE)).whereIn('target', targets).where('voided', false).groupBy('target').select('target').count({ n: '*' })) as Array<{ target: string; n: number | string }>;
  return new Map(targets.map((t) => [t, Number(rows.find((r) => r.target === t)?.n ?? 0)]));
}

/**
 * Removes the attempts of minutes before the last one: a job once a minute across the CMS instances
 * (voting/index.ts), off the votes' path — in a vote's batch, every instance's first batch of a
 * minute deleted the same rows at once and its votes waited for the other's row locks. The last
 * minute stays: a batch may still count a vote that came in it. The rows removed.
 */
export async function purgeVoteAttempts(db: Db, now = new Date()): Promise<number> {
  const minute = Math.floor(now.getTime() / 60_000);
  return Number(await db.connection(ATTEMPTS).where('minute', '<', minute - 1).delete());
}

/** A voter's row as the reads get it (a boolean or SQLite's 0/1; a number or a string). */
export const voterFacts = (row: { voided: unknown; session_version?: unknown } | undefined | null): VoterFacts | null =>
  row ? { voided: !!Number(row.voided), sessionVersion: Number(row.session_version ?? 0) } : null;

/**
 * The rounds' stamp as one SQL expression, the same text on every read of one database (it is only
 * compared with itself): the rounds' count, newest id, last change and last publication. The last
 * change alone is not enough: publishing copies the draft's row, with the draft's updated_at, to a
 * new row, so a vote between the draft's save and its publication would keep the old window.
 */
const STAMP_SQL = ['COUNT(*)', 'MAX(id)', 'MAX(updated_at)', 'MAX(published_at)'].map((e) => `COALESCE(CAST(${e} AS TEXT), '')`).join(` || '|' || `);

/** The rounds' stamp on its own (a withdrawal's check). */
export async function readRoundsStamp(db: Db): Promise<string> {
  const row = (await db.connection(tableName(db, ROUND)).first(db.connection.raw(`${STAMP_SQL} as stamp`))) as { stamp: string } | undefined;
  return String(row?.stamp ?? '');
}

/**
 * Everything a batch's votes are checked against, in one statement (one round trip) inside its
 * transaction: the voters' rows, the (voter, target) pairs stored already, the rounds' stamp.
 */
async function readFacts(db: Db, trx: Knex.Transaction, voters: string[], targets: string[]): Promise<BatchFacts & { stored: Set<string> }> {
  const nothing = trx.raw('NULL');
  // UNION ALL members without parentheses (SQLite allows none) and without GROUP BY (knex would put it after the union).
  const rows = (await trx(tableName(db, VOTER))
    .whereIn('document_id', voters)
    .select(trx.raw(`'voter' as tag`), 'document_id as a', trx.raw('NULL as b'), trx.raw('CASE WHEN voided THEN 1 ELSE 0 END as voided'), 'session_version')
    .unionAll(trx(tableName(db, VOTE)).whereIn('voter', voters).whereIn('target', targets).select(trx.raw(`'pair'`), 'voter', 'target', nothing, nothing))
    .unionAll(trx(tableName(db, ROUND)).select(trx.raw(`'stamp'`), trx.raw(STAMP_SQL), nothing, nothing, nothing))) as Array<{
    tag: string;
    a: string;
    b: string | null;
    voided: unknown;
    session_version: unknown;
  }>;
  const facts: BatchFacts & { stored: Set<string> } = { voters: new Map(), roundsStamp: '', stored: new Set() };
  for (const row of rows) {
    if (row.tag === 'voter') facts.voters.set(row.a, voterFacts(row)!);
    else if (row.tag === 'pair') facts.stored.add(pairKey(row.a, row.b!));
    else facts.roundsStamp = String(row.a ?? '');
  }
  return facts;
}

/**
 * After a batch's commit, in one statement: the counted votes of its targets, and which of the
 * voters of its new rows are voided now.
 */
async function readAfter(db: Db, targets: string[], voters: string[]): Promise<{ counts: Map<string, number>; voided: Set<string> }> {
  const knex = db.connection;
  // The grouped count second: knex puts a builder's GROUP BY after its own UNION.
  const rows = (await knex(tableName(db, VOTER))
    .whereIn('document_id', voters)
    .where('voided', true)
    .select('document_id as k', knex.raw('-1 as n'))
    .unionAll(knex(tableName(db, VOTE)).whereIn('target', targets).where('voided', false).groupBy('target').select('target as k').count({ n: '*' }))) as Array<{ k: string; n: number | string }>;
  const counts = new Map(targets.map((t) => [t, 0]));
  const voided = new Set<string>();
  for (const { k, n } of rows) {
    if (Number(n) < 0) voided.add(k);
    else counts.set(k, Number(n));
  }
  return { counts, voided };
}

/**
 * Counts one attempt per entry of `voters` (a voter may repeat) in the current minute, inside the
 * caller's transaction; per entry, null when it is within the limit, else the refusal (rows of past
 * minutes are removed by a job: `purgeVoteAttempts`). Voters in one order, as the vote rows: on PostgreSQL
 * concurrent batches then wait for each other's row locks instead of deadlocking.
 */
async function countAttempts(trx: Knex.Transaction, voters: string[], now: Date, limit: number): Promise<Array<Refusal | null>> {
  const minute = Math.floor(now.getTime() / 60_000);
  const perVoter = new Map<string, number>();
  for (const voter of voters) perVoter.set(voter, (perVoter.get(voter) ?? 0) + 1);
  const rows = (await trx(ATTEMPTS)
    .insert([...perVoter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([voter, n]) => ({ voter, minute, n })))
    .onConflict(['voter', 'minute'])
    .merge({ n: trx.raw('??.?? + excluded.??', [ATTEMPTS, 'n', 'n']) })
    .returning(['voter', 'n'])) as Array<{ voter: string; n: number | string }>;
  // The attempts before this batch's, per voter; this batch's are numbered on from there.
  const before = new Map(rows.map((r) => [r.voter, Number(r.n) - perVoter.get(r.voter)!]));
  const retryAfter = Math.ceil(((minute + 1) * 60_000 - now.getTime()) / 1000);
  return voters.map((voter) => {
    const attempt = before.get(voter)! + 1;
    before.set(voter, attempt);
    return attempt > limit ? new Refusal(429, 'RateLimitError', `Слишком много голосов подряд. Попробуйте через ${retryAfter} с.`, { retryAfter }) : null;
  });
}

/**
 * One batch in one transaction: per vote, true (a new row), false (the pair was stored already) or
 * an error (refused by its check; too many attempts this minute; or stored voided: the voter was
 * voided meanwhile); and the counts of the batch's targets after it.
 */
async function writeBatch(db: Db, batch: Pending[], limit: number): Promise<{ results: Array<boolean | Error>; counts: Map<string, number> }> {
  const targets = unique(batch.map((p) => p.row.target));
  const written = await db.transaction(async ({ trx }) => {
    const facts = await readFacts(db, trx, unique(batch.map((p) => p.row.voter)), targets);
    const results: Array<boolean | Error> = await Promise.all(
      batch.map(async (p) => {
        try {
          await p.check(facts);
          return true;
        } catch (error) {
          return error as Error;
        }
      }),
    );
    const admitted = batch.flatMap((p, i) => (results[i] === true ? [i] : []));
    if (!admitted.length) return results;
    const refused = await countAttempts(trx, admitted.map((i) => batch[i]!.row.voter), batch[0]!.row.now, limit);
    admitted.forEach((i, n) => {
      const key = pairKey(batch[i]!.row.voter, batch[i]!.row.target);
      if (refused[n]) results[i] = refused[n]!;
      else if (facts.stored.has(key)) results[i] = false;
      else facts.stored.add(key);
    });
    // In one order, so that two batches inserting the same pairs on PostgreSQL wait for each other instead of deadlocking.
    const data = batch
      .filter((_, i) => results[i] === true)
      .map(({ row }) => ({
        documentId: row.documentId,
        voter: row.voter,
        target: row.target,
        kind: row.kind,
        project: row.project,
        voided: false,
        createdAt: row.now,
        updatedAt: row.now,
        publishedAt: row.now,
      }))
      .sort((a, b) => (pairKey(a.voter, a.target) < pairKey(b.voter, b.target) ? -1 : 1));
    if (data.length) await db.query(VOTE).createMany({ data });
    return results;
  });
  const inserted = unique(batch.filter((_, i) => written[i] === true).map((p) => p.row.voter));
  let { counts, voided } = await readAfter(db, targets, inserted);
  if (voided.size) {
    await db.query(VOTE).updateMany({ where: { voter: { $in: [...voided] }, voided: false }, data: { voided: true } });
    counts = await countVotes(db, targets);
  }
  return { results: batch.map((p, i) => (written[i] === true && voided.has(p.row.voter) ? voterVoided() : written[i]!)), counts };
}

export function createVoteWriter(db: Db, { perVoterPerMinute: limit, batchIntervalMs, onSlowCommit }: VoteWriterOptions): VoteWriter {
  const queue: Pending[] = [];
  let scheduled = false;
  let inFlight = 0;
  let lastStart = -Infinity;

  /**
   * The next batch, if there are votes and a free slot: at the end of this turn of the event loop,
   * or, when the last batch began less than `batchIntervalMs` ago, that long after it began. A lone
   * vote after a quiet moment waits for nothing; under a stream of votes a batch begins at most
   * every `batchIntervalMs` and carries what came meanwhile — group commit, as PostgreSQL's
   * commit_delay: a batch's statements cost the CMS and the database far more than a vote in it, so
   * at a few hundred votes a second the wait of a few milliseconds saves most of the CPU, which is
   * what keeps the slowest answers short on a busy machine (bench:votes).
   */
  function schedule(): void {
    if (scheduled || !queue.length || inFlight >= MAX_IN_FLIGHT) return;
    scheduled = true;
    const wait = lastStart + batchIntervalMs - performance.now();
    if (wait > 0) setTimeout(flush, wait);
    else setImmediate(flush);
  }

  /** A vote alone, again once if another transaction stored its pair first (then it is «already»). */
  async function writeAlone(p: Pending): Promise<boolean | Error> {
    try {
      return (await writeBatch(db, [p], limit)).results[0]!;
    } catch {
      return (await writeBatch(db, [p], limit)).results[0]!;
    }
  }

  async function flush(): Promise<void> {
    scheduled = false;
    lastStart = performance.now();
    const batch = queue.splice(0, MAX_BATCH);
    inFlight += 1;
    schedule();
    try {
      await write(batch);
    } finally {
      inFlight -= 1;
      schedule();
    }
  }

  async function write(batch: Pending[]): Promise<void> {
    let results: Array<boolean | Error>;
    let counts: Map<string, number> | null = null;
    try {
      const started = performance.now();
      ({ results, counts } = await writeBatch(db, batch, limit));
      const took = performance.now() - started;
      // Every vote of the batch waits for its commit: a slow one is worth a line in the log.
      if (took >= SLOW_COMMIT_MS) onSlowCommit?.(`votes: ${batch.length} vote(s) took ${Math.round(took)} ms to write; they waited for it`);
    } catch {
      try {
        // Once more whole: a pair another transaction stored first is now read as stored.
        ({ results, counts } = await writeBatch(db, batch, limit));
      } catch {
        results = await Promise.all(batch.map((p) => writeAlone(p).catch((error: Error) => error)));
      }
    }
    try {
      counts ??= await countVotes(db, unique(batch.map((p) => p.row.target)));
      batch.forEach((p, i) => {
        const result = results[i]!;
        if (result instanceof Error) p.reject(result);
        else p.resolve({ inserted: result, count: counts!.get(p.row.target)! });
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    cast(row, check) {
      return new Promise((resolve, reject) => {
        queue.push({ row, check, resolve, reject });
        schedule();
      });
    },
    async withdraw(voter, target, now = new Date()) {
      // Rare (a resident changing their mind): its own transaction.
      const removed = await db.transaction(async ({ trx }) => {
        const [refused] = await countAttempts(trx, [voter], now, limit);
        if (refused) throw refused;
        return (await db.query(VOTE).deleteMany({ where: { voter, target, voided: false } })).count > 0;
      });
      return { removed, count: (await countVotes(db, [target])).get(target)! };
    },
  };
}
