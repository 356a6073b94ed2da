// The serve command's second half (after scripts/serve.sh has provided Node 24 and the packages):
// Strapi on embedded SQLite, seeded on first run (or, with --db postgres, on a throwaway PostgreSQL
// server, with --replicas N as N instances on it); the site built from it; the site and the functions
// on one origin with netlify dev; a local build hook that rebuilds the site when an editor publishes.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { signDeployNotification } from './lib/netlify-signature.ts';
import { join } from 'node:path';
import { replaceApiToken } from './lib/cms-admin.ts';
import { demoBanner, demoExpertLink, OUTBOX, serveMode } from './lib/demo/serve-demo.ts';
import { watchOutbox } from './lib/outbox-watch.ts';
import { OptionsError, parseServeOptions, type ServeOptions, USAGE } from './lib/serve-options.mjs';
import {
  CMS_DIR,
  buildSite,
  cmsEnv,
  ensureCmsBuilt,
  freePort,
  log,
  type PostgresDatabase,
  type RunningNetlifyDev,
  type RunningStrapi,
  startNetlifyDev,
  startStrapi,
} from './lib/services.ts';
import { type Outcome, Supervisor, netlifyProbes, strapiProbes } from './lib/supervisor.ts';
import { createDatabase, startPostgres } from '../tests/support/postgres.ts';

const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 8888);
const runDir = join(CMS_DIR, '..', '.run');

// serve.sh has checked the options already (with the machine's Node); this is the same parser.
let options: ServeOptions;
try {
  options = parseServeOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof OptionsError)) throw error;
  process.stderr.write(`npm start: ${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options.mode === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const stoppers: Array<() => Promise<void>> = [];
let stopping: Promise<never> | null = null;
function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    log('Stopping...');
    for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

/** A part that keeps failing stops everything: never a portal that looks alive and is not. */
function stopAllWhenItGivesUp(supervisor: { outcome: Promise<Outcome> }): void {
  void supervisor.outcome.then((outcome) => {
    if (outcome.code === 0) return;
    log(`${outcome.reason}.`);
    void shutdown(outcome.code);
  });
}

/**
 * Tells the CMS how a local build ended, as Netlify's deploy notifications do in production (the
 * editors' home shows it). Best effort: the CMS may be restarting.
 */
const buildStatusSecret = randomBytes(24).toString('hex');
/** The CMS's Preview and the site's preview page share a secret (PREVIEW_SECRET; a fresh one per start). */
const previewSecret = process.env.PREVIEW_SECRET?.trim() || randomBytes(24).toString('base64url');
function reportBuild(strapiUrl: string, state: 'ready' | 'error', message?: string): void {
  const body = JSON.stringify({ state, error_message: message ?? null });
  void fetch(`${strapiUrl}/api/build-status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-webhook-signature': signDeployNotification(body, buildStatusSecret) },
    body,
  }).catch(() => undefined);
}

/**
 * Builds the site on request. A request that arrives during a build is folded into one more build
 * after it, so the site always ends up built from the latest published content.
 */
function coalescingBuilder(strapiUrl: string): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const buildOnce = async (): Promise<void> => {
    const started = Date.now();
    try {
      await buildSite(strapiUrl);
      log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      reportBuild(strapiUrl, 'ready');
    } catch (error) {
      log(`Site build failed: ${(error as Error).message}`);
      reportBuild(strapiUrl, 'error', (error as Error).message.split('\n')[0]);
      throw error;
    }
  };
  const request = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = buildOnce().finally(() => {
      running = null;
      if (again) {
        again = false;
        log('Content changed during the build: building again...');
        void request().catch(() => undefined);
      }
    });
    return running;
  };
  return request;
}

try {
  await ensureCmsBuilt();

  const hookPort = await freePort();
  const strapiUrl = `http://127.0.0.1:${cmsPort}`;
  const build = coalescingBuilder(strapiUrl);
  // Content published before the first build is done (the seed, the demo's load, whose hook call
  // arrives a debounce later) is in that build; nobody else can have published yet.
  let firstBuildDone = false;
  const hook = createServer((req, res) => {
    req.resume();
    res.writeHead(req.method === 'POST' ? 202 : 405).end();
    if (req.method === 'POST' && firstBuildDone) {
      log('Content published in the CMS: rebuilding the site...');
      build().catch(() => undefined);
    }
  }).listen(hookPort, '127.0.0.1');
  stoppers.push(async () => void hook.close());

  const mode = serveMode(options, log);
  const postgres = options.db === 'postgres' ? await throwawayPostgres() : undefined;
  const instances: RunningStrapi[] = [];
  for (let i = 0; i < options.replicas; i++) instances.push(await startCms(i, mode, postgres, hookPort));
  const strapi = instances[0]!;
  // The functions spread their calls over every instance (STRAPI_URL with commas), as production's load balancer does.
  const strapiUrls = instances.map((x) => x.url).join(',');

  log('Building the site from the CMS...');
  await build();
  firstBuildDone = true;

  // The functions write through the CMS with an API token of their own, made as an editor would.
  const settings = cmsEnv();
  let functionsEnv: Record<string, string> = {};
  try {
    const token = await replaceApiToken(
      strapi.url,
      { email: settings.ADMIN_EMAIL ?? '', password: settings.ADMIN_PASSWORD ?? '' },
      'Netlify functions (local)',
      'Made by npm start for the local functions; replaced at every start.',
    );
    functionsEnv = { STRAPI_TOKEN: token, STATUS_LINK_SECRET: settings.STATUS_LINK_SECRET ?? '', SESSION_SECRET: settings.SESSION_SECRET ?? '', SITE_URL: `http://localhost:${sitePort}` };
  } catch (error) {
    log(`${(error as Error).message} The functions run without an API token: applications cannot be submitted until STRAPI_TOKEN is set.`);
  }

  log('Starting netlify dev (site and functions on one origin)...');
  const functions = new Supervisor<RunningNetlifyDev>({
    name: 'netlify dev',
    hint: 'see .run/netlify.log',
    log,
    probes: netlifyProbes,
    start: (signal, restart) =>
      startNetlifyDev({ port: sitePort, strapiUrl: strapiUrls, env: { ...functionsEnv, PREVIEW_SECRET: previewSecret }, logFile: join(runDir, 'netlify.log'), appendLog: restart > 0, signal }),
  });
  stoppers.push(() => functions.stop());
  stopAllWhenItGivesUp(functions);
  const site = await functions.start();

  const admin = `sign in as ${settings.ADMIN_EMAIL}, password in cms/.env`;
  const demo = mode.plan
    ? demoBanner(mode.plan, await demoExpertLink(site.url, mode.plan.demoExpert).catch(() => null), { email: settings.ADMIN_EMAIL ?? '', password: settings.ADMIN_PASSWORD ?? '' }, strapi.url)
    : `\n  Serving ${mode.describe}.\n`;
  process.stderr.write(`
  The portal is running. Ctrl+C stops everything.

    Site:           ${site.url}/
    API (health):   ${site.url}/api/health
    CMS admin:      ${strapi.url}/admin   (${admin})
    CMS REST API:   ${strapi.url}/api/topics
${postgres ? `    CMS instances:  ${instances.map((x) => x.url).join(', ')}   (one PostgreSQL database, ${postgres.host}:${postgres.port}/${postgres.database}; removed on exit)\n` : ''}    Emails:         .outbox/ (written as .eml files; no SMTP locally; each one is announced below)
    Logs:           .run/cms.log${instances.length === 2 ? ', .run/cms-2.log' : instances.length > 2 ? `, .run/cms-2.log … .run/cms-${instances.length}.log` : ''}, .run/netlify.log

  Publishing in the CMS rebuilds the site (give it a few seconds, then reload).
${demo}`);
  // Local mail (no SMTP): one line per email, so a code or a sign-in link needs no mail client.
  const stopWatchingMail = watchOutbox(OUTBOX, log);
  stoppers.push(async () => stopWatchingMail());
} catch (error) {
  log((error as Error).message);
  await shutdown(1);
}

/** A throwaway PostgreSQL server (tests/support/postgres.ts) with one database, stopped and removed on exit. */
async function throwawayPostgres(): Promise<PostgresDatabase> {
  log('Starting a throwaway PostgreSQL server...');
  const server = await startPostgres();
  stoppers.push(async () => server.stop());
  // Also when the process ends without the shutdown (an uncaught error): stop() runs once.
  process.once('exit', () => server.stop());
  return { host: server.host, port: server.port, user: server.user, database: createDatabase(server, 'portal') };
}

/**
 * CMS instance `index` (0: the first, on CMS_PORT; the others on the ports after it), started after
 * the ones before it (the first sets the database up). Strapi and netlify dev are
 * restarted when they exit or stop answering (scripts/lib/supervisor.ts); a restart gets the
 * same ports, database and environment.
 */
async function startCms(index: number, mode: ReturnType<typeof serveMode>, postgres: PostgresDatabase | undefined, hookPort: number): Promise<RunningStrapi> {
  const port = cmsPort + index;
  const name = index ? `Strapi ${index + 1}` : 'Strapi';
  const logName = index ? `cms-${index + 1}.log` : 'cms.log';
  const cmsLog = join(runDir, logName);
  log(`Starting ${name} on http://127.0.0.1:${port} with ${mode.describe}${postgres ? ' on PostgreSQL' : ''}...`);
  const started = index ? () => undefined : mode.whileStarting(cmsLog);
  const cms = new Supervisor<RunningStrapi>({
    name,
    hint: `see .run/${logName}`,
    log,
    probes: strapiProbes,
    start: (signal, restart) =>
      startStrapi({
        port,
        dbFile: mode.dbFile,
        postgres,
        secrets: {}, // read from cms/.env by Strapi itself
        // Local builds cost nothing: every publish rebuilds within seconds (production spaces builds a minute apart).
        env: { BUILD_HOOK_URL: `http://127.0.0.1:${hookPort}/`, BUILD_HOOK_MIN_INTERVAL_MS: '0', BUILD_STATUS_SECRET: buildStatusSecret, SITE_URL: `http://localhost:${sitePort}`, PREVIEW_SECRET: previewSecret, ...mode.cmsEnv },
        logFile: cmsLog,
        appendLog: restart > 0,
        signal,
      }),
  });
  stoppers.push(() => cms.stop());
  stopAllWhenItGivesUp(cms);
  const running = await cms.start();
  started();
  return running;
}
