import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Core } from '@strapi/strapi';
import { apiTokenSalt, tokenPermissions } from './api-tokens';
import { voting } from './index';
import { type LaneData, type LaneMessage, type LaneQuestion, type MainMessage, LaneCounter } from './lane-worker';
import { PER_VOTER_PER_MINUTE, ideaProject, roundFacts, tableOf } from './votes';

/**
 * The vote lane: on SQLite, when VOTE_LANE_PORT is set, the functions' votes are served by a worker
 * thread (lane-worker.ts) with its own HTTP listener on that port, its own database connection and
 * its own heap, so that a full garbage collection of Strapi's heap, a long admin request or the
 * anomaly scan no longer stops every vote. The functions call it at CMS_VOTES_URL and fall back to
 * STRAPI_URL when it does not answer. Strapi's own vote routes keep working (same rules).
 *
 * This side answers the lane's questions (API tokens, the round's window, an idea's project), tells
 * it when voters or targets change, counts votes again when it changed them, and starts it again
 * if it stops.
 */
const RESTART_DELAY_MS = 1000;
export const LANE_THREAD = 'vote-lane';
const START_TIMEOUT_MS = 15_000;

/**
 * With two connections writing to one SQLite file, a transaction that reads first and writes later
 * (most of Strapi's) would fail with SQLITE_BUSY_SNAPSHOT if the lane committed in between: in WAL
 * mode a read transaction cannot become a write one over a newer commit, and SQLite does not wait
 * for that case. Strapi's transactions therefore begin IMMEDIATE, taking the write lock (or waiting
 * for it, as the busy timeout allows) at BEGIN. knex has no option for it; its SQLite transaction's
 * `begin` is replaced, for knex as Strapi loads it.
 */
function beginImmediate(): void {
  const Transaction = require(require.resolve('knex/lib/dialects/sqlite3/execution/sqlite-transaction', { paths: [require.resolve('@strapi/database')] }));
  Transaction.prototype.begin = function begin(this: { query(conn: unknown, sql: string): Promise<unknown> }, conn: unknown) {
    return this.query(conn, 'BEGIN IMMEDIATE;');
  };
}

export async function startVoteLane(strapi: Core.Strapi): Promise<(() => Promise<void>) | null> {
  const port = Number(process.env.VOTE_LANE_PORT ?? 0);
  if (!port) return null;
  if ((strapi.db as any).dialect.client !== 'sqlite') {
    strapi.log.warn('vote lane: VOTE_LANE_PORT is set but the database is not SQLite; votes go through Strapi (the functions fall back to STRAPI_URL)');
    return null;
  }
  const filename = (strapi.db.config.connection as any).connection?.filename as string | undefined;
  if (!filename || filename === ':memory:') return null;
  const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const data: LaneData = {
    filename,
    driver: require.resolve('better-sqlite3'),
    host: process.env.VOTE_LANE_HOST || String(strapi.config.get('server.host') ?? '127.0.0.1'),
    port,
    salt: apiTokenSalt(strapi),
    perVoterPerMinute: PER_VOTER_PER_MINUTE,
    tables: {
      votes: tableOf(strapi, 'api::vote.vote'),
      voters: tableOf(strapi, 'api::voter.voter'),
      projects: tableOf(strapi, 'api::project.project'),
      rounds: tableOf(strapi, 'api::selection-round.selection-round'),
    },
    counters: counters.buffer as SharedArrayBuffer,
  };
  beginImmediate();
  const votes = voting(strapi).votes;
  let worker: Worker | null = null;
  let stopping = false;

  async function answer(message: LaneQuestion): Promise<unknown> {
    if (message.ask === 'token') return tokenPermissions(strapi, message.key);
    if (message.ask === 'round') return roundFacts(strapi, message.year);
    return ideaProject(strapi, message.idea);
  }

  function start(): Promise<void> {
    return new Promise((resolve) => {
      // The name is also the OS thread's (top -H, /proc/<pid>/task/*/comm; bench:votes reads its CPU there).
      const w = new Worker(join(__dirname, 'lane-worker.js'), { workerData: data, name: LANE_THREAD });
      worker = w;
      w.unref();
      w.on('message', (message: LaneMessage) => {
        if ('id' in message) {
          answer(message).then(
            (value) => w.postMessage({ id: message.id, answer: value ?? null } satisfies MainMessage),
            (error) => w.postMessage({ id: message.id, error: String(error?.message ?? error) } satisfies MainMessage),
          );
        } else if ('log' in message) {
          strapi.log[message.log](`vote lane: ${message.message}`);
        } else if ('listening' in message) {
          strapi.log.info(`vote lane: serving votes on ${data.host}:${message.listening}`);
          resolve();
        }
      });
      w.on('error', (error) => strapi.log.error(`vote lane: the worker failed (${error.message})`));
      w.on('exit', (code) => {
        resolve();
        if (worker === w) worker = null;
        if (stopping) return;
        strapi.log.error(`vote lane: the worker stopped (code ${code}); starting it again in ${RESTART_DELAY_MS / 1000} s, votes go through Strapi meanwhile`);
        setTimeout(() => !stopping && start(), RESTART_DELAY_MS).unref();
      });
    });
  }

  const unsubscribe = votes.onFactsChanged(() => Atomics.add(counters, LaneCounter.FACTS, 1));
  const unfollow = votes.followVotes(() => Atomics.load(counters, LaneCounter.VOTES));
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([start(), new Promise<void>((resolve) => (timer = setTimeout(resolve, START_TIMEOUT_MS)))]);
  clearTimeout(timer);

  return async () => {
    stopping = true;
    unsubscribe();
    unfollow();
    const w = worker;
    if (!w) return;
    const exited = new Promise((resolve) => w.once('exit', resolve));
    w.postMessage({ stop: true } satisfies MainMessage);
    await exited;
  };
}
