import type { Core } from '@strapi/strapi';
import { config } from '../core/config';

/**
 * Cache stamps across CMS instances. An instance caches facts other instances may change (the
 * projects and ideas a vote may go to, the API tokens); a change made through an instance clears
 * its own cache at once (its event hub) and raises a version in portal_stamps
 * (cms/database/migrations); every instance reads the versions every CLUSTER_STAMP_POLL_MS (1 s) and clears a cache
 * whose version moved. So a change made through one instance reaches every other within CLUSTER_STAMP_POLL_MS
 * plus one query — one small query a second per instance, whatever the load.
 */
const TABLE = 'portal_stamps';

export type StampName = 'targets' | 'api-tokens';

export interface Stamps {
  /** Tells every instance (this one included, at its next poll) that `name` changed. */
  bump(name: StampName): Promise<void>;
  /** Calls `forget` whenever `name` changes, through any instance. */
  on(name: StampName, forget: () => void): void;
  /** Reads the versions once (the timer's work). */
  poll(): Promise<void>;
  /** Reads the versions now and every CLUSTER_STAMP_POLL_MS (1 s) from now on (once the database is set up: bootstrap). */
  start(): void;
  stop(): void;
}

export function createStamps(strapi: Core.Strapi, intervalMs = config().CLUSTER_STAMP_POLL_MS): Stamps {
  const knex = () => strapi.db.connection;
  const listeners = new Map<string, Array<() => void>>();
  const seen = new Map<string, string>();
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  const stamps: Stamps = {
    async bump(name) {
      await knex()(TABLE).insert({ name, version: 0 }).onConflict('name').ignore();
      await knex()(TABLE).where({ name }).increment('version', 1);
    },
    on(name, forget) {
      listeners.set(name, [...(listeners.get(name) ?? []), forget]);
    },
    start() {
      if (timer) return;
      // The first read sets the versions to compare with.
      void stamps.poll();
      timer = setInterval(() => void stamps.poll(), intervalMs).unref();
    },
    async poll() {
      if (polling) return;
      polling = true;
      try {
        const rows = (await knex()(TABLE).select('name', 'version')) as Array<{ name: string; version: unknown }>;
        for (const { name, version } of rows) {
          const now = String(version);
          const before = seen.get(name);
          seen.set(name, now);
          if (before !== undefined && before !== now) for (const forget of listeners.get(name) ?? []) forget();
        }
      } catch (e) {
        strapi.log.warn(`cluster: could not read the cache stamps: ${(e as Error).message}`);
      } finally {
        polling = false;
      }
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return stamps;
}

let shared: Stamps | null = null;

/** This process's stamps (one poller per CMS process). */
export function clusterStamps(strapi: Core.Strapi): Stamps {
  shared ??= createStamps(strapi);
  return shared;
}
