import type { Knex } from 'knex';
import { voterVoided } from './refusal';

/**
 * Writes votes: one row per (voter, target), decided by the database's unique index with
 * `INSERT … ON CONFLICT DO NOTHING RETURNING id`, then the target's count. A vote is acknowledged
 * only after its row is committed.
 *
 * On PostgreSQL that is two queries through knex: the server commits in parallel on its pool.
 *
 * On SQLite every statement runs on the CMS's only thread and every commit waits for the disk
 * (synchronous=FULL), so the votes that arrive together are written together: they queue until the
 * current turn of the event loop ends and then go in one transaction, with one commit, through
 * statements prepared once on the pool's connection (knex would build and prepare each one anew).
 * A lone vote waits for nothing; at hundreds a second, a commit carries dozens. If a batch fails,
 * its votes are tried one by one, so one bad row cannot refuse the others. The same writer serves
 * the vote lane's worker thread (lane-worker.ts), on that thread's own connection.
 *
 * A vote takes the voter's voided flag as it is when the row is written, not as it was when the
 * vote was admitted (the admission's answer is cached for seconds, and another CMS process or a
 * moderator may void the voter meanwhile): such a vote is stored voided, listed for the moderators,
 * never counted, and refused.
 */
export interface VoteTables {
  votes: string;
  voters: string;
}

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
  withdraw(voter: string, target: string): Promise<{ removed: boolean; count: number }>;
}

/** The most votes one SQLite transaction takes; the rest wait for the next. */
const MAX_BATCH = 256;

/** A SQLite commit this long (ms) is reported through `onSlowCommit`. */
const SLOW_COMMIT_MS = 50;

export function createVoteWriter(knex: () => Knex, tables: VoteTables, dialect: string, onSlowCommit?: (message: string) => void): VoteWriter {
  return dialect === 'sqlite' ? sqliteVoteWriter(knexConnections(knex), tables, onSlowCommit) : knexWriter(knex, tables);
}

/** The counted (not voided) votes for one target. */
export async function countVotes(knex: Knex, table: string, target: string): Promise<number> {
  const row = await knex(table).where({ target, voided: false }).count({ n: '*' }).first();
  return Number((row as any)?.n ?? 0);
}

function knexWriter(knex: () => Knex, { votes: table, voters }: VoteTables): VoteWriter {
  return {
    async cast(row) {
      const inserted = await knex()(table)
        .insert({
          document_id: row.documentId,
          voter: row.voter,
          target: row.target,
          kind: row.kind,
          project: row.project,
          voided: knex().raw('COALESCE((SELECT voided FROM ?? WHERE document_id = ? LIMIT 1), false)', [voters, row.voter]),
          created_at: row.now,
          updated_at: row.now,
          published_at: row.now,
        })
        .onConflict(['voter', 'target'])
        .ignore()
        .returning(['id', 'voided']);
      if (inserted.some((r: { voided: unknown }) => !!r.voided)) throw voterVoided();
      return { inserted: inserted.length > 0, count: await countVotes(knex(), table, row.target) };
    },
    async withdraw(voter, target) {
      const removed = await knex()(table).where({ voter, target, voided: false }).delete();
      return { removed: removed > 0, count: await countVotes(knex(), table, target) };
    },
  };
}

interface Pending {
  row: VoteRow;
  resolve: (result: { inserted: boolean; count: number }) => void;
  reject: (error: unknown) => void;
}

/** better-sqlite3's Database and Statement, as far as they are used here. */
interface SqliteStatement {
  get(...params: unknown[]): any;
  run(...params: unknown[]): { changes: number };
}
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  transaction<T>(fn: () => T): { (): T; immediate(): T };
}

/** Where the SQLite writer and reader get their connection: knex's pool in the CMS, the vote lane's own. */
export interface SqliteConnections {
  acquire(): Promise<SqliteConnection>;
  release(conn: SqliteConnection): Promise<void>;
}

/** Knex's pool (one connection on SQLite): never inside a transaction another part of the CMS holds open. */
export function knexConnections(knex: () => Knex): SqliteConnections {
  return {
    acquire: () => knex().client.acquireConnection(),
    release: async (conn) => {
      await knex().client.releaseConnection(conn);
    },
  };
}

/** A table's name as an SQL identifier. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Statements prepared once per connection and SQL text, shared by the writer and the reader. */
const prepared = new WeakMap<object, Map<string, SqliteStatement>>();
function statement(conn: SqliteConnection, sql: string): SqliteStatement {
  let byText = prepared.get(conn);
  if (!byText) prepared.set(conn, (byText = new Map()));
  let found = byText.get(sql);
  if (!found) byText.set(sql, (found = conn.prepare(sql)));
  return found;
}

export function sqliteVoteWriter(connections: SqliteConnections, tables: VoteTables, onSlowCommit?: (message: string) => void): VoteWriter {
  const quoted = quoteIdentifier(tables.votes);
  // Values as knex stores them in SQLite: dates in milliseconds, booleans as 0 and 1.
  const INSERT =
    `INSERT INTO ${quoted} (document_id, voter, target, kind, project, voided, created_at, updated_at, published_at) ` +
    `VALUES (?, ?, ?, ?, ?, COALESCE((SELECT voided FROM ${quoteIdentifier(tables.voters)} WHERE document_id = ? LIMIT 1), 0), ?, ?, ?) ` +
    'ON CONFLICT (voter, target) DO NOTHING RETURNING voided';
  const COUNT = `SELECT COUNT(*) AS n FROM ${quoted} WHERE target = ? AND voided = 0`;
  const DELETE = `DELETE FROM ${quoted} WHERE voter = ? AND target = ? AND voided = 0`;
  const prepare = (conn: SqliteConnection) => ({ insert: statement(conn, INSERT), count: statement(conn, COUNT) });
  let queue: Pending[] = [];
  let scheduled = false;

  /** true: a new vote; false: the voter had one; an error: stored voided (the voter was voided meanwhile). */
  const insertOne = (s: ReturnType<typeof prepare>, { row }: Pending): boolean | Error => {
    const ms = row.now.getTime();
    const written = s.insert.get(row.documentId, row.voter, row.target, row.kind, row.project, row.voter, ms, ms, ms) as { voided: unknown } | undefined;
    return written?.voided ? voterVoided() : written !== undefined;
  };

  async function flush(): Promise<void> {
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length) setImmediate(flush);
    else scheduled = false;
    let conn: SqliteConnection;
    try {
      conn = await connections.acquire();
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    try {
      const stmts = prepare(conn);
      let inserted: Array<boolean | Error>;
      try {
        const started = performance.now();
        // IMMEDIATE: the write lock is taken (or waited for) at the start, never upgraded midway.
        inserted = conn.transaction(() => batch.map((p) => insertOne(stmts, p))).immediate();
        const took = performance.now() - started;
        // Every vote behind it waits while a commit does: a slow one is worth a line in the log.
        if (took >= SLOW_COMMIT_MS) onSlowCommit?.(`sqlite: ${batch.length} vote(s) took ${Math.round(took)} ms to commit; the votes behind them waited meanwhile`);
      } catch (error) {
        if (batch.length === 1) throw error;
        inserted = batch.map((p) => {
          try {
            return insertOne(stmts, p);
          } catch (single) {
            return single as Error;
          }
        });
      }
      const counts = new Map<string, number>();
      batch.forEach((p, i) => {
        const result = inserted[i]!;
        if (result instanceof Error) return p.reject(result);
        let count = counts.get(p.row.target);
        if (count === undefined) counts.set(p.row.target, (count = Number(stmts.count.get(p.row.target).n)));
        p.resolve({ inserted: result, count });
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
    } finally {
      await connections.release(conn);
    }
  }

  return {
    cast(row) {
      return new Promise((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    async withdraw(voter, target) {
      // Rare (a resident changing their mind): one statement, its own commit.
      const conn = await connections.acquire();
      try {
        const removed = statement(conn, DELETE).run(voter, target).changes > 0;
        return { removed, count: Number(statement(conn, COUNT).get(target).n) };
      } finally {
        await connections.release(conn);
      }
    },
  };
}

export interface SqliteReader {
  /** The first row of a read-only statement, prepared once per connection and SQL text. */
  get<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T | undefined>;
}

/**
 * On SQLite, the reads every vote makes (the voter, the rounds' stamp) through prepared statements
 * on the pool's connection, as the writer does: knex would build, compile and prepare a native
 * statement for each one, which was most of those reads' CPU time and garbage. Null on other
 * databases, where knex's queries go to a server anyway.
 */
export function createSqliteReader(knex: () => Knex, dialect: string): SqliteReader | null {
  return dialect === 'sqlite' ? sqliteReader(knexConnections(knex)) : null;
}

export function sqliteReader(connections: SqliteConnections): SqliteReader {
  return {
    async get(sql, ...params) {
      const conn = await connections.acquire();
      try {
        return statement(conn, sql).get(...params);
      } finally {
        await connections.release(conn);
      }
    },
  };
}
