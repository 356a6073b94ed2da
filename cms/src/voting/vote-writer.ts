import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { Refusal } from '../core/errors';
import { voterVoided } from './refusal';

/**
 * Writes votes through Strapi's query engine (`strapi.db.query`, `strapi.db.transaction`), never
 * with raw SQL into Strapi's tables, so an upgrade of Strapi or knex cannot change what a vote
 * writes behind Strapi's back; only reads (the counts) and the portal's own table of attempts go
 * through knex, inside Strapi's transaction.
 *
 * One row per (voter, target): the database's unique index decides. Votes are written in batches,
 * one transaction each — the pairs already stored are read, the new rows inserted with one
 * `createMany` — and one batch is written at a time (MAX_IN_FLIGHT): the votes that arrive
 * meanwhile queue and go together in the next batch. A lone vote waits for nothing; at hundreds of
 * votes a second a batch's statements and its commit (a disk sync) carry dozens of votes instead of
 * one or two, which is what lets one CMS process keep up (a vote's own statements, each a round trip
 * to the database, cost more CPU than the rest of its path). Every vote is acknowledged only after
 * its commit.
 * If a batch fails (another transaction inserted one of its pairs first, on PostgreSQL where
 * batches of several CMS processes commit in parallel; or a bad row), each of its votes is written
 * again on its own, and a pair found stored then is answered «already»: one bad row cannot refuse
 * the others, a race never makes a second row.
 *
 * A vote takes the voter's voided flag as it is when the row is written, not as it was when the
 * vote was admitted (the admission's answer is cached for seconds, and another CMS process or a
 * moderator may void the voter meanwhile): such a vote is stored voided, listed for the moderators,
 * never counted, and refused. The flag is read in the batch's transaction and once more after its
 * commit: a moderator's save marks the voter first and the voter's votes after, so a vote committed
 * before the second read is covered by the moderator's update, and one the second read finds voided
 * is voided here (on PostgreSQL a transaction does not see a commit made after it began).
 *
 * Votes and withdrawals per resident and minute are limited (`perVoterPerMinute`: a person clicks,
 * a script floods) in the database, in the portal's own table `portal_vote_attempts` (declared by
 * cms/database/migrations), so the limit holds across CMS processes and restarts: each vote and
 * withdrawal that passed the admission adds one to its voter's minute in the same transaction as
 * its row, and one over the limit is refused with 429 and writes nothing else.
 */
export interface VoteRow {
  documentId: string;
  voter: string;
  target: string;
  kind: string;
  project: string;
  now: Date;
}

export interface VoteWriter {
  /** Inserts the vote unless the voter already has one for the target; the count after it. */
  cast(row: VoteRow): Promise<{ inserted: boolean; count: number }>;
  /**
   * Removes the voter's counted vote for the target, if any; the count after it. A voided vote
   * stays as the moderators' record: it is not the resident's to remove.
   */
  withdraw(voter: string, target: string, now?: Date): Promise<{ removed: boolean; count: number }>;
}

export interface VoteWriterOptions {
  /** Votes and withdrawals one resident may make per minute. */
  perVoterPerMinute: number;
  /** Told when a batch took long to write. */
  onSlowCommit?: (message: string) => void;
}

type Db = Core.Strapi['db'];

const VOTE = 'api::vote.vote';
const VOTER = 'api::voter.voter';
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
  resolve: (result: { inserted: boolean; count: number }) => void;
  reject: (error: unknown) => void;
}

const pairKey = (voter: string, target: string) => `${voter}\n${target}`;
const unique = <T>(values: T[]) => [...new Set(values)];

/** The counted (not voided) votes for each of the targets (a read: straight through knex, one grouped query). */
export async function countVotes(db: Db, targets: string[]): Promise<Map<string, number>> {
  const table = (db.metadata.get(VOTE)).tableName as string;
  const rows = (await db.connection(table).whereIn('target', targets).where('voided', false).groupBy('target').select('target').count({ n: '*' })) as Array<{ target: string; n: number | string }>;
  return new Map(targets.map((t) => [t, Number(rows.find((r) => r.target === t)?.n ?? 0)]));
}

/** Of these voters, the ones voided now. */
async function voidedVoters(db: Db, voters: string[]): Promise<Set<string>> {
  const rows = (await db.query(VOTER).findMany({ where: { documentId: { $in: voters }, voided: true }, select: ['documentId'] })) as Array<{ documentId: string }>;
  return new Set(rows.map((r) => r.documentId));
}

/** The last minute this process removed older minutes' attempts in. */
let lastSweptMinute = 0;

/**
 * Counts one attempt per entry of `voters` (a voter may repeat) in the current minute, inside the
 * caller's transaction; per entry, null when it is within the limit, else the refusal. Rows of past
 * minutes are removed as the minutes pass. Voters in one order, as the vote rows: on PostgreSQL
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
  if (minute !== lastSweptMinute) {
    lastSweptMinute = minute;
    await trx(ATTEMPTS).where('minute', '<', minute).delete();
  }
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
 * an error (refused: too many attempts this minute; or stored voided: the voter is voided).
 */
async function writeBatch(db: Db, batch: Pending[], limit: number): Promise<Array<boolean | Error>> {
  const voters = unique(batch.map((p) => p.row.voter));
  const written = await db.transaction(async ({ trx }) => {
    const refused = await countAttempts(trx, batch.map((p) => p.row.voter), batch[0]!.row.now, limit);
    const stored = (await db.query(VOTE).findMany({
      where: { voter: { $in: voters }, target: { $in: unique(batch.map((p) => p.row.target)) } },
      select: ['voter', 'target'],
    })) as Array<{ voter: string; target: string }>;
    const seen = new Set(stored.map((r) => pairKey(r.voter, r.target)));
    const voided = await voidedVoters(db, voters);
    const fresh = batch.map(({ row }, i): boolean | Error => {
      if (refused[i]) return refused[i]!;
      const key = pairKey(row.voter, row.target);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // In one order, so that two batches inserting the same pairs on PostgreSQL wait for each other instead of deadlocking.
    const data = batch
      .filter((_, i) => fresh[i] === true)
      .map(({ row }) => ({
        documentId: row.documentId,
        voter: row.voter,
        target: row.target,
        kind: row.kind,
        project: row.project,
        voided: voided.has(row.voter),
        createdAt: row.now,
        updatedAt: row.now,
        publishedAt: row.now,
      }))
      .sort((a, b) => (pairKey(a.voter, a.target) < pairKey(b.voter, b.target) ? -1 : 1));
    if (data.length) await db.query(VOTE).createMany({ data });
    return fresh;
  });
  const inserted = unique(batch.filter((_, i) => written[i] === true).map((p) => p.row.voter));
  const voidedSince = inserted.length ? await voidedVoters(db, inserted) : new Set<string>();
  if (voidedSince.size) await db.query(VOTE).updateMany({ where: { voter: { $in: [...voidedSince] }, voided: false }, data: { voided: true } });
  return batch.map((p, i) => (written[i] === true && voidedSince.has(p.row.voter) ? voterVoided() : written[i]!));
}

export function createVoteWriter(db: Db, { perVoterPerMinute: limit, onSlowCommit }: VoteWriterOptions): VoteWriter {
  const queue: Pending[] = [];
  let scheduled = false;
  let inFlight = 0;

  /** The next batch, at the end of this turn of the event loop, if there are votes and a free slot. */
  function schedule(): void {
    if (scheduled || !queue.length || inFlight >= MAX_IN_FLIGHT) return;
    scheduled = true;
    setImmediate(flush);
  }

  /** A vote alone, again once if another transaction stored its pair first (then it is «already»). */
  async function writeAlone(p: Pending): Promise<boolean | Error> {
    try {
      return (await writeBatch(db, [p], limit))[0]!;
    } catch {
      return (await writeBatch(db, [p], limit))[0]!;
    }
  }

  async function flush(): Promise<void> {
    scheduled = false;
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
    try {
      const started = performance.now();
      results = await writeBatch(db, batch, limit);
      const took = performance.now() - started;
      // Every vote of the batch waits for its commit: a slow one is worth a line in the log.
      if (took >= SLOW_COMMIT_MS) onSlowCommit?.(`votes: ${batch.length} vote(s) took ${Math.round(took)} ms to write; they waited for it`);
    } catch {
      results = await Promise.all(batch.map((p) => writeAlone(p).catch((error: Error) => error)));
    }
    try {
      const counts = await countVotes(db, unique(batch.map((p) => p.row.target)));
      batch.forEach((p, i) => {
        const result = results[i]!;
        if (result instanceof Error) p.reject(result);
        else p.resolve({ inserted: result, count: counts.get(p.row.target)! });
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  return {
    cast(row) {
      return new Promise((resolve, reject) => {
        queue.push({ row, resolve, reject });
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
