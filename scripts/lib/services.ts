// Starting and stopping the portal's parts as real processes: Strapi, the site build, netlify dev.
// Used by the serve command (scripts/serve.ts) and by the integration and end-to-end tests, so that
// what the tests run is what a developer runs. Runs on Node 24 directly (type stripping).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { Agent, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse, createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorResponse, payloadTooLarge } from '../../functions/_shared/errors.ts';
import { stagePreviewFunction } from '../../site/src/lib/preview/function-route.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CMS_DIR = join(ROOT, 'cms');
const STRAPI_BIN = join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/**
 * Node's options for Strapi as the CMS's own start script gives them (`cms/package.json`, what
 * production runs): `npm start`, the tests and the benchmarks start Strapi with the same ones.
 * Why each is there: the README's «Benchmarks».
 */
export function cmsNodeFlags(): string[] {
  const start = String(JSON.parse(readFileSync(join(CMS_DIR, 'package.json'), 'utf8')).scripts?.start ?? '');
  const [command, ...args] = start.trim().split(/\s+/);
  if (command !== 'node') return [];
  const script = args.findIndex((arg) => !arg.startsWith('--'));
  return script < 0 ? args : args.slice(0, script);
}

export function log(message: string): void {
  process.stderr.write(`\x1b[1m[portal]\x1b[0m ${message}\n`);
}

/**
 * The first port of the kernel's ephemeral range (outgoing connections take their local port from
 * it); 32768, Linux's default, where /proc cannot tell.
 */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 2048 ? low : 32768;
  } catch {
    return 32768;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A port nothing listens on now, for a server started a moment later. Taken below the ephemeral range:
 * a port the kernel hands out for listen(0) is in that range, and before the server binds it an
 * outgoing connection (Strapi's, the build's, netlify dev's own) may take it as its local port — which
 * once failed the end-to-end set-up with netlify dev's «Could not acquire required 'port'».
 */
export async function freePort(): Promise<number> {
  const low = 10_000;
  const high = ephemeralLow() - 1;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = low + Math.floor(Math.random() * (high - low + 1));
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port between ${low} and ${high} after 200 tries.`);
}

/** Polls `url` until `accept(status)` holds, the process dies, `signal` aborts, or `timeoutMs` passes. */
export async function waitForHttp(
  url: string,
  {
    timeoutMs = 120_000,
    accept = (s: number) => s < 500,
    process: child,
    signal,
  }: { timeoutMs?: number; accept?: (status: number) => boolean; process?: ManagedProcess; signal?: AbortSignal } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (child?.exitCode !== null && child?.exitCode !== undefined) {
      throw new Error(`${child.name} exited with code ${child.exitCode} before ${url} answered.\n${child.tail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      if (accept(res.status)) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready within ${timeoutMs / 1000} s (last: ${last}).${child ? `\n${child.tail()}` : ''}`);
}

export interface ManagedProcess {
  name: string;
  child: ChildProcess;
  readonly exitCode: number | null;
  /** Resolves with the exit code (128 + the signal's number when a signal ended it) once the process has exited. */
  readonly exited: Promise<number>;
  /** The last lines the process printed, for error messages. */
  tail(lines?: number): string;
  stop(): Promise<void>;
}

/** The last lines of a log file (its last 64 KB at most). */
function lastLines(file: string, lines: number): string {
  try {
    const size = statSync(file).size;
    const length = Math.min(size, 65_536);
    const buffer = Buffer.alloc(length);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buffer, 0, length, size - length);
    } finally {
      closeSync(fd);
    }
    return buffer.toString('utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function startProcess(
  name: string,
  command: string,
  args: string[],
  { cwd, env, logFile, echo = false, append = false }: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string; echo?: boolean; append?: boolean },
): ManagedProcess {
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  // Appended (a restart): the log of what failed stays above, after a line that says so.
  if (logFile && append) appendFileSync(logFile, `\n--- ${name} started again at ${new Date().toISOString()} ---\n`);
  // A log file that is not echoed is the child's own stdout and stderr: it writes there directly.
  // Through a pipe, a child that logs every request would block in its write whenever this
  // process is too busy to read (a load driver, a test runner), a stall that is not the child's.
  const direct = logFile && !echo ? openSync(logFile, append ? 'a' : 'w') : null;
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', direct ?? 'pipe', direct ?? 'pipe'], detached: true });
  if (direct !== null) closeSync(direct);
  const recent: string[] = [];
  const file = logFile && direct === null ? createWriteStream(logFile, { flags: append ? 'a' : 'w' }) : null;
  const onData = (chunk: Buffer) => {
    file?.write(chunk);
    if (echo) process.stderr.write(chunk);
    recent.push(...chunk.toString().split('\n'));
    if (recent.length > 400) recent.splice(0, recent.length - 400);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const tail = (lines: number) => (direct === null ? recent.slice(-lines).join('\n') : lastLines(logFile!, lines));
  let exitCode: number | null = null;
  let leftoversStopped = false;
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : 0);
      file?.end();
      resolve(exitCode);
    }),
  );
  return {
    name,
    child,
    exited,
    get exitCode() {
      return exitCode;
    },
    tail: (lines = 40) => tail(lines),
    async stop() {
      if (exitCode !== null) {
        // The process is gone; what it started in its group (netlify dev's Deno, say) goes too.
        if (!leftoversStopped) {
          leftoversStopped = true;
          try {
            process.kill(-child.pid!, 'SIGTERM');
          } catch {
            // nothing left
          }
        }
        return;
      }
      try {
        process.kill(-child.pid!, 'SIGTERM');
        process.kill(-child.pid!, 'SIGCONT'); // a stopped (hung) process cannot act on SIGTERM otherwise
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Secrets for a local or test Strapi. Reuse one set across restarts of the same database. */
export function strapiSecrets(): Record<string, string> {
  const s = () => randomBytes(24).toString('base64');
  return {
    APP_KEYS: [s(), s()].join(','),
    API_TOKEN_SALT: s(),
    ADMIN_JWT_SECRET: s(),
    TRANSFER_TOKEN_SALT: s(),
    JWT_SECRET: s(),
    ENCRYPTION_KEY: s(),
  };
}

/** Every file under `dir` (sorted), for the build's content digest. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => filesUnder(join(dir, entry.name)));
}

/**
 * A digest of what a Strapi build is made from: its sources, config and lockfile, and the shared
 * schema package's output. By content, not modification times: `tsc` rewrites every file of
 * schema/dist on each build, which would make every start rebuild Strapi (a minute or two).
 */
function cmsSourceDigest(): string {
  const hash = createHash('sha256');
  const inputs = ['src', 'config', 'package-lock.json', 'tsconfig.json'].map((p) => join(CMS_DIR, p)).concat(join(ROOT, 'schema', 'dist'));
  for (const file of inputs.flatMap(filesUnder)) hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Builds Strapi (admin panel + TypeScript) unless it was built from exactly the current sources. */
export async function ensureCmsBuilt(): Promise<void> {
  const stamp = join(CMS_DIR, 'dist', '.portal-built');
  const digest = cmsSourceDigest();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === digest) return;
  log('Building Strapi (TypeScript and the admin panel; about a minute)...');
  await run('npm', ['run', 'build'], { cwd: CMS_DIR });
  writeFileSync(stamp, `${digest}\n`);
}

export async function run(command: string, args: string[], { cwd, env = process.env }: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${code} (in ${cwd})`);
}

/** A PostgreSQL database for Strapi (DATABASE_CLIENT=postgres and the DATABASE_* parts). */
export interface PostgresDatabase {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
}

export interface StrapiOptions {
  port?: number;
  /** SQLite file (the default database); ignored when `postgres` is given or env sets DATABASE_CLIENT=postgres. */
  dbFile?: string;
  /** Run on this PostgreSQL database instead of SQLite. */
  postgres?: PostgresDatabase;
  secrets?: Record<string, string>;
  env?: Record<string, string>;
  logFile?: string;
  /** Append to `logFile` instead of starting it afresh (a restart). */
  appendLog?: boolean;
  echo?: boolean;
  /** More Node options, after the start script's own (`cmsNodeFlags`), for experiments (bench:votes --strapi-node-options; a flag given again wins); V8's GC flags are refused in NODE_OPTIONS. */
  nodeFlags?: string[];
  /** Aborts the start: the process is stopped and the promise rejects. */
  signal?: AbortSignal;
}

export interface RunningStrapi {
  url: string;
  port: number;
  /** Where the functions send votes (CMS_VOTES_URL): Strapi's own vote routes, at `url`. */
  votesUrl: string;
  process: ManagedProcess;
  secrets: Record<string, string>;
  /** Resolves with the exit code once Strapi has exited. */
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** Starts the built Strapi (`strapi start`) and resolves once `/_health` answers. */
export async function startStrapi(options: StrapiOptions): Promise<RunningStrapi> {
  const port = options.port ?? (await freePort());
  const secrets = options.secrets ?? strapiSecrets();
  const pg = options.postgres;
  if (!pg && !options.dbFile) throw new Error('startStrapi needs either dbFile (SQLite) or postgres');
  if (!pg) mkdirSync(dirname(options.dbFile!), { recursive: true });
  const database: Record<string, string> = pg
    ? {
        DATABASE_CLIENT: 'postgres',
        DATABASE_URL: '',
        DATABASE_HOST: pg.host,
        DATABASE_PORT: String(pg.port),
        DATABASE_NAME: pg.database,
        DATABASE_USERNAME: pg.user,
        DATABASE_PASSWORD: pg.password ?? '',
        DATABASE_SSL: 'false',
      }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: options.dbFile! };
  const proc = startProcess('Strapi', process.execPath, [...cmsNodeFlags(), ...(options.nodeFlags ?? []), STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...database,
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      ...secrets,
      ...options.env,
    },
    logFile: options.logFile,
    append: options.appendLog,
    echo: options.echo,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    // A CMS that loads the demo at start (DEMO_DATA, under a minute on a quiet machine) answers
    // only after the load; on a busy machine that can take a few minutes, and it says how far it is.
    const timeoutMs = options.env?.DEMO_DATA ? 600_000 : 120_000;
    await waitForHttp(`${url}/_health`, { accept: (s) => s === 204, process: proc, signal: options.signal, timeoutMs });
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { url, port, votesUrl: url, process: proc, secrets, exited: proc.exited, stop: () => proc.stop() };
}

export const DEFAULT_SITE_DIR = join(ROOT, 'site', 'dist');

/**
 * The package netlify dev runs as (`--filter`), and so the .netlify/v1 it reads framework output from.
 * Not the site's: the site build writes its own .netlify/v1, and netlify dev must never see that folder
 * change (site/src/lib/preview/function-route.ts). The functions package is what netlify dev serves
 * beside the static files given by --dir.
 */
const NETLIFY_DEV_PACKAGE = '@portal/functions';
export const NETLIFY_DEV_FRAMEWORKS_DIR = join(ROOT, 'functions', '.netlify', 'v1');

/**
 * Builds the static site from the CMS at `strapiUrl` into `outDir` (site/dist by default) and stages
 * its on-demand preview function for netlify dev (NETLIFY_DEV_FRAMEWORKS_DIR).
 */
export async function buildSite(strapiUrl: string, outDir = DEFAULT_SITE_DIR): Promise<void> {
  await run('npm', ['run', '--silent', 'build', '-w', 'site'], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_URL: strapiUrl, SITE_OUT_DIR: outDir },
  });
  await stagePreviewFunction({ from: join(ROOT, 'site', '.netlify', 'v1'), to: NETLIFY_DEV_FRAMEWORKS_DIR });
}

export interface NetlifyDevOptions {
  /** The origin's port: the front proxy listens here, netlify dev on a private port behind it. */
  port: number;
  /** The built site to serve; site/dist by default. */
  siteDir?: string;
  strapiUrl: string;
  /** Where the functions send votes (RunningStrapi.votesUrl); STRAPI_URL when not given. */
  votesUrl?: string;
  env?: Record<string, string>;
  logFile?: string;
  /** Append to `logFile` instead of starting it afresh (a restart). */
  appendLog?: boolean;
  echo?: boolean;
  /** Aborts the start: netlify dev is stopped and the promise rejects. */
  signal?: AbortSignal;
}

export interface RunningNetlifyDev {
  url: string;
  /** netlify dev's functions server on its private port (health probes). */
  functionsUrl: string;
  process: ManagedProcess;
  /** Resolves with netlify dev's exit code once it has exited. */
  exited: Promise<number>;
  /** Stops netlify dev and closes the front proxy. */
  stop(): Promise<void>;
}

/**
 * Serves site/dist and the functions on one origin with `netlify dev --offline`, behind the front
 * proxy (startFrontProxy) on `options.port`.
 */
export async function startNetlifyDev(options: NetlifyDevOptions): Promise<RunningNetlifyDev> {
  const netlify = join(ROOT, 'node_modules', 'netlify-cli', 'bin', 'run.js');
  const netlifyPort = await freePort();
  const staticPort = await freePort();
  const functionsPort = await freePort();
  const front = await startFrontProxy({ port: options.port, targetPort: netlifyPort });
  const proc = startProcess(
    'netlify dev',
    process.execPath,
    [
      netlify, 'dev', '--offline', '--filter', NETLIFY_DEV_PACKAGE,
      '--dir', options.siteDir ?? DEFAULT_SITE_DIR, '--functions', join(ROOT, 'functions'),
      // --target-port is ignored for a plain static site; --staticServerPort is what sets that server's
      // port (otherwise a fixed 3999, which npm start and the end-to-end run would both take).
      '--port', String(netlifyPort), '--staticServerPort', String(staticPort), '--functions-port', String(functionsPort),
      '--no-open',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        // The npm package `deno` (its binary in node_modules/.bin) serves netlify dev's edge layer;
        // outside an npm script that folder is not on PATH and netlify dev would try to download Deno.
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
        STRAPI_URL: options.strapiUrl,
        ...(options.votesUrl ? { CMS_VOTES_URL: options.votesUrl } : {}),
        NETLIFY_TELEMETRY_DISABLED: '1',
        ...options.env,
      },
      logFile: options.logFile,
      append: options.appendLog,
      echo: options.echo,
    },
  );
  const url = `http://localhost:${options.port}`;
  const stop = async () => {
    await Promise.all([proc.stop(), front.close()]);
  };
  try {
    await waitForHttp(`${url}/api/health`, { accept: (s) => s === 200 || s === 503, process: proc, timeoutMs: 90_000, signal: options.signal });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, functionsUrl: `http://127.0.0.1:${functionsPort}`, process: proc, exited: proc.exited, stop };
}

/**
 * The largest request body passed on to netlify dev: production's limit (Netlify Functions refuse
 * request bodies over 6 MB) and netlify dev's own (below).
 */
export const REQUEST_BODY_LIMIT = 6_000_000;

/**
 * A small front proxy for netlify dev, in this process, standing in for production's edge in front
 * of the functions. Why it exists: netlify dev's own proxy (netlify-cli 27, dist/utils/proxy.js
 * `onRequest`) reads every non-GET body with `createStreamPromise` (6,000,000 bytes, 30 s) and nothing
 * catches its rejection; netlify-cli's uncaughtException handler then exits the whole process, site
 * and functions with it. One body over 6 MB, a client that disconnects in the middle of its body, or
 * one that takes over 30 s to send it is enough (each reproduced against netlify-cli 27.10.2).
 * netlify-cli has no option for any of this. So this proxy reads each request body completely
 * before it forwards it, answers a body over REQUEST_BODY_LIMIT itself with 413 in the functions'
 * error shape (functions/_shared/errors.ts), as production would refuse it, and forwards complete
 * bodies only: netlify dev never sees a body it would die on. Everything else passes through as is
 * (method, path, headers including Host, the response streamed back).
 */
export async function startFrontProxy({ port, targetPort, limit = REQUEST_BODY_LIMIT }: { port: number; targetPort: number; limit?: number }): Promise<{ close(): Promise<void> }> {
  const agent = new Agent({ keepAlive: true });
  const limitText = `${new Intl.NumberFormat('ru-RU').format(limit / 1_000_000)} МБ`;
  // A larger body is not read to its end before the 413: the connection is closed instead.
  const drainLimit = 16 * limit;

  const send = async (res: ServerResponse, response: Response, close = false) => {
    if (res.headersSent || res.destroyed) return;
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, {
      ...Object.fromEntries(response.headers),
      'content-length': String(body.length),
      ...(close ? { connection: 'close' } : {}),
    });
    res.end(body);
  };
  const tooLarge = (res: ServerResponse, close = false) => send(res, payloadTooLarge(limitText).toResponse(), close);

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const headers: OutgoingHttpHeaders = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    delete headers.expect;
    if (body.length > 0 || req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) {
      headers['content-length'] = String(body.length);
    }
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers, agent });
    upstream.on('response', (answer) => {
      const raw: string[] = [];
      for (let i = 0; i < answer.rawHeaders.length; i += 2) {
        if (!HOP_BY_HOP.has(answer.rawHeaders[i]!.toLowerCase())) raw.push(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
      }
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, raw);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (res.headersSent) res.destroy();
      else void send(res, errorResponse(502, 'BadGatewayError', 'Локальный сервер сайта не отвечает: повторите запрос через несколько секунд.'));
    });
    // A client that leaves early: the upstream request goes too, but only after its body is out
    // (an incomplete body would stop netlify dev, see above).
    res.on('close', () => {
      if (res.writableFinished) return;
      if (upstream.writableFinished) upstream.destroy();
      else upstream.once('finish', () => upstream.destroy());
    });
    upstream.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > drainLimit) {
      void tooLarge(res, true);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainLimit && !refused) {
        refused = true;
        void tooLarge(res, true);
      }
    });
    // A client that leaves in the middle of its body: nothing is forwarded.
    req.on('error', () => undefined);
    req.on('end', () => {
      if (refused) return;
      if (size > limit) void tooLarge(res);
      else forward(req, res, Buffer.concat(chunks, size));
    });
  };

  const server = createHttpServer(handle);
  // `Expect: 100-continue` with a declared body over the limit: 413 before the body is sent.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      void tooLarge(res, true);
      return;
    }
    res.writeContinue();
    handle(req, res);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: stop what runs there or choose another port.`) : error),
    );
    server.listen(port, () => resolve());
  });
  return {
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      agent.destroy();
      await closed;
    },
  };
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/** cms/.env as key → value (written by scripts/make-cms-env.mjs; Strapi reads the same file), ADMIN_* from the environment winning. */
export function cmsEnv(): Record<string, string> {
  const entries = readFileSync(join(CMS_DIR, '.env'), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z_]+)=(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!] as const);
  const fromEnv = ['ADMIN_EMAIL', 'ADMIN_PASSWORD'].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : []));
  return { ...Object.fromEntries(entries), ...Object.fromEntries(fromEnv) };
}
