// Test fixtures around a real Strapi: a temporary SQLite database seeded from content/, and the
// admin API calls an editor's browser would make (sign in, create an API token).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminLogin as signIn, replaceApiToken } from '../../scripts/lib/cms-admin.ts';
import { type RunningStrapi, startStrapi, strapiSecrets } from '../../scripts/lib/services.ts';

export const EDITOR = { email: 'editor@example.test', password: 'Editor-Passw0rd!' };

export interface TestCms extends RunningStrapi {
  dir: string;
  dbFile: string;
  /** Starts Strapi again on the same database and secrets (a restart). */
  restart(): Promise<void>;
  /** Stops Strapi and removes the temporary database. */
  dispose(): Promise<void>;
}

export async function startTestCms(env: Record<string, string> = {}): Promise<TestCms> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-cms-'));
  const dbFile = join(dir, 'data.db');
  const secrets = strapiSecrets();
  const fullEnv = { ADMIN_EMAIL: EDITOR.email, ADMIN_PASSWORD: EDITOR.password, ...env };
  const start = (port?: number) => startStrapi({ port, dbFile, secrets, env: fullEnv, logFile: join(dir, 'strapi.log') });
  let current = await start();
  const cms: TestCms = {
    ...current,
    dir,
    dbFile,
    async restart() {
      await current.stop();
      current = await start(current.port);
      Object.assign(cms, { url: current.url, port: current.port, process: current.process, stop: current.stop });
    },
    async dispose() {
      await current.stop();
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
