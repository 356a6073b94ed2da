import type { Core } from '@strapi/strapi';
import { claim, release } from '../cluster/leases';
import { buildHookBody, type BuildHookBody, type BuildHookChange } from './notifier';

/**
 * The build hook's changes, shared by every CMS instance on the database, so that a burst of
 * changes made through several instances starts one build, not one per instance.
 *
 * Each instance writes the live-content changes it sees to portal_build_changes
 * (cms/database/migrations) and times its POST as one instance does (notifier.ts: the quiet
 * period, the longest wait, the shortest interval). When its timer fires, it takes every waiting
 * row — its own and the other instances' — under a short lease (cluster/leases.ts) and sends them
 * in one POST; an instance whose rows were already taken sends nothing. A change whose row could
 * not be written is sent by its own instance.
 */
const TABLE = 'portal_build_changes';
const LEASE = { name: 'buildHookTake', leaseMs: 10_000 };
/** How long to wait for another instance's take (a select and a delete) before taking. */
const TAKE_ATTEMPTS = 50;
const TAKE_WAIT_MS = 100;

export function sharedBuildChanges(strapi: Core.Strapi, maxDocumentIds?: number) {
  const knex = () => strapi.db.connection;
  /** Changes this instance saw but could not write to the table. */
  let unshared = 0;

  async function takeRows(): Promise<BuildHookChange[] | undefined> {
    const holder = await claim(strapi, LEASE);
    if (!holder) return undefined;
    try {
      const rows = (await knex()(TABLE).select('id', 'event', 'uid', 'document_id').orderBy('id', 'asc').limit(10_000)) as Array<{ id: number; event: string; uid: string; document_id: string | null }>;
      if (rows.length) await knex()(TABLE).where('id', '<=', rows[rows.length - 1]!.id).delete();
      return rows.map((r) => ({ event: r.event, uid: r.uid, documentId: r.document_id }));
    } finally {
      await release(strapi, LEASE.name, holder);
    }
  }

  return {
    /** Writes a change for whichever instance sends next. */
    async share(change: BuildHookChange): Promise<void> {
      try {
        await knex()(TABLE).insert({ event: change.event, uid: change.uid, document_id: change.documentId ?? null, at: Date.now() });
      } catch (error) {
        unshared += 1;
        strapi.log.warn(`build hook: a change could not be shared with other CMS instances (${(error as Error).message}); this instance sends it`);
      }
    },

    /** The notifier's `take`: every waiting change, or null when another instance sent them all. */
    async take(own: BuildHookBody): Promise<BuildHookBody | null> {
      for (let attempt = 1; attempt <= TAKE_ATTEMPTS; attempt += 1) {
        const rows = await takeRows();
        if (rows) {
          if (unshared) {
            unshared = 0;
            return rows.length ? buildHookBody([...rows, ...own.documentIds.map((documentId) => ({ event: own.event, uid: own.uid, documentId }))], new Date(own.at), maxDocumentIds) : own;
          }
          return rows.length ? buildHookBody(rows, new Date(own.at), maxDocumentIds) : null;
        }
        await new Promise((resolve) => setTimeout(resolve, TAKE_WAIT_MS));
      }
      throw new Error('another CMS instance holds the shared changes');
    },
  };
}
