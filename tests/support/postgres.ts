// A throwaway PostgreSQL server for the `integration-postgres` vitest project: the project's
// globalSetup (the default export) starts one server from the machine's PostgreSQL binaries on a
// free loopback port for the whole run, and stops it and removes its data directory afterwards;
// each test file then gets a fresh database of its own (startTestCms calls createDatabase).
// Without the binaries the run fails with a clear message instead of skipping.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from '../../scripts/lib/services.ts';

/** What the test files need to reach the server (handed over with vitest's provide/inject). */
export interface TestPostgres {
  host: string;
  port: number;
  user: string;
  /** Folder of the PostgreSQL client binaries (psql). */
  binDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    portalPostgres: TestPostgres;
  }
}

const SUPERUSER = 'postgres';

/** The folder holding initdb, pg_ctl and psql: PG_BIN if set, else the first on PATH, else /usr/lib/postgresql/<newest>/bin. */
export function findPostgresBinaries(): string {
  const complete = (dir: string) => ['initdb', 'pg_ctl', 'psql'].every((bin) => existsSync(join(dir, bin)));
  const chosen = process.env.PG_BIN;
  if (chosen) {
    if (complete(chosen)) return chosen;
    throw new Error(`PostgreSQL integration tests: PG_BIN=${chosen} does not hold initdb, pg_ctl and psql.`);
  }
  const candidates = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  // /usr/local/bin may hold initdb/pg_ctl wrappers without psql; take the first folder that has all three.
  const found = candidates.find(complete);
  if (!found) {
    throw new Error(
      'PostgreSQL integration tests: no PostgreSQL server binaries (initdb, pg_ctl, psql) were found ' +
        `on PATH or under ${debian}/<version>/bin. Install them (Debian: apt-get install ` +
        'postgresql) or point PG_BIN at their folder.',
    );
  }
  return found;
}

/** runuser lives in sbin, which a minimal PATH (CI, `env -i`) may not include. */
function runuser(): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  const found = dirs.filter(Boolean).map((d) => join(d, 'runuser')).find((p) => existsSync(p));
  if (!found) throw new Error('PostgreSQL integration tests: runuser (util-linux) is needed to run initdb as the postgres user.');
  return found;
}

/** Runs a PostgreSQL server binary; as root it runs as the `postgres` user (initdb refuses root). */
function runPg(binDir: string, bin: string, args: string[], asPostgres: boolean): string {
  const [command, fullArgs] = asPostgres ? [runuser(), ['-u', SUPERUSER, '--', join(binDir, bin), ...args]] : [join(binDir, bin), args];
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

export interface PostgresServer extends TestPostgres {
  dir: string;
  stop(): void;
}

/**
 * Initialises a cluster in a new temp folder and starts it on a free 127.0.0.1 port (trust auth).
 * `durable`: fsync, synchronous_commit and full_page_writes on, as a production server runs (the
 * benchmark's production phases); by default off, which a throwaway test cluster does not need.
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<PostgresServer> {
  const binDir = findPostgresBinaries();
  const asPostgres = userInfo().uid === 0;
  const dir = mkdtempSync(join(tmpdir(), 'portal-pg-'));
  const dataDir = join(dir, 'data');
  const socketDir = join(dir, 'sock');
  mkdirSync(socketDir);
  if (asPostgres) {
    const ids = execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }).trim();
    const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }).trim());
    chownSync(dir, Number(ids), gid);
    chownSync(socketDir, Number(ids), gid);
  }
  let started = false;
  const stop = () => {
    if (started) {
      try {
        runPg(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'], asPostgres);
      } catch {
        try {
          runPg(binDir, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], asPostgres);
        } catch {
          // not running any more
        }
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg(binDir, 'initdb', ['-D', dataDir, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], asPostgres);
    // Durability is pointless for a throwaway cluster; these make Strapi's schema sync much faster.
    const durability = durable ? 'on' : 'off';
    const settings = `-c listen_addresses=127.0.0.1 -c fsync=${durability} -c synchronous_commit=${durability} -c full_page_writes=${durability}`;
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        runPg(binDir, 'pg_ctl', ['-D', dataDir, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${socketDir} ${settings}`, 'start'], asPostgres);
        started = true;
        break;
      } catch (error) {
        // Another process may have taken the port between freePort() and the start; try another.
        if (attempt >= 3) throw error;
      }
    }
    return { host: '127.0.0.1', port, user: SUPERUSER, binDir, dir, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Runs one SQL statement on a database of the server (`postgres` by default). */
export function psql(pg: TestPostgres, sql: string, database = 'postgres'): void {
  const result = spawnSync(
    join(pg.binDir, 'psql'),
    ['-h', pg.host, '-p', String(pg.port), '-U', pg.user, '-d', database, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql],
    { encoding: 'utf8', env: { ...process.env, PGCONNECT_TIMEOUT: '10' } },
  );
  if (result.status !== 0) throw new Error(`psql ${sql} failed: ${result.error?.message ?? result.stderr}`);
}

/** The server of this vitest run (only inside the `integration-postgres` project). */
export async function testPostgres(): Promise<TestPostgres> {
  const { inject } = await import('vitest');
  const pg = inject('portalPostgres');
  if (!pg) {
    throw new Error('PORTAL_TEST_DB=postgres needs the PostgreSQL server of the `integration-postgres` vitest project (tests/support/postgres.ts as its globalSetup).');
  }
  return pg;
}

/** Creates an empty database and returns its name (lowercase letters, digits, underscores). */
export function createDatabase(pg: TestPostgres, hint = 'portal'): string {
  const name = `${hint.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40)}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  psql(pg, `CREATE DATABASE "${name}"`);
  return name;
}

/** Drops a database made by createDatabase (best effort: the whole server goes at the end anyway). */
export function dropDatabase(pg: TestPostgres, name: string): void {
  try {
    psql(pg, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch {
    // removed with the server's data directory
  }
}

/** vitest globalSetup: one server for the whole run, handed to the test files with provide(). */
export default async function setup(project: { provide(key: 'portalPostgres', value: TestPostgres): void }): Promise<() => void> {
  const started = Date.now();
  const server = await startPostgres();
  // Also stop it if vitest exits without running the teardown (a crash, Ctrl+C).
  const onExit = () => server.stop();
  process.once('exit', onExit);
  process.stderr.write(`[portal] PostgreSQL ${server.binDir} on ${server.host}:${server.port} (ready in ${Date.now() - started} ms)\n`);
  project.provide('portalPostgres', { host: server.host, port: server.port, user: server.user, binDir: server.binDir });
  return () => {
    process.removeListener('exit', onExit);
    server.stop();
  };
}
