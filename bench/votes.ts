// Benchmark of residents' votes (issue: votes under load, counted exactly). Not part of `npm test`.
//   npm run bench:votes                            # SQLite and PostgreSQL: 5,000 voters, 200 projects, 20,000 votes
//   npm run bench:votes -- --db sqlite --voters 500 --votes 2000 --skip-fault   # a quick iteration
//   npm run bench:votes -- --db sqlite --sweep 1,4,16,64 --profile              # where the time goes
//   npm run bench:votes -- --db sqlite --skip-fault --stalls --keep             # where the tail comes from
//   npm run bench:votes -- --db postgres --replicas 2                           # two CMS instances on one PostgreSQL
// PostgreSQL runs twice by default (--pg-durability fast,production): as the throwaway test cluster
// (fsync and synchronous_commit off) and as production runs it (both on). --replicas N starts N CMS
// instances on the one PostgreSQL database; the function spreads votes over them (STRAPI_URL with
// commas), and the fault run kills the last instance and starts it again while the others go on.
// --stalls adds each phase's event-loop stalls and GC pauses in Strapi and the function; --keep
// leaves the logs, the database and every request of every phase (.ndjson) in the temp folder;
// --strapi-node-options="--flag …" adds Node options to Strapi alone (to compare GC settings).
// For each database it starts the built Strapi on a fresh database, publishes the projects and
// verifies the voters through the CMS's real routes (not measured), then sends the votes through
// the vote function (functions/votes.mts, bundled and served as one function instance serves it)
// with a fixed number of concurrent clients: a fifth of the requests repeat an earlier vote, half
// of those as a double-click. Afterwards every project's public count must equal the number of
// distinct (voter, project) pairs that were acknowledged with a 2xx. In the same run, as the
// baselines the vote path is compared with: the same kind of load straight to the CMS's vote route
// (no function in between), and the raw
// insert rate of the database (one INSERT … ON CONFLICT DO NOTHING per row into a copy of the
// votes table), the ceiling. A fault run kills Strapi while votes arrive and starts it again: the
// function must answer 503, never 500, and no acknowledged vote may be lost. Exits non-zero on any miscount, lost vote or 500.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { adminLogin, replaceApiToken } from '../scripts/lib/cms-admin.ts';
import {
  ensureCmsBuilt,
  freePort,
  log,
  type ManagedProcess,
  type PostgresDatabase,
  ROOT,
  type RunningStrapi,
  startProcess,
  startStrapi,
  strapiSecrets,
  waitForHttp,
} from '../scripts/lib/services.ts';
import { issueSession } from '../functions/_shared/session.ts';
import { createDatabase, startPostgres } from '../tests/support/postgres.ts';
import { type CpuProbe, flushWrites, groupCpu, listenOverflows, machineCpu, measureCpu, selfCpu, treeCpu, waitForQuiet } from './lib/cpu.ts';
import { monotonicMicros, type ProfileSummary, summarizeProfile } from './lib/cpu-profile.ts';
import { groupListensOn } from './lib/listener.ts';
import { type StallSummary, stallsOf, worstStalls } from './lib/stalls.ts';
import { type LoadResult, type LoadSummary, type RequestSpec, runLoad, statusList, summarize } from './lib/load-driver.ts';
import { buildPlan, pairAllocator, type PairAllocator, type VotePlan, type VoteUnit } from './lib/vote-plan.ts';
import { postgresVoteDb, type RawInsertResult, sqliteVoteDb, type VoteDb } from './lib/vote-db.ts';
import { cmsCall, openVotingWindow, publishProjects, verifyVoters } from './lib/vote-fixtures.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'both' },
    voters: { type: 'string', default: '5000' },
    votes: { type: 'string', default: '20000' },
    projects: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '64' },
    duplicates: { type: 'string', default: '0.2' },
    'double-clicks': { type: 'string', default: '0.5' },
    warmup: { type: 'string', default: '1000' },
    fault: { type: 'string', default: 'tested' },
    'skip-fault': { type: 'boolean', default: false },
    'fault-rate': { type: 'string', default: '50' },
    'target-votes': { type: 'string', default: '10000' },
    sweep: { type: 'string', default: '' },
    'sweep-votes': { type: 'string', default: '5000' },
    profile: { type: 'boolean', default: false },
    stalls: { type: 'boolean', default: false },
    'quiet-wait': { type: 'string', default: '120' },
    keep: { type: 'boolean', default: false },
    'strapi-node-options': { type: 'string', default: '' },
    replicas: { type: 'string', default: '1' },
    'pg-durability': { type: 'string', default: 'fast,production' },
  },
});
const int = (name: keyof typeof values, min = 1) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${values[name]}"`);
  return n;
};
const share = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!(n >= 0 && n < 1)) throw new Error(`--${name} must be a share between 0 and 1, got "${values[name]}"`);
  return n;
};
/** The CMS as configured (cms/config/database.ts): SQLite in WAL mode with synchronous=FULL, or PostgreSQL. */
const KINDS = ['sqlite', 'postgres'] as const;
type Kind = (typeof KINDS)[number];
const LABELS: Record<Kind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
const dbChoice = (name: 'db' | 'fault', value: string): Kind[] => {
  if (value === 'both') return ['sqlite', 'postgres'];
  if (value === 'all') return [...KINDS];
  if (value === 'none') return [];
  const kinds = value.split(',');
  const wrong = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (wrong.length) throw new Error(`--${name} takes ${KINDS.join(', ')} (comma-separated), both, all${name === 'fault' ? ' or none' : ''}; got "${wrong.join(',')}"`);
  return kinds as Kind[];
};
const DATABASES = dbChoice('db', values.db);
/** CMS instances on the one PostgreSQL database (SQLite: one). */
const REPLICAS = int('replicas');
const DURABILITIES = values['pg-durability'].split(',');
if (!DURABILITIES.length || DURABILITIES.some((d) => d !== 'fast' && d !== 'production')) throw new Error(`--pg-durability takes fast, production or fast,production; got "${values['pg-durability']}"`);
/** One measured configuration: the database, its durability (PostgreSQL) and the CMS instances on it. */
interface Setup {
  kind: Kind;
  durable: boolean;
  replicas: number;
  label: string;
}
const SETUPS: Setup[] = DATABASES.flatMap((kind): Setup[] =>
  kind === 'sqlite'
    ? [{ kind, durable: true, replicas: 1, label: LABELS.sqlite }]
    : DURABILITIES.map((d) => ({
        kind,
        durable: d === 'production',
        replicas: REPLICAS,
        label: `${LABELS.postgres}, ${d === 'production' ? 'fsync on' : 'fsync off'}${REPLICAS > 1 ? `, ${REPLICAS} CMS instances` : ''}`,
      })),
);
/** V8 CPU profiles of Strapi and the function; a crash writes none, so there is no fault run then. */
const PROFILE = values.profile;
/** Event-loop stalls and GC pauses of Strapi and the function, per phase. */
const STALLS = values.stalls;
const STALL_PROBE = join(ROOT, 'bench', 'lib', 'stall-probe.ts');
/**
 * --stalls: the load driver (this process) runs the probe too: a stall here delays the reading of
 * answers, and every answer of that moment looks slow although Strapi and the function were not.
 */
const DRIVER_STALL_DIR = join(tmpdir(), `portal-bench-votes-driver-stalls-${process.pid}`);
if (values.stalls) {
  process.env.PORTAL_STALL_DIR = DRIVER_STALL_DIR;
  await import(pathToFileURL(STALL_PROBE).href);
}
const FAULT_DATABASES = values['skip-fault'] || PROFILE ? [] : values.fault === 'tested' ? DATABASES : dbChoice('fault', values.fault);
const VOTERS = int('voters');
const VOTES = int('votes');
const PROJECTS = int('projects');
const CONCURRENCY = int('concurrency');
const DUPLICATES = share('duplicates');
const DOUBLE_CLICKS = share('double-clicks');
const WARMUP = int('warmup', 0);
const FAULT_RATE = int('fault-rate');
const TARGET_VOTES = int('target-votes');
const SWEEP = values.sweep ? values.sweep.split(',').map(Number) : [];
if (SWEEP.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sweep takes client counts such as 1,4,16,64; got "${values.sweep}"`);
const SWEEP_VOTES = int('sweep-votes');
/** Seconds to wait, before each measured phase, for other programs to leave the cores alone. */
const QUIET_WAIT = int('quiet-wait', 0);

const TARGET_VOTES_PER_SECOND = 500;
const TARGET_P99_MS = 100;
/**
 * Clients of the target run. With a fixed number of clients the mean latency is clients ÷ rate
 * (Little's law): 64 clients at 500/s wait 128 ms on average whatever the server does, so the
 * latency target is checked at the target rate instead — votes sent on a schedule of 500 a second
 * (open loop, like wrk2 or autocannon's --overallRate), by as many clients as that takes.
 */
const TARGET_CLIENTS = 512;
const ADMIN = { email: 'bench@example.test', password: 'Bench-Passw0rd!' };
const SESSION_SECRET = 'bench-votes-session-secret-0123456789';
const VOTER_HASH_KEY = 'bench-votes-voter-hash-key-0123456789';
/** The fault run: Strapi is killed this long after the load starts, and stays down this long. */
const FAULT_AFTER_MS = 3000;
const FAULT_DOWN_MS = 4000;
/** …and the load goes on this long after Strapi answers again. */
const FAULT_TAIL_MS = 5000;

// Everything started is stopped and every temp folder removed, also on failure and on Ctrl+C.
const cleanups: Array<() => unknown> = [];
async function cleanUp(downTo = 0): Promise<void> {
  while (cleanups.length > downTo) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      log(`clean-up: ${(error as Error).message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping Strapi, the function and PostgreSQL, removing temp folders...`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const pairKey = (voter: number, project: number) => voter * 1_000_000 + project;
/** Plan units per second for a rate of requests (a double-click unit is two requests). */
const unitsPerSecond = (requests: number) => requests / (1 + DUPLICATES * DOUBLE_CLICKS);

/** What the clients were told about each (voter, project) pair, over every phase of one database. */
interface PairLedger {
  /** 2xx answers (counted or already). */
  acked: number;
  /** 201 answers (counted). */
  counted: number;
}

interface Phase {
  name: string;
  path: 'function' | 'cms';
  summary: LoadSummary;
  cpu: Record<string, number>;
  concurrency: number;
  /** When it ran, monotonic microseconds (to cut the CPU profiles). */
  from: number;
  to: number;
  /** Event-loop stalls and GC pauses during it (--stalls). */
  stalls?: { strapi: StallSummary | null; fn: StallSummary | null; driver: StallSummary | null; idle: StallSummary | null };
}

interface Verification {
  /** Projects whose public count differs from the distinct acknowledged pairs. */
  miscounts: number;
  /** Projects whose public count differs from the rows stored (the counting itself is wrong). */
  countsNotStored: number;
  distinctAcked: number;
  counted201: number;
  /** Pairs answered 201 more than once (a double count). */
  countedTwice: number;
  ackedMissing: number;
  unackedPresent: number;
  /** Pairs that never got a 2xx (some may still be stored: the answer was lost, not the vote). */
  unacked: number;
}

interface FaultReport {
  label: string;
  downSeconds: number;
  restartSeconds: number;
  windows: Array<{ name: string; statuses: Map<string, number> }>;
  fiveHundreds: number;
  /** Checked over every phase of the database after the restart… */
  verification: Verification;
  /** …and before the fault run, to tell the fault run's own unacknowledged votes. */
  before: Verification;
}

interface DbReport {
  kind: Kind;
  label: string;
  replicas: number;
  /** CPU seconds per instance during the function phase (the instances' share of Strapi's CPU). */
  instanceCpu: number[];
  setupSeconds: number;
  fn: Phase;
  direct: Phase;
  sweep: Phase[];
  raw: RawInsertResult;
  /** Votes sent on a schedule at the target rate through the function. */
  target: Phase;
  /** The anomaly scan run in the middle of the target run: how long it took, what it logged, the CMS's longest event-loop block meanwhile. */
  scan: { ms: number; logged: number; atSecond: number; longestBlockMs: number; longestStepCpuMs: number } | null;
  /** Checked after the target run and the sweep (cumulative): acknowledged votes stored, counts = rows. */
  afterTarget: Verification;
  rawConnections: number;
  verification: Verification;
  fault?: FaultReport;
  profiles: Array<{ title: string; summary: ProfileSummary }>;
}

/** A database's measured phases, in the order the report lists them. */
const phasesOf = (r: DbReport): Phase[] => [r.fn, r.direct, r.target, ...r.sweep];

/** Bundles functions/votes.mts the way Netlify's bundler does (esbuild, ESM, Node target). */
async function bundleVoteFunction(dir: string): Promise<string> {
  const outfile = join(dir, 'votes.mjs');
  await build({
    entryPoints: [join(ROOT, 'functions', 'votes.mts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: { js: "import { createRequire as __portalRequire } from 'node:module'; const require = __portalRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

async function startFunctionServer(bundle: string, strapiUrl: string, votesUrl: string | undefined, token: string, logFile: string, extraEnv: Record<string, string>): Promise<{ url: string; process: ManagedProcess }> {
  const port = await freePort();
  const proc = startProcess('vote function', process.execPath, [join(ROOT, 'bench', 'lib', 'function-server.ts'), bundle, String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      STRAPI_URL: strapiUrl,
      ...(votesUrl ? { CMS_VOTES_URL: votesUrl } : {}),
      STRAPI_TOKEN: token,
      SESSION_SECRET,
      // Every simulated resident comes from 127.0.0.1, so the per-IP limit of one instance (300 a
      // minute by default) would refuse nearly all of them; in production each has their own address.
      VOTES_PER_IP_PER_MINUTE: '1000000000',
      ...extraEnv,
    },
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/__ready`, { accept: (s) => s === 204, process: proc, timeoutMs: 30_000 });
  return { url, process: proc };
}

/**
 * Starts Strapi on a free port, again on another one if the port was taken in the meantime: then
 * Strapi exits ("port already used") while the program that took the port may answer the health
 * check in its place (freePort() only finds a port that was free a moment ago).
 */
async function startOwnStrapi(launch: () => Promise<RunningStrapi>): Promise<RunningStrapi> {
  for (let attempt = 1; ; attempt++) {
    const strapi = await launch();
    if (await holdsItsPort(strapi)) return strapi;
    if (attempt === 3) throw new Error(`Strapi could not listen on a free port, three times:\n${strapi.process.tail()}`);
    log(`Strapi exited: another program took port ${strapi.port} (and answered its health check); trying another port...`);
  }
}

/** Waits until this Strapi itself listens on its port (true) or has exited (false). */
async function holdsItsPort(strapi: RunningStrapi): Promise<boolean> {
  while (strapi.process.exitCode === null) {
    if (groupListensOn(strapi.process.child.pid!, strapi.port)) return true;
    await sleep(200);
  }
  return false;
}

/** Kills the whole process group at once, as a crash or an OOM kill would, and waits for it to go. */
async function crash(proc: ManagedProcess): Promise<void> {
  try {
    process.kill(-proc.child.pid!, 'SIGKILL');
  } catch {
    return;
  }
  while (proc.exitCode === null) await sleep(20);
}

function record(ledger: Map<number, PairLedger>, result: LoadResult): void {
  for (const r of result.records) {
    const key = pairKey(r.voter, r.project);
    let entry = ledger.get(key);
    if (!entry) ledger.set(key, (entry = { acked: 0, counted: 0 }));
    if (r.status === 201) entry.counted++;
    if (r.status === 200 || r.status === 201) entry.acked++;
  }
}

/**
 * Waits until the CMS is idle and the votes table stops growing: votes the function gave up on (its
 * timeout) may still be queued in the CMS after the load ended, and would otherwise land between
 * the count and the row check, or after it. A commit may stall for seconds, so idle means no CPU too.
 */
async function settle(db: VoteDb, strapiCpu: CpuProbe): Promise<void> {
  let stored = (await db.pairs()).size;
  let quietSeconds = 0;
  for (let i = 0; i < 120; i++) {
    const cpu = strapiCpu();
    await sleep(1000);
    const now = (await db.pairs()).size;
    quietSeconds = now === stored && strapiCpu() - cpu < 0.05 ? quietSeconds + 1 : 0;
    if (quietSeconds === 2) return;
    stored = now;
  }
  throw new Error('The CMS did not become idle within 2 minutes after the load: the counts cannot be checked.');
}

async function verify(cms: string, db: VoteDb, strapiCpu: CpuProbe, ledger: Map<number, PairLedger>, voterIds: string[], projectIds: string[]): Promise<Verification> {
  await settle(db, strapiCpu);
  const counts = await cmsCall(cms, '/api/votes/counts');
  if (counts.status !== 200) throw new Error(`${cms}/api/votes/counts answered HTTP ${counts.status}`);
  const publicCounts = counts.body.projects as Record<string, number>;
  const stored = await db.pairs();
  const expected = new Map<string, number>();
  const storedPerProject = new Map<string, number>();
  for (const pair of stored) {
    const project = pair.slice(pair.indexOf('|project:') + 9);
    storedPerProject.set(project, (storedPerProject.get(project) ?? 0) + 1);
  }
  const v: Verification = { miscounts: 0, countsNotStored: 0, distinctAcked: 0, counted201: 0, countedTwice: 0, ackedMissing: 0, unackedPresent: 0, unacked: 0 };
  for (const [key, entry] of ledger) {
    const voter = voterIds[Math.floor(key / 1_000_000)]!;
    const project = projectIds[key % 1_000_000]!;
    const present = stored.has(`${voter}|project:${project}`);
    v.counted201 += entry.counted;
    if (entry.counted > 1) v.countedTwice++;
    if (entry.acked) {
      v.distinctAcked++;
      expected.set(project, (expected.get(project) ?? 0) + 1);
      if (!present) v.ackedMissing++;
    } else {
      v.unacked++;
      if (present) v.unackedPresent++;
    }
  }
  for (const project of new Set([...projectIds, ...Object.keys(publicCounts)])) {
    const shown = publicCounts[project] ?? 0;
    if (shown !== (expected.get(project) ?? 0)) v.miscounts++;
    if (shown !== (storedPerProject.get(project) ?? 0)) v.countsNotStored++;
  }
  return v;
}

function checkVerification(label: string, v: Verification): string[] {
  const problems: string[] = [];
  if (v.ackedMissing) problems.push(`${label}: ${v.ackedMissing} acknowledged vote(s) are not in the database`);
  if (v.countsNotStored) problems.push(`${label}: ${v.countsNotStored} project count(s) differ from the rows stored`);
  if (v.countedTwice) problems.push(`${label}: ${v.countedTwice} pair(s) were answered 201 «counted» more than once`);
  return problems;
}

/** The CMS instances on one database; the fault run replaces the one it kills. */
interface Cluster {
  kind: Kind;
  dir: string;
  outbox: string;
  strapi: RunningStrapi;
  /** The other instances (--replicas), on the same database. */
  others: RunningStrapi[];
  /** Starts one more Strapi on this database (on `port`: the one a crashed instance had). */
  launch: (port?: number) => Promise<RunningStrapi>;
  db: VoteDb;
  /** PostgreSQL's postmaster, whose process tree's CPU is PostgreSQL's. */
  postmaster?: number;
  stallDir: string;
  profileDir: (name: string) => string;
  /** The environment that adds --profile's and --stalls' probes to a process. */
  profiling: (name: string) => Record<string, string>;
}

const instancesOf = (c: Cluster) => [c.strapi, ...c.others];

/** Starts the database (PostgreSQL: a throwaway server), Strapi on it and the other instances. */
async function startCluster({ kind, durable, replicas, label }: Setup, dir: string): Promise<Cluster> {
  const outbox = join(dir, 'outbox');
  mkdirSync(outbox, { recursive: true });
  let postgres: PostgresDatabase | undefined;
  let postmaster: number | undefined;
  if (kind === 'postgres') {
    log('PostgreSQL: starting a throwaway server...');
    const server = await startPostgres({ durable });
    cleanups.push(() => server.stop());
    postgres = { host: server.host, port: server.port, user: server.user, database: createDatabase(server, 'bench_votes') };
    postmaster = Number(readFileSync(join(server.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }
  const dbFile = join(dir, 'data.db');
  const secrets = strapiSecrets();
  const strapiEnv = {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    VOTER_HASH_KEY,
    OUTBOX_DIR: outbox,
    // The CMS's own per-voter limit (30 a minute) is for people; the plan's voters vote ~4 times
    // within seconds, and a double-click counts twice.
    VOTES_PER_VOTER_PER_MINUTE: '1000000',
  };
  let strapiStarts = 0;
  const profileDir = (name: string) => join(dir, 'profiles', name);
  // --profile: V8 CPU profiles; --stalls: the stall probe (bench/lib/stall-probe.ts) in Strapi and the function.
  const stallDir = join(dir, 'stalls');
  const profiling = (name: string): Record<string, string> => {
    const options = [
      process.env.NODE_OPTIONS ?? '',
      PROFILE ? `--cpu-prof --cpu-prof-dir=${profileDir(name)}` : '',
      STALLS ? `--import=${STALL_PROBE}` : '',
    ].filter(Boolean);
    return { ...(options.length ? { NODE_OPTIONS: options.join(' ') } : {}), ...(STALLS ? { PORTAL_STALL_DIR: stallDir } : {}) };
  };
  const launch = (port?: number) => {
    strapiStarts++;
    return startStrapi({
      port,
      dbFile,
      postgres,
      secrets,
      env: { ...strapiEnv, ...profiling(`strapi-${strapiStarts}`) },
      logFile: join(dir, `strapi-${strapiStarts}.log`),
      nodeFlags: values['strapi-node-options'].split(' ').filter(Boolean),
    });
  };
  log(`${kind}: starting Strapi...`);
  // The fault run replaces instances in this object: the clean-ups stop whichever runs then.
  const started: Omit<Cluster, 'db'> = { kind, dir, outbox, strapi: await startOwnStrapi(launch), others: [], launch, postmaster, stallDir, profileDir, profiling };
  cleanups.push(() => started.strapi.stop());
  // The other instances, one after the other once the first has set the database up.
  for (let i = 1; i < replicas; i++) {
    log(`${label}: starting CMS instance ${i + 1}...`);
    started.others.push(await startOwnStrapi(launch));
    cleanups.push(() => started.others[i - 1]!.stop());
  }
  const db = kind === 'postgres' ? postgresVoteDb(postgres!) : sqliteVoteDb(dbFile);
  cleanups.push(() => db.close());
  return Object.assign(started, { db });
}

/** The voting window opened, the projects published and the voters verified, through the CMS's routes (not measured). */
async function setUpVoting(kind: Kind, strapiUrl: string, outbox: string): Promise<{ token: string; projectIds: string[]; voterIds: string[] }> {
  const token = await replaceApiToken(strapiUrl, ADMIN, 'bench-votes', 'vote benchmark');
  const jwt = await adminLogin(strapiUrl, ADMIN);
  await openVotingWindow(strapiUrl, token);
  const projectIds = await publishProjects(strapiUrl, token, jwt, PROJECTS, (done) => {
    process.stderr.write(`\r  ${kind}: publishing projects ${done}/${PROJECTS}${done === PROJECTS ? '\n' : ''}`);
  });
  const voterIds = await verifyVoters(strapiUrl, token, outbox, VOTERS, (done) => {
    process.stderr.write(`\r  ${kind}: verifying residents (code by email) ${done}/${VOTERS}${done === VOTERS ? '\n' : ''}`);
  });
  return { token, projectIds, voterIds };
}

/** What every phase of one database uses: the cluster, the function in front of it, the requests, the probes and the ledger. */
interface Rig {
  kind: Kind;
  cluster: Cluster;
  token: string;
  fn: { url: string; process: ManagedProcess };
  /** --stalls: an idle process with the same probe. */
  idle: ReturnType<typeof spawn> | undefined;
  voterIds: string[];
  projectIds: string[];
  viaFunction: (unit: VoteUnit) => RequestSpec;
  toCms: (unit: VoteUnit) => RequestSpec;
  probes: () => Record<string, CpuProbe>;
  /** A fresh plan of `requests` votes (each with the next seed). */
  plan: (requests: number) => VotePlan;
  ledger: Map<number, PairLedger>;
}

async function startRig(cluster: Cluster, bundle: string, voting: { token: string; projectIds: string[]; voterIds: string[] }): Promise<Rig> {
  const { kind, strapi, stallDir } = cluster;
  const { token, projectIds, voterIds } = voting;
  const fn = await startFunctionServer(bundle, instancesOf(cluster).map((x) => x.url).join(','), strapi.votesUrl === strapi.url ? undefined : strapi.votesUrl, token, join(cluster.dir, 'function.log'), cluster.profiling('function'));
  cleanups.push(() => fn.process.stop());
  // --stalls: an idle Node process with the same probe. If it stalls when Strapi does, the cause is
  // the machine (the hypervisor, the kernel), not anything Strapi does.
  const idle = STALLS
    ? spawn(process.execPath, [`--import=${STALL_PROBE}`, '-e', 'setInterval(() => {}, 1 << 30)'], {
        env: { ...process.env, PORTAL_STALL_DIR: stallDir },
        stdio: 'ignore',
      })
    : undefined;
  if (idle) cleanups.push(() => idle.kill());
  const cookies = voterIds.map((id) => `portal_resident=${issueSession(id, SESSION_SECRET).value}`);
  const allocator: PairAllocator = pairAllocator(VOTERS, PROJECTS, 20_250_601);
  const everyone = voterIds.map((_, i) => i);
  let seed = 1;
  return {
    kind,
    cluster,
    token,
    fn,
    idle,
    voterIds,
    projectIds,
    viaFunction: (unit) => ({ path: '/api/votes', headers: { cookie: cookies[unit.voter]! }, body: JSON.stringify({ project: projectIds[unit.project] }) }),
    toCms: (unit) => ({
      path: '/api/votes/cast',
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ voter: voterIds[unit.voter], target: { kind: 'project', id: projectIds[unit.project] } }),
    }),
    probes: () => ({
      strapi: () => instancesOf(cluster).reduce((sum, x) => sum + groupCpu(x.process.child.pid!)(), 0),
      ...Object.fromEntries(instancesOf(cluster).map((x, i) => [`strapi${i + 1}`, groupCpu(x.process.child.pid!)])),
      function: groupCpu(fn.process.child.pid!),
      driver: selfCpu,
      ...(cluster.postmaster ? { postgres: treeCpu(cluster.postmaster) } : {}),
      machine: machineCpu,
      overflows: listenOverflows,
    }),
    plan: (requests) => buildPlan({ allocator, voters: everyone, requests, duplicateShare: DUPLICATES, doubleClickShare: DOUBLE_CLICKS, seed: seed++ }),
    ledger: new Map(),
  };
}

/** Every project's count against the acknowledged votes, and the rows stored (after the CMS settles). */
const verifyRig = (rig: Rig) => verify(rig.cluster.strapi.url, rig.cluster.db, rig.probes().strapi!, rig.ledger, rig.voterIds, rig.projectIds);

/** One measured phase: waits for quiet cores, sends the plan, records the answers in the ledger. */
async function runPhase(rig: Rig, name: string, path: Phase['path'], votePlan: VotePlan, concurrency = CONCURRENCY, votesPerSecond?: number, during?: () => Promise<void>): Promise<Phase> {
  const { kind, cluster, fn, idle } = rig;
  const flushed = flushWrites();
  if (flushed > 1000) log(`${kind}: writing what the set-up and the last phase left in memory to disk took ${fmt(flushed / 1000)} s`);
  const busy = await waitForQuiet(0.25, QUIET_WAIT * 1000, (cores) =>
    log(`${kind}: other programs keep ${fmt(cores * 100)} % of a core busy; waiting up to ${QUIET_WAIT} s for quiet before «${name}»...`),
  );
  if (busy >= 0.25) log(`${kind}: measuring «${name}» anyway, with other programs using ${fmt(busy * 100)} % of a core`);
  const from = monotonicMicros();
  const { value, cpu } = await measureCpu(rig.probes(), async () => {
    const side = during?.();
    const load = await runLoad({
      url: path === 'function' ? fn.url : cluster.strapi.votesUrl,
      units: votePlan.units,
      spec: path === 'function' ? rig.viaFunction : rig.toCms,
      concurrency,
      rate: votesPerSecond && unitsPerSecond(votesPerSecond),
      label: `${kind}: ${name}`,
    });
    await side;
    return load;
  });
  record(rig.ledger, value);
  // With --keep, every request of the phase for a closer look: status, latency, when it was sent.
  if (values.keep) {
    const lines = [JSON.stringify({ phase: name, startedAt: new Date(value.startedAt).toISOString() }), ...value.records.map((r) => JSON.stringify(r))];
    writeFileSync(join(cluster.dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.ndjson`), `${lines.join('\n')}\n`);
  }
  const ended = Date.now();
  const stalls = STALLS
    ? {
        // The worst of the instances: the table has one column for Strapi.
        strapi: worstStalls(instancesOf(cluster).map((s) => stallsOf(cluster.stallDir, s.process.child.pid!, value.startedAt, ended))),
        fn: stallsOf(cluster.stallDir, fn.process.child.pid!, value.startedAt, ended),
        driver: stallsOf(DRIVER_STALL_DIR, process.pid, value.startedAt, ended),
        idle: idle?.pid ? stallsOf(cluster.stallDir, idle.pid, value.startedAt, ended) : null,
      }
    : undefined;
  return { name, path, summary: summarize(value), cpu, concurrency, from, to: monotonicMicros(), stalls };
}

/**
 * Votes sent on a schedule at the target rate. The anomaly scan (a cron job every 5 minutes) runs
 * in the middle of it, as it will sooner or later under real load: it reads the last 10 minutes of
 * votes on the CMS's thread.
 */
async function targetRun(rig: Rig): Promise<{ target: Phase; scan: DbReport['scan'] }> {
  const targetSeconds = TARGET_VOTES / TARGET_VOTES_PER_SECOND;
  let scan: DbReport['scan'] = null;
  const target = await runPhase(rig, `votes via the function, ${TARGET_VOTES_PER_SECOND}/s offered`, 'function', rig.plan(TARGET_VOTES), TARGET_CLIENTS, TARGET_VOTES_PER_SECOND, async () => {
    await sleep((targetSeconds / 2) * 1000);
    const started = performance.now();
    const answer = await cmsCall(rig.cluster.strapi.url, '/api/votes/anomalies/scan', { method: 'POST', bearer: rig.token });
    if (answer.status !== 200) throw new Error(`The anomaly scan answered HTTP ${answer.status}: ${JSON.stringify(answer.body)}`);
    scan = { ms: performance.now() - started, logged: answer.body.logged, atSecond: targetSeconds / 2, longestBlockMs: answer.body.longestBlockMs, longestStepCpuMs: answer.body.longestStepCpuMs };
  });
  return { target, scan };
}

/** The ceiling, on the same database while the CMS is idle: the function phase's requests, in order, as raw statements. */
async function rawCeiling(rig: Rig, fnPlan: VotePlan): Promise<{ raw: RawInsertResult; rawConnections: number }> {
  const { kind, voterIds, projectIds } = rig;
  const rows = fnPlan.units.flatMap((u) => {
    const row = { documentId: `raw${u.voter}x${u.project}`, voter: voterIds[u.voter]!, target: `project:${projectIds[u.project]}`, project: projectIds[u.project]! };
    return u.copies === 2 ? [row, row] : [row];
  });
  const rawConnections = kind === 'postgres' ? 10 : 1;
  log(`${kind}: raw inserts into a copy of the votes table (${fmt(rows.length)} statements, ${rawConnections} connection${rawConnections > 1 ? 's' : ''})...`);
  return { raw: await rig.cluster.db.rawInserts(rows, rawConnections), rawConnections };
}

/**
 * The fault run: votes at FAULT_RATE through the function while an instance is killed (the last
 * one: the others go on serving and the function fails over), kept down and started again.
 */
async function faultRun(rig: Rig, label: string, before: Verification): Promise<FaultReport> {
  const { kind, cluster } = rig;
  const faultPlan = rig.plan(FAULT_RATE * 60);
  let stopAt = Infinity;
  let killedAt = 0;
  let upAt = 0;
  let restartSeconds = 0;
  log(`${kind}: fault run: ${FAULT_RATE} votes/s via the function; Strapi is killed after ${FAULT_AFTER_MS / 1000} s, kept down ${FAULT_DOWN_MS / 1000} s, started again`);
  const started = performance.now();
  const load = runLoad({ url: rig.fn.url, units: faultPlan.units, spec: rig.viaFunction, concurrency: CONCURRENCY, rate: unitsPerSecond(FAULT_RATE), stop: () => performance.now() > stopAt, label: `${kind}: fault run` });
  const chaos = (async () => {
    await sleep(FAULT_AFTER_MS);
    killedAt = performance.now() - started;
    const victim = cluster.others.at(-1) ?? cluster.strapi;
    await crash(victim.process);
    await sleep(FAULT_DOWN_MS);
    const restarting = performance.now();
    const restarted = await cluster.launch(victim.port);
    if (cluster.others.length) cluster.others[cluster.others.length - 1] = restarted;
    else cluster.strapi = restarted;
    if (!(await holdsItsPort(restarted))) throw new Error(`Strapi could not listen on port ${restarted.port} again after the crash:\n${restarted.process.tail()}`);
    restartSeconds = (performance.now() - restarting) / 1000;
    upAt = performance.now() - started;
    stopAt = performance.now() + FAULT_TAIL_MS;
  })();
  const [result] = await Promise.all([load, chaos]);
  if (!upAt) throw new Error('The fault run ended before Strapi was back: raise --fault-rate or the plan size.');
  record(rig.ledger, result);
  const windows = [
    { name: 'before the crash', from: 0, to: killedAt },
    { name: 'Strapi down or starting', from: killedAt, to: upAt },
    { name: 'after the restart', from: upAt, to: Infinity },
  ].map((w) => {
    const statuses = new Map<string, number>();
    for (const r of result.records) {
      if (r.at < w.from || r.at >= w.to) continue;
      const key = r.status ? String(r.status) : `no answer (${r.error})`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    return { name: w.name, statuses };
  });
  log(`${kind}: fault run: checking that every acknowledged vote is stored...`);
  return {
    label,
    downSeconds: (upAt - killedAt) / 1000,
    restartSeconds,
    windows,
    fiveHundreds: result.records.filter((r) => r.status >= 500 && r.status !== 503).length,
    verification: await verifyRig(rig),
    before,
  };
}

/** --profile: where Strapi and the function spent the CPU of the main phases and the paced one (written when they exited). */
function cpuProfiles(cluster: Cluster, fnPhase: Phase, direct: Phase, target: Phase): DbReport['profiles'] {
  const profiles: DbReport['profiles'] = [];
  if (!PROFILE) return profiles;
  for (const [title, name, p] of [
    ['Strapi during «votes via the function»', 'strapi-1', fnPhase],
    ['the function during «votes via the function»', 'function', fnPhase],
    ['Strapi during «votes straight to the CMS»', 'strapi-1', direct],
    [`Strapi during «${target.name}»`, 'strapi-1', target],
    [`the function during «${target.name}»`, 'function', target],
  ] as const) {
    const summary = summarizeProfile(cluster.profileDir(name), p.from, p.to, ROOT);
    if (summary) profiles.push({ title: `${LABELS[cluster.kind]}: ${title}`, summary });
  }
  return profiles;
}

/** All phases of one database, in order; everything it started is stopped before it returns. */
async function benchDatabase(setup: Setup, bundle: string, work: string): Promise<DbReport> {
  const { kind, replicas, label } = setup;
  const dir = join(work, label.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
  const setupStarted = performance.now();
  const ownCleanups = cleanups.length;
  const cluster = await startCluster(setup, dir);
  const voting = await setUpVoting(kind, cluster.strapi.url, cluster.outbox);
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  log(`${kind}: set-up done in ${setupSeconds.toFixed(0)} s (not measured)`);
  const rig = await startRig(cluster, bundle, voting);

  if (WARMUP > 0) {
    // JIT, connection pools and the CMS's caches of the round and the projects: not measured.
    await runPhase(rig, 'warm-up via the function', 'function', rig.plan(WARMUP));
    await runPhase(rig, 'warm-up straight to the CMS', 'cms', rig.plan(WARMUP));
  }
  const fnPlan = rig.plan(VOTES);
  const fnPhase = await runPhase(rig, 'votes via the function', 'function', fnPlan);
  const direct = await runPhase(rig, 'votes straight to the CMS', 'cms', rig.plan(VOTES));
  log(`${kind}: checking every project's count against the acknowledged votes...`);
  const verification = await verifyRig(rig);

  // The target rate and the sweep come after the exact check: if the CMS cannot keep up, votes
  // queue past the function's timeout and are answered 503 while the CMS still stores them.
  const { target, scan } = await targetRun(rig);
  const sweep: Phase[] = [];
  for (const level of SWEEP) sweep.push(await runPhase(rig, `votes via the function, ${level} clients`, 'function', rig.plan(SWEEP_VOTES), level));
  log(`${kind}: checking that every vote acknowledged since is stored...`);
  const afterTarget = await verifyRig(rig);

  const { raw, rawConnections } = await rawCeiling(rig, fnPlan);
  const fault = FAULT_DATABASES.includes(kind) ? await faultRun(rig, label, afterTarget) : undefined;

  // Stopped now rather than at the end, so the next database starts on idle cores (and the
  // profiles are written: a process writes its profile when it exits).
  await cleanUp(ownCleanups);
  const profiles = cpuProfiles(cluster, fnPhase, direct, target);
  const instanceCpu = instancesOf(cluster).map((_, i) => fnPhase.cpu[`strapi${i + 1}`] ?? 0);
  return { kind, label, replicas, instanceCpu, setupSeconds, fn: fnPhase, direct, target, scan, sweep, raw, rawConnections, verification, afterTarget, fault, profiles };
}

// --- run --------------------------------------------------------------------------------------

const reports: DbReport[] = [];
let failed = false;
try {
  await ensureCmsBuilt();
  const work = mkdtempSync(join(tmpdir(), 'portal-bench-votes-'));
  // --keep leaves the logs (Strapi's, the function's) and the SQLite files for a look afterwards.
  cleanups.push(() => (values.keep ? log(`kept ${work}`) : rmSync(work, { recursive: true, force: true })));
  if (values.stalls) cleanups.push(() => rmSync(DRIVER_STALL_DIR, { recursive: true, force: true }));
  log('Bundling functions/votes.mts with esbuild (as Netlify does)...');
  const bundle = await bundleVoteFunction(work);
  for (const setup of SETUPS) reports.push(await benchDatabase(setup, bundle, work));
} catch (error) {
  failed = true;
  process.stderr.write(`\n${(error as Error).stack ?? error}\n`);
} finally {
  await cleanUp();
}

if (reports.length) printReport(reports);
const problems = reports.flatMap((r) => [
  ...(r.verification.miscounts ? [`${r.label}: ${r.verification.miscounts} project count(s) differ from the distinct acknowledged votes`] : []),
  ...checkVerification(r.label, r.verification),
  ...phasesOf(r).filter((p) => [...p.summary.statuses.keys()].some((s) => s === '500')).map((p) => `${r.label}: ${p.name} got HTTP 500`),
  ...checkVerification(`${r.label} after the target run`, r.afterTarget),
  ...(r.fault ? checkVerification(`${r.label} fault run`, r.fault.verification) : []),
  ...(r.fault?.fiveHundreds ? [`${r.label} fault run: ${r.fault.fiveHundreds} answer(s) were 5xx other than 503`] : []),
]);
if (problems.length) process.stdout.write(`\nFAILED:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
process.exit(failed || problems.length ? 1 : 0);

function printReport(reports: DbReport[]): void {
  const targetMet = (r: DbReport) => {
    const t = r.target.summary;
    return t.requestsPerSecond >= TARGET_VOTES_PER_SECOND * 0.98 && t.p99 <= TARGET_P99_MS && t.errors === 0 && r.verification.miscounts === 0;
  };
  const slowSeconds = (r: DbReport) => r.target.summary.secondsP99.flatMap((p99, second) => (p99 > TARGET_P99_MS ? [{ second, p99 }] : []));
  const verdict = (r: DbReport) =>
    `${targetMet(r) ? '✓ met' : '✗ missed'}: ${fmt(r.target.summary.requestsPerSecond)}/s answered, p99 ${ms(r.target.summary.p99)}, ${fmt(r.target.summary.errors)} errors; ` +
    `${slowSeconds(r).length} of ${r.target.summary.secondsP99.length} seconds with p99 > ${TARGET_P99_MS} ms`;
  const seconds = (p: Phase, value: number | undefined) => (value === undefined ? '—' : `${fmt(value, 1)} s (${fmt((100 * value) / p.summary.wallSeconds)} %)`);
  const cpu = (p: Phase, name: string) => seconds(p, p.cpu[name]);
  // What the rest of the machine used meanwhile (other programs running on the same 2 cores).
  const others = (p: Phase) =>
    seconds(p, Math.max(0, p.cpu.machine! - ['strapi', 'function', 'driver', 'postgres'].reduce((sum, k) => sum + (p.cpu[k] ?? 0), 0)));
  const out: string[] = [
    `Residents' votes: ${fmt(VOTERS)} verified voters, ${fmt(PROJECTS)} projects, ${fmt(VOTES)} votes per path with ${Math.round(DUPLICATES * 100)} % repeats ` +
      `(${Math.round(DOUBLE_CLICKS * 100)} % of them double-clicks) from ${CONCURRENCY} clients on keep-alive connections; Node ${process.version}, 2 cores.`,
    `Target: ≥ ${TARGET_VOTES_PER_SECOND} votes/s via the function with p99 ≤ ${TARGET_P99_MS} ms and no miscount, checked with ${fmt(TARGET_VOTES)} votes sent at ${TARGET_VOTES_PER_SECOND}/s.`,
    `Set-up through the CMS's routes, not measured: ${reports.map((r) => `${r.label} ${fmt(r.setupSeconds)} s`).join(', ')}.`,
    '',
    `| database | votes/s via function | p50 | p99 | errors | direct CMS votes/s | raw DB inserts/s | miscounts | target (≥${TARGET_VOTES_PER_SECOND}/s, p99 ≤${TARGET_P99_MS} ms) |`,
    '|:---|---:|---:|---:|---:|---:|---:|---:|:---|',
    ...reports.map(
      (r) =>
        `| ${r.label} | ${fmt(r.fn.summary.requestsPerSecond)} | ${ms(r.fn.summary.p50)} | ${ms(r.fn.summary.p99)} | ${fmt(r.fn.summary.errors)} | ` +
        `${fmt(r.direct.summary.requestsPerSecond)} | ${fmt(r.raw.perSecond)} | ${r.verification.miscounts} | ${verdict(r)} |`,
    ),
    '',
    `votes/s: requests answered per second with ${CONCURRENCY} clients, each sending its next vote when the last is answered (the most the path takes); ` +
      'errors: answers other than 201 «counted» and 200 «already»; raw DB inserts/s: the ceiling (below); miscounts: projects whose public count ≠ the distinct (voter, project) pairs acknowledged with 2xx; ' +
      `seconds with p99 > ${TARGET_P99_MS} ms: the target run cut into whole seconds (by when each vote was sent), each second's own p99 — a run's p99 over the target with one such second is one slow moment, with many a slow path.`,
    ...reports.flatMap((r) => {
      const slow = slowSeconds(r);
      return slow.length ? [`Slow seconds of the target run, ${r.label}: ${slow.map(({ second, p99 }) => `${second}–${second + 1} s p99 ${ms(p99)}`).join(', ')}.`] : [];
    }),
    '',
    'Each phase (counted/s: new votes, HTTP 201; CPU: seconds used during the phase and the share of one core; ' +
      'other processes: the rest of the machine meanwhile, which the numbers share the 2 cores with):',
    '',
    '| database | phase | clients | votes/s | counted/s | p50 | p95 | p99 | max | answers | new connections | listen-queue drops | CPU: Strapi | function | driver | PostgreSQL | other processes |',
    '|:---|:---|---:|---:|---:|---:|---:|---:|---:|:---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of reports) {
    for (const p of phasesOf(r)) {
      const s = p.summary;
      out.push(
        `| ${r.label} | ${p.name} | ${p.concurrency} | ${fmt(s.requestsPerSecond)} | ${fmt(s.countedPerSecond)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${statusList(s.statuses)} | ${fmt(s.fresh)} | ${fmt(p.cpu.overflows ?? 0)} | ` +
          `${cpu(p, 'strapi')} | ${cpu(p, 'function')} | ${cpu(p, 'driver')} | ${cpu(p, 'postgres')} | ${others(p)} |`,
      );
    }
  }
  if (STALLS) {
    const cell = (x: StallSummary | null | undefined) => (x ? `${ms(x.longest)} | ${ms(x.stalled)} | ${ms(x.longestGc)}` : '— | — | —');
    out.push('', 'Event-loop stalls (--stalls; a stall is 20 ms or more in which the process did not look at its sockets: a long query, a GC pause, or a turn with many ready requests):', '');
    out.push(
      '| database | phase | Strapi (the worst instance): longest stall | stalled in all | longest GC pause | function: longest stall | stalled in all | longest GC pause | load driver: longest stall | stalled in all | longest GC pause | idle process: longest stall |',
      '|:---|:---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of reports)
      for (const p of phasesOf(r)) out.push(`| ${r.label} | ${p.name} | ${cell(p.stalls?.strapi)} | ${cell(p.stalls?.fn)} | ${cell(p.stalls?.driver)} | ${p.stalls?.idle ? ms(p.stalls.idle.longest) : '—'} |`);
    out.push('', "Where the longest stall's time went, by the kernel's accounting of the main thread (ms on a core, ms waiting for one, ms asleep; major page faults; ms the hypervisor stole from the machine):", '');
    out.push('| database | phase | Strapi | function | load driver | idle process |', '|:---|:---|:---|:---|:---|:---|');
    const why = (x: StallSummary | null | undefined) => (x?.longestWhy ? `${ms(x.longest)}: ${x.longestWhy}` : '—');
    for (const r of reports) for (const p of phasesOf(r)) out.push(`| ${r.label} | ${p.name} | ${why(p.stalls?.strapi)} | ${why(p.stalls?.fn)} | ${why(p.stalls?.driver)} | ${why(p.stalls?.idle)} |`);
  }
  out.push(
    '',
    `The anomaly scan (cron, every 5 minutes) was run once in the middle of each target run: ${reports
      .map((r) =>
        r.scan
          ? `${r.label} ${ms(r.scan.ms)} after ${r.scan.atSecond} s, ${fmt(r.scan.logged)} bursts logged, the CMS's longest event-loop block meanwhile ${ms(r.scan.longestBlockMs)}, the scan's longest step ${ms(r.scan.longestStepCpuMs)} of CPU`
          : `${r.label} not run`,
      )
      .join('; ')}. Every simulated resident verified minutes ago, so every project looks like a burst of new voters: the most work a scan can have. ` +
      'The longest block is of any cause (the scan\'s steps, the votes, garbage collection, waiting for a core on a busy machine); ' +
      'the longest step is the CPU time of the CMS\'s thread in one step of the scan (its queries and whatever ran between them): neither may exceed 100 ms.',
  );
  out.push('', 'The ceiling: the function phase\'s requests, in order, as raw statements (INSERT … ON CONFLICT (voter, target) DO NOTHING, one per row) into a copy of the votes table with the same columns and indexes, same database, CMS idle:', '');
  out.push('| database | connections | statements/s | rows inserted |', '|:---|---:|---:|---:|');
  for (const r of reports) out.push(`| ${r.label} | ${r.rawConnections} | ${fmt(r.raw.perSecond)} | ${fmt(r.raw.inserted)} of ${fmt(r.raw.statements)} |`);
  out.push(
    '',
    'SQLite: as the CMS configures it (cms/config/database.ts): write-ahead log with synchronous=FULL (one sync per commit; a committed vote survives a power cut). ' +
      'Votes are written by Strapi\'s own vote route through its query engine, in batches of one transaction each, one at a time, so the votes that arrive while one is written share the next (cms/src/voting/vote-writer.ts).',
  );
  if (reports.some((r) => r.kind === 'postgres')) {
    out.push(
      'PostgreSQL: a throwaway cluster (tests/support/postgres.ts), «fsync off» with fsync, synchronous_commit and full_page_writes off (commits do not wait for the disk), ' +
        '«fsync on» with all three on, as a production server runs (a commit waits for its WAL to reach the disk); Strapi\'s pool has 10 connections per instance.',
    );
    out.push(...capacityNote(reports.filter((r) => r.kind === 'postgres')));
  }
  out.push('', 'Counts (GET /api/votes/counts and the rows in the votes table, against what the clients were told), over all votes sent so far:', '');
  out.push('| database | checked | pairs acknowledged | 201 answers | miscounted projects | counts ≠ rows stored | acknowledged but missing | pairs answered only with errors | … of them stored anyway |', '|:---|:---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of reports) {
    for (const [when, v] of [[`after the ${CONCURRENCY}-client phases`, r.verification], [`after the ${TARGET_VOTES_PER_SECOND}/s run${SWEEP.length ? ' and the sweep' : ''}`, r.afterTarget]] as const) {
      out.push(`| ${r.label} | ${when} | ${fmt(v.distinctAcked)} | ${fmt(v.counted201)} | ${v.miscounts} | ${v.countsNotStored} | ${v.ackedMissing} | ${fmt(v.unacked)} | ${fmt(v.unackedPresent)} |`);
    }
  }
  out.push(
    '',
    'miscounted projects is the exact check (count = distinct acknowledged pairs). A vote answered with an error — 503 once the CMS took longer than the function\'s CMS_WRITE_TIMEOUT_MS (10 s) — ' +
      'may still be stored, because the CMS commits it after the function gave up; the count is then higher than the votes acknowledged, and a resident who presses again gets «already». ' +
      'So after an overloaded run only the other checks hold: no acknowledged vote missing, counts = rows.',
  );
  const faults = reports.filter((r) => r.fault).map((r) => r.fault!);
  if (faults.length) {
    out.push('', `Fault run: ${FAULT_RATE} votes/s via the function; Strapi killed (SIGKILL to its process group) after ${FAULT_AFTER_MS / 1000} s and started again on the same port and database ${FAULT_DOWN_MS / 1000} s later; the load goes on ${FAULT_TAIL_MS / 1000} s after it answers.`, '');
    out.push('| database | down (kill → health check passes) | of it: start-up | answers before the crash | while down or starting | after the restart | 5xx other than 503 | acknowledged but missing | answered 503 but stored | counts ≠ rows stored | result |');
    out.push('|:---|---:|---:|:---|:---|:---|---:|---:|---:|---:|:---|');
    for (const f of faults) {
      const v = f.verification;
      const ok = !f.fiveHundreds && !v.ackedMissing && !v.countsNotStored && !v.countedTwice;
      out.push(
        `| ${f.label} | ${f.downSeconds.toFixed(1)} s | ${f.restartSeconds.toFixed(1)} s | ${statusList(f.windows[0]!.statuses)} | ${statusList(f.windows[1]!.statuses)} | ${statusList(f.windows[2]!.statuses)} | ` +
          `${f.fiveHundreds} | ${v.ackedMissing} | ${v.unackedPresent - f.before.unackedPresent} of ${v.unacked - f.before.unacked} pairs | ${v.countsNotStored} | ${ok ? '✓ no 500, no acknowledged vote lost' : '✗ FAILED'} |`,
      );
    }
    out.push(
      '',
      'acknowledged but missing and counts ≠ rows are checked over every vote the database was sent (a crash must not lose earlier votes either); answered 503 but stored counts the fault run\'s own pairs: ' +
        'a request answered 503 may or may not have been written (the CMS can commit and die before it answers), an acknowledged one must be stored.',
    );
  }
  for (const { title, summary } of reports.flatMap((r) => r.profiles)) {
    const share = (x: number) => `${fmt((100 * x) / summary.totalMs)} %`;
    out.push('', `CPU profile of ${title} (self time of ${fmt(summary.totalMs / 1000, 1)} s sampled; (idle) is waiting):`, '');
    out.push('| where | share | function | share |', '|:---|---:|:---|---:|');
    for (let i = 0; i < Math.max(summary.byOrigin.length, summary.byFunction.length); i++) {
      const o = summary.byOrigin[i];
      const f = summary.byFunction[i];
      out.push(`| ${o ? o.name : ''} | ${o ? share(o.ms) : ''} | ${f ? f.name.replaceAll('|', '\\|') : ''} | ${f ? share(f.ms) : ''} |`);
    }
  }
  process.stdout.write(`\n${out.join('\n')}\n`);
}

/**
 * The CMS instances' CPU during «votes via the function» and a paper estimate of how many instances
 * one PostgreSQL serves: by its insert ceiling (the raw inserts measured in the same run) and by its
 * CPU per vote (what it spent per vote here, against one core).
 */
function capacityNote(reports: DbReport[]): string[] {
  const out = [
    '',
    'CMS instances during «votes via the function» (CPU of each: seconds and share of one core), and how many instances one PostgreSQL takes, on paper:',
    '',
    '| configuration | instances | votes/s | per instance | CPU of each instance | PostgreSQL CPU per vote | raw inserts/s (ceiling) | instances to the ceiling | instances per PostgreSQL core |',
    '|:---|---:|---:|---:|:---|---:|---:|---:|---:|',
  ];
  for (const r of reports) {
    const p = r.fn;
    const rate = p.summary.requestsPerSecond;
    const perInstance = rate / r.replicas;
    const each = r.instanceCpu.map((c) => `${fmt(c, 1)} s (${fmt((100 * c) / p.summary.wallSeconds)} %)`).join(', ');
    const pgPerVote = (p.cpu.postgres ?? 0) / Math.max(1, rate * p.summary.wallSeconds);
    out.push(
      `| ${r.label} | ${r.replicas} | ${fmt(rate)} | ${fmt(perInstance)} | ${each} | ${fmt(pgPerVote * 1000, 2)} ms | ${fmt(r.raw.perSecond)} | ${fmt(r.raw.perSecond / perInstance, 0)} | ${pgPerVote ? fmt(1 / (pgPerVote * perInstance), 1) : '—'} |`,
    );
  }
  out.push(
    '',
    'per instance: what one instance served here, sharing 2 cores with the others, PostgreSQL, the function and the load driver (on a core of its own it serves more). ' +
      'instances to the ceiling: the raw-insert rate ÷ one instance\'s rate, the most instances PostgreSQL\'s commits allow with the same statements; ' +
      'instances per PostgreSQL core: 1 ÷ (PostgreSQL\'s CPU per vote × one instance\'s rate), the instances each core of the database server keeps up with (the vote path also reads the voter, the project and the round stamp). ' +
      'The smaller of the two is where more CMS instances stop helping.',
  );
  return out;
}
