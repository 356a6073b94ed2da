import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteReader, createVoteWriter, type VoteRow } from './vote-writer';

// The real SQLite driver the CMS runs on, on an in-memory database; only knex's pool is stood in
// for (it hands out the one connection, as Strapi's SQLite pool does).
const Database = createRequire(import.meta.url)('better-sqlite3');

function database() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE votes (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT, voter TEXT NOT NULL, target TEXT, kind TEXT, project TEXT,
    voided BOOLEAN, created_at DATETIME, updated_at DATETIME, published_at DATETIME)`);
  db.exec('CREATE UNIQUE INDEX votes_voter_target_unique ON votes (voter, target)');
  db.exec('CREATE TABLE voters (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT, voided BOOLEAN)');
  // Counts the transactions the writer runs (better-sqlite3's transaction() is BEGIN … COMMIT).
  let commits = 0;
  const transaction = db.transaction.bind(db);
  db.transaction = (fn: () => unknown) => {
    const run = transaction(fn);
    const counted = () => (commits++, run());
    counted.immediate = () => (commits++, run.immediate());
    return counted;
  };
  const pool = { client: { acquireConnection: async () => db, releaseConnection: async () => undefined } };
  return { db, writer: createVoteWriter(() => pool as any, { votes: 'votes', voters: 'voters' }, 'sqlite'), commits: () => commits };
}

const row = (voter: string, target: string): VoteRow => ({ documentId: `${voter}-${target}`, voter, target, kind: 'project', project: target.slice(8), now: new Date('2026-06-01T10:00:00Z') });

let open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

describe('SQLite vote writer', () => {
  it('writes the votes that arrive together in one transaction: one row per pair, each counted once, counts after the commit', async () => {
    const { db, writer, commits } = database();
    open.push(db);
    const casts = [];
    for (let v = 0; v < 30; v++) {
      for (const t of ['project:aaaaaaaaaa', 'project:bbbbbbbbbb']) {
        // Every pair three times at once: a double click and a retry.
        for (let copy = 0; copy < 3; copy++) casts.push(writer.cast(row(`voter${v}`, t)));
      }
    }
    const results = await Promise.all(casts);
    expect(results.filter((r) => r.inserted)).toHaveLength(60);
    expect(results.every((r) => r.count === 30)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM votes').get().n).toBe(60);
    expect(db.prepare('SELECT created_at, voided FROM votes LIMIT 1').get()).toEqual({ created_at: Date.parse('2026-06-01T10:00:00Z'), voided: 0 });
    // 180 votes, at most 256 to a transaction.
    expect(commits()).toBe(1);
  });

  it('answers a repeat in a later turn as not inserted, with the same count', async () => {
    const { db, writer } = database();
    open.push(db);
    expect(await writer.cast(row('voter1', 'project:aaaaaaaaaa'))).toEqual({ inserted: true, count: 1 });
    expect(await writer.cast(row('voter1', 'project:aaaaaaaaaa'))).toEqual({ inserted: false, count: 1 });
    expect(await writer.cast(row('voter2', 'project:aaaaaaaaaa'))).toEqual({ inserted: true, count: 2 });
  });

  it('refuses only the row that fails: the others of its batch are still written', async () => {
    const { db, writer } = database();
    open.push(db);
    const good = writer.cast(row('voter1', 'project:aaaaaaaaaa'));
    const bad = writer.cast({ ...row('voter2', 'project:aaaaaaaaaa'), voter: null as unknown as string });
    const alsoGood = writer.cast(row('voter3', 'project:aaaaaaaaaa'));
    await expect(bad).rejects.toThrow(/NOT NULL/);
    expect(await good).toEqual({ inserted: true, count: 2 });
    expect(await alsoGood).toEqual({ inserted: true, count: 2 });
    expect(db.prepare('SELECT voter FROM votes ORDER BY voter').all()).toEqual([{ voter: 'voter1' }, { voter: 'voter3' }]);
  });

  it('stores the vote of a voter voided after the admission as voided: refused, listed, not counted', async () => {
    const { db, writer } = database();
    open.push(db);
    db.prepare("INSERT INTO voters (document_id, voided) VALUES ('voter1', 0), ('voter2', 1)").run();
    const [kept, voided] = await Promise.allSettled([writer.cast(row('voter1', 'project:aaaaaaaaaa')), writer.cast(row('voter2', 'project:aaaaaaaaaa'))]);
    expect(kept).toEqual({ status: 'fulfilled', value: { inserted: true, count: 1 } });
    expect(voided).toMatchObject({ status: 'rejected', reason: { status: 400, errorName: 'VoterVoided' } });
    expect(db.prepare('SELECT voter, voided FROM votes ORDER BY voter').all()).toEqual([
      { voter: 'voter1', voided: 0 },
      { voter: 'voter2', voided: 1 },
    ]);
    // Again (the admission refuses a voided voter before the writer): never a second row.
    expect(await writer.cast(row('voter2', 'project:aaaaaaaaaa'))).toEqual({ inserted: false, count: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM votes').get().n).toBe(2);
  });

  it('withdraws a counted vote once, and never a voided one', async () => {
    const { db, writer } = database();
    open.push(db);
    await writer.cast(row('voter1', 'project:aaaaaaaaaa'));
    await writer.cast(row('voter2', 'project:aaaaaaaaaa'));
    db.prepare("UPDATE votes SET voided = 1 WHERE voter = 'voter2'").run();
    expect(await writer.withdraw('voter1', 'project:aaaaaaaaaa')).toEqual({ removed: true, count: 0 });
    expect(await writer.withdraw('voter1', 'project:aaaaaaaaaa')).toEqual({ removed: false, count: 0 });
    expect(await writer.withdraw('voter2', 'project:aaaaaaaaaa')).toEqual({ removed: false, count: 0 });
    expect(db.prepare('SELECT voter, voided FROM votes').all()).toEqual([{ voter: 'voter2', voided: 1 }]);
  });
});

describe('SQLite reader', () => {
  it('answers the first row of a statement prepared once per SQL text, with parameters, and nothing on no row', async () => {
    const { db } = database();
    open.push(db);
    let prepared = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = (sql: string) => (prepared++, prepare(sql));
    db.prepare("INSERT INTO votes (voter, target, voided) VALUES ('a', 'project:x', 0), ('b', 'project:x', 1)").run();
    prepared = 0;
    const pool = { client: { acquireConnection: async () => db, releaseConnection: async () => undefined } };
    const reader = createSqliteReader(() => pool as any, 'sqlite')!;
    const byVoter = 'SELECT voided FROM votes WHERE voter = ? LIMIT 1';
    expect(await reader.get(byVoter, 'a')).toEqual({ voided: 0 });
    expect(await reader.get(byVoter, 'b')).toEqual({ voided: 1 });
    expect(await reader.get(byVoter, 'nobody')).toBeUndefined();
    expect(await reader.get('SELECT COUNT(*) AS n, MAX(id) AS id FROM votes')).toEqual({ n: 2, id: 2 });
    expect(prepared).toBe(2);
  });

  it('is not used on PostgreSQL', () => {
    expect(createSqliteReader(() => ({}) as any, 'postgres')).toBeNull();
  });
});
