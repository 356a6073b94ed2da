import type { Core } from '@strapi/strapi';
import { publicUids } from '../public-types';
import { buildStatus } from '../desk';
import { createBuildHookNotifier, type BuildHookNotifier } from './notifier';
import { sharedBuildChanges } from './shared';
import { config } from '../core/config';

/**
 * Rebuild the site when live content changes: the document service emits `entry.publish`,
 * `entry.unpublish` and `entry.delete` (one per version) on the event hub after the transaction
 * commits. A change to a draft (`entry.update`, `entry.create` of a draft) changes nothing the site
 * shows, so it is ignored unless the version itself is published (a type without draft & publish).
 */
const LIVE_EVENTS = new Set(['entry.publish', 'entry.unpublish', 'entry.delete', 'entry.update', 'entry.create']);

interface EntryEventPayload {
  uid?: string;
  entry?: { documentId?: string | null; publishedAt?: string | Date | null } | null;
}

export function changesLiveContent(event: string, payload: EntryEventPayload): boolean {
  if (!LIVE_EVENTS.has(event) || !payload?.uid || !publicUids.has(payload.uid)) return false;
  if (event === 'entry.publish' || event === 'entry.unpublish') return true;
  // A resident's new refinement waits for a moderator: nothing to show until it is approved.
  if (event === 'entry.create' && payload.uid === 'api::refinement.refinement') return false;
  // delete: one event per version; only the published version's removal changes the site.
  // update/create: only when the version written is the published one.
  return !!payload.entry?.publishedAt;
}

export function registerBuildHook(strapi: Core.Strapi): BuildHookNotifier | null {
  const { BUILD_HOOK_URL: url, BUILD_HOOK_DEBOUNCE_MS: debounceMs, BUILD_HOOK_MAX_WAIT_MS: maxWaitMs, BUILD_HOOK_MIN_INTERVAL_MS: minIntervalMs } = config();
  if (!url) {
    strapi.log.info('build hook: BUILD_HOOK_URL is not set, publishing does not trigger a site build');
    return null;
  }
  // Several CMS instances on one database send one POST per burst between them (shared.ts).
  const shared = sharedBuildChanges(strapi);
  const notifier = createBuildHookNotifier({
    url,
    debounceMs,
    maxWaitMs,
    minIntervalMs,
    take: shared.take,
    status: buildStatus(strapi).report,
    log: {
      info: (m) => strapi.log.info(m),
      warn: (m) => strapi.log.warn(m),
      error: (m) => strapi.log.error(m),
    },
  });
  strapi.eventHub.subscribe(async (event: string, payload: EntryEventPayload) => {
    if (!changesLiveContent(event, payload)) return;
    const change = { event, uid: payload.uid!, documentId: payload.entry?.documentId ?? null };
    // Shared before the local timer starts: the quiet period is far longer than the insert.
    await shared.share(change);
    notifier.notify(change);
  });
  strapi.log.info(`build hook: enabled (debounce ${debounceMs} ms, at most ${maxWaitMs} ms of waiting, at least ${minIntervalMs} ms between builds)`);
  return notifier;
}
