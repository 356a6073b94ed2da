import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Core } from '@strapi/strapi';

/**
 * SQLite's write-ahead log is copied back into the database file by a checkpoint. Left to SQLite,
 * the commit that pushes the log past 1,000 pages does it, on the CMS's only thread: it writes the
 * pages, waits for the disk to sync the database file, and every request waits with it (80–100 ms
 * at a time on this machine's disk, seen as gaps in the request log under load). Here a worker
 * thread with its own connection checkpoints every 200 ms instead; a PASSIVE checkpoint never
 * blocks the writer, and one with nothing to copy costs next to nothing. The connection's own
 * automatic checkpoint stays on at 10,000 pages (cms/config/database.ts) in case the worker is gone.
 */
const INTERVAL_MS = 200;

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { timeout: 5000 });
db.pragma('synchronous = FULL');
let failures = 0;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    failures = 0;
  } catch (error) {
    if (++failures === 1) parentPort.postMessage({ error: String((error && error.message) || error) });
  }
}, workerData.interval);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startSqliteCheckpointer(strapi: Core.Strapi): (() => Promise<void>) | null {
  if ((strapi.db).dialect.client !== 'sqlite') return null;
  const filename = (strapi.db.config.connection as any).connection?.filename as string | undefined;
  if (!filename || filename === ':memory:') return null;
  try {
    statSync(filename);
  } catch {
    return null;
  }
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { filename, driver: require.resolve('better-sqlite3'), interval: INTERVAL_MS },
  });
  worker.unref();
  worker.on('message', (m: { error?: string }) => m.error && strapi.log.warn(`sqlite: background checkpoint failed: ${m.error}`));
  worker.on('error', (error) => strapi.log.error(`sqlite: the checkpoint worker stopped (${error.message}); SQLite checkpoints by itself from now on`));
  return async () => {
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  };
}
