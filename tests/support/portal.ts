// Test fixtures around a real Strapi: a temporary database seeded from content/ — a SQLite file, or
// with PORTAL_TEST_DB=postgres (the `integration-postgres` vitest project) a fresh database on the
// run's PostgreSQL server (tests/support/postgres.ts) — and the admin API calls an editor's browser
// would make (sign in, create an API token).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminLogin as signIn, replaceApiToken } from '../../scripts/lib/cms-admin.ts';
import { CMS_DIR, type PostgresDatabase, type RunningStrapi, startStrapi, strapiSecrets } from '../../scripts/lib/services.ts';

/** The site's address and the status-link secret the integration tests give their CMS and functions. */
export const SITE = 'https://portal.example';
export const STATUS_SECRET = 'integration-status-link-secret';

export const EDITOR = { email: 'editor@example.test', password: 'Editor-Passw0rd!' };

export interface TestCms extends RunningStrapi {
  dir: string;
  /** The SQLite file (unused when `postgres` is set). */
  dbFile: string;
  /** The PostgreSQL database, when the tests run with PORTAL_TEST_DB=postgres. */
  postgres?: PostgresDatabase;
  /**
   * Runs one SQL statement on the CMS's database behind Strapi's back, as another CMS process
   * sharing the database would change it.
   */
  sql(statement: string): void;
  /** Starts Strapi again on the same database and secrets (a restart). */
  restart(): Promise<void>;
  /** Stops Strapi and removes the temporary database. */
  dispose(): Promise<void>;
}

/** `postgres` when the run asks for PostgreSQL (PORTAL_TEST_DB, set by the vitest project), else `sqlite`. */
export function testDatabaseClient(): 'sqlite' | 'postgres' {
  const client = process.env.PORTAL_TEST_DB || 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres') throw new Error(`PORTAL_TEST_DB must be "sqlite" or "postgres", got "${client}"`);
  return client;
}

export async function startTestCms(env: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-cms-'));
  const dbFile = join(dir, 'data.db');
  let postgres: PostgresDatabase | undefined;
  let dropPostgres = () => {};
  let runSql = (statement: string) => {
    const db = new (createRequire(join(CMS_DIR, 'package.json'))('better-sqlite3'))(dbFile, { timeout: 5000 });
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  };
  if (testDatabaseClient() === 'postgres') {
    const pgSupport = await import('./postgres.ts');
    const server = await pgSupport.testPostgres();
    const name = pgSupport.createDatabase(server, `portal_${process.env.VITEST_POOL_ID ?? ''}`);
    postgres = { host: server.host, port: server.port, database: name, user: server.user };
    dropPostgres = () => pgSupport.dropDatabase(server, name);
    runSql = (statement) => pgSupport.psql(server, statement, name);
  }
  const secrets = strapiSecrets();
  const fullEnv = { ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password, VOTER_HASH_KEY: 'test-voter-hash-key-0123456789', ...env };
  const start = (port?: number) => startStrapi({ port, dbFile, postgres, secrets, env: fullEnv, logFile: join(dir, 'strapi.log') });
  let current: RunningStrapi;
  try {
    current = await start();
  } catch (error) {
    dropPostgres();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const cms: TestCms = {
    ...current,
    dir,
    dbFile,
    postgres,
    sql: (statement) => runSql(statement),
    async restart() {
      await current.stop();
      current = await start(current.port);
      Object.assign(cms, { url: current.url, port: current.port, votesUrl: current.votesUrl, process: current.process, stop: current.stop });
    },
    async dispose() {
      await current.stop();
      dropPostgres();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return cms;
}

/** Signs in to the admin panel's API as the editor and returns the admin JWT. */
export function adminLogin(cmsUrl: string): Promise<string> {
  return signIn(cmsUrl, EDITOR);
}

/** Creates a full-access API token, as an editor would in Settings → API Tokens. */
export function createApiToken(cmsUrl: string, name = `test-${Date.now()}-${Math.random().toString(36).slice(2)}`): Promise<string> {
  return replaceApiToken(cmsUrl, EDITOR, name, 'integration tests');
}

/** `fetch` against the CMS's REST API that parses JSON and keeps the status. */
export async function rest(
  cmsUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cmsUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** A call to the admin panel's content-manager API as a signed-in editor (what the admin UI sends). */
export async function contentManager(
  cmsUrl: string,
  jwt: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${cmsUrl}/content-manager/collection-types/${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${jwt}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as any };
}
