// Direct access to the CMS's database for the vote benchmark, with the drivers Strapi itself uses
// (cms/node_modules: better-sqlite3, pg): the raw insert rate that is the ceiling of the vote path,
// and the (voter, target) pairs actually stored, to check the counts against.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CMS_DIR, type PostgresDatabase } from '../../scripts/lib/services.ts';

const cmsRequire = createRequire(join(CMS_DIR, 'package.json'));

/** A row as the CMS's vote service writes it (cms/src/voting/votes.ts: `cast`). */
export interface RawVote {
  documentId: string;
  voter: string;
  target: string;
  project: string;
}

export interface RawInsertResult {
  statements: number;
  inserted: number;
  seconds: number;
  perSecond: number;
}

export interface VoteDb {
  /** The stored, counted votes as `voter|target`. */
  pairs(): Promise<Set<string>>;
  /**
   * Inserts `rows` one statement each (`INSERT … ON CONFLICT (voter, target) DO NOTHING`, as the
   * vote service does) into a scratch copy of the votes table with the same columns and indexes,
   * which is dropped afterwards. PostgreSQL uses `connections` connections at once.
   */
  rawInserts(rows: RawVote[], connections: number): Promise<RawInsertResult>;
  close(): Promise<void>;
}

const SCRATCH = 'bench_raw_votes';

export function sqliteVoteDb(file: string): VoteDb {
  const Database = cmsRequire('better-sqlite3');
  // Like Strapi's connection: synchronous=full and the file's journal mode (WAL, set by the CMS and stored in the file).
  const db = new Database(file, { timeout: 30_000 });
  return {
    async pairs() {
      const rows = db.prepare('SELECT voter, target FROM votes WHERE voided = 0').all() as Array<{ voter: string; target: string }>;
      return new Set(rows.map((r) => `${r.voter}|${r.target}`));
    },
    async rawInserts(rows) {
      const ddl = (db.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'votes' AND sql IS NOT NULL ORDER BY type DESC").all() as Array<{ sql: string }>).map((r) =>
        r.sql.replace(/(["`])votes(_[a-z_]*)?\1/g, (_m: string, q: string, suffix?: string) => `${q}${SCRATCH}${suffix ?? ''}${q}`),
      );
      db.exec(`DROP TABLE IF EXISTS ${SCRATCH}`);
      for (const statement of ddl) db.exec(statement);
      try {
        const insert = db.prepare(
          `INSERT INTO ${SCRATCH} (document_id, voter, target, kind, project, voided, created_at, updated_at, published_at) VALUES (?, ?, ?, 'project', ?, 0, ?, ?, ?) ON CONFLICT (voter, target) DO NOTHING RETURNING id`,
        );
        let inserted = 0;
        const started = performance.now();
        for (const row of rows) {
          const now = Date.now();
          if (insert.all(row.documentId, row.voter, row.target, row.project, now, now, now).length) inserted++;
        }
        const seconds = (performance.now() - started) / 1000;
        return { statements: rows.length, inserted, seconds, perSecond: rows.length / seconds };
      } finally {
        db.exec(`DROP TABLE IF EXISTS ${SCRATCH}`);
      }
    },
    async close() {
      db.close();
    },
  };
}

export function postgresVoteDb(database: PostgresDatabase): VoteDb {
  const { Pool } = cmsRequire('pg');
  const pool = new Pool({ host: database.host, port: database.port, database: database.database, user: database.user, password: database.password, max: 16 });
  return {
    async pairs() {
      const { rows } = await pool.query('SELECT voter, target FROM votes WHERE voided = false');
      return new Set((rows as Array<{ voter: string; target: string }>).map((r) => `${r.voter}|${r.target}`));
    },
    async rawInserts(rows, connections) {
      await pool.query(`DROP TABLE IF EXISTS ${SCRATCH}; DROP SEQUENCE IF EXISTS ${SCRATCH}_id_seq`);
      await pool.query(
        `CREATE TABLE ${SCRATCH} (LIKE votes INCLUDING ALL); CREATE SEQUENCE ${SCRATCH}_id_seq OWNED BY ${SCRATCH}.id; ALTER TABLE ${SCRATCH} ALTER COLUMN id SET DEFAULT nextval('${SCRATCH}_id_seq')`,
      );
      try {
        // As many connections as Strapi's pool (DATABASE_POOL_MAX, 10 by default), each one
        // statement at a time, like the CMS's concurrent requests.
        const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
        let next = 0;
        let inserted = 0;
        const started = performance.now();
        try {
          await Promise.all(
            clients.map(async (client: any) => {
              for (let i = next++; i < rows.length; i = next++) {
                const row = rows[i]!;
                const now = new Date();
                const result = await client.query({
                  name: 'raw-insert',
                  text: `INSERT INTO ${SCRATCH} (document_id, voter, target, kind, project, voided, created_at, updated_at, published_at) VALUES ($1, $2, $3, 'project', $4, false, $5, $5, $5) ON CONFLICT (voter, target) DO NOTHING RETURNING id`,
                  values: [row.documentId, row.voter, row.target, row.project, now],
                });
                if (result.rowCount) inserted++;
              }
            }),
          );
        } finally {
          for (const client of clients) client.release();
        }
        const seconds = (performance.now() - started) / 1000;
        return { statements: rows.length, inserted, seconds, perSecond: rows.length / seconds };
      } finally {
        await pool.query(`DROP TABLE IF EXISTS ${SCRATCH}`);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
