import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';

/**
 * Work that must happen once although several CMS instances share the database: scheduled jobs
 * (every instance's cron fires) and exclusive tasks (a start-up catch-up, the build hook's send).
 *
 * The table portal_leases (cms/database/migrations) holds one row per job: the last slot it ran
 * for, until when its current holder holds it, and who that is. An instance claims a row with one
 * conditional UPDATE — `WHERE lease_until < now AND slot < :slot` — which the database applies to
 * one claimant only (PostgreSQL re-checks the condition after the row lock; SQLite has one writer),
 * so a job runs at most once per slot and never twice at the same time. A holder that dies keeps the
 * row until its lease ends, then anyone may claim it. No new infrastructure, and on SQLite (one
 * instance) the same code runs and always wins.
 */
const TABLE = 'portal_leases';

/** This process, as it appears in the table's `holder` column (host, pid and a random tail). */
export const INSTANCE = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
let claims = 0;

const knex = (strapi: Core.Strapi) => strapi.db.connection;

export interface Claim {
  /** The job's name, e.g. `voteAnomalies`. */
  name: string;
  /** How long the holder may take before another instance may claim it again. */
  leaseMs: number;
  /** The slot to run for; a row that already ran for it (or a later one) is not claimed. Omitted: any time the row is free. */
  slot?: number;
}

/** Claims a job; the holder token to release it with, or null when another instance has it (or ran this slot). */
export async function claim(strapi: Core.Strapi, { name, leaseMs, slot }: Claim, now = Date.now()): Promise<string | null> {
  await knex(strapi)(TABLE).insert({ name, slot: -1, lease_until: 0, runs: 0 }).onConflict('name').ignore();
  const holder = `${INSTANCE}#${(claims += 1)}`;
  const query = knex(strapi)(TABLE).where('name', name).andWhere('lease_until', '<', now);
  if (slot !== undefined) query.andWhere('slot', '<', slot);
  const updated = await query.update({ ...(slot !== undefined ? { slot } : {}), lease_until: now + leaseMs, holder, runs: knex(strapi).raw('runs + 1') });
  return Number(updated) === 1 ? holder : null;
}

/** Gives a claimed job back at once (a finished run), unless its lease ran out and someone else holds it now. */
export async function release(strapi: Core.Strapi, name: string, holder: string): Promise<void> {
  await knex(strapi)(TABLE).where({ name, holder }).update({ lease_until: 0 });
}

/** Runs `task` if this instance claims the job; true when it ran here. Released when done, also on failure. */
export async function runOnce(strapi: Core.Strapi, job: Claim, task: () => Promise<unknown>): Promise<boolean> {
  const holder = await claim(strapi, job);
  if (!holder) return false;
  try {
    await task();
  } finally {
    await release(strapi, job.name, holder).catch((e) => strapi.log.warn(`cluster: could not release ${job.name}: ${(e as Error).message}`));
  }
  return true;
}

/**
 * The slot of a run of a job that fires every `everyMs` (at `offsetMs` past the period's start):
 * the nearest firing time's number, so instances whose clocks or timers differ by less than half a
 * period agree on it.
 */
export const slotOf = (now: number, everyMs: number, offsetMs = 0) => Math.round((now - offsetMs) / everyMs);

export interface ScheduledJob {
  /** A cron rule as Strapi's cron takes it (with seconds when it has six fields). */
  rule: string;
  /** The time between two firings of the rule, and where in that period it fires. */
  everyMs: number;
  offsetMs?: number;
  /** Longest run expected; another instance may take the job over after it. Default: the period. */
  leaseMs?: number;
  task: () => Promise<unknown>;
  /** What the log says when the task fails (the job's name follows). */
  failure: string;
}

/** Strapi cron jobs that run once per firing across all instances (see claim). */
export function scheduleOnce(strapi: Core.Strapi, jobs: Record<string, ScheduledJob>): void {
  const tasks: Record<string, { task: () => Promise<void>; options: { rule: string } }> = {};
  for (const [name, job] of Object.entries(jobs)) {
    tasks[name] = {
      options: { rule: job.rule },
      task: async () => {
        const now = Date.now();
        try {
          await runOnce(strapi, { name, slot: slotOf(now, job.everyMs, job.offsetMs), leaseMs: job.leaseMs ?? job.everyMs }, job.task);
        } catch (e) {
          strapi.log.error(`${job.failure}: ${(e as Error).message}`);
        }
      },
    };
  }
  strapi.cron.add(tasks);
}
