import type { Core } from '@strapi/strapi';
import { runOnce, scheduleOnce } from '../cluster/leases';
import { registerDraw, revealDrawsIfDue } from './draw';
import { normaliseExpertEmails, scheduleExpertLinks } from './expert-links';
import { expertService } from './experts';
import { announceIfDue, registerResults } from './results';

export { expertService };

/** The draw, the ranking and the finalists: editors' actions in the admin panel (document middlewares). */
export function registerSelection(strapi: Core.Strapi): void {
  registerDraw(strapi, (year) => expertService(strapi).notifyAssigned(year));
  registerResults(strapi);
  normaliseExpertEmails(strapi);
}

export async function bootstrapSelection(strapi: Core.Strapi): Promise<void> {
  // Each once per firing across all CMS instances, and never two at a time (cluster/leases.ts).
  scheduleOnce(strapi, {
    announceFinalists: { rule: '5 * * * *', everyMs: 3_600_000, offsetMs: 5 * 60_000, task: () => announceIfDue(strapi), failure: 'selection: announcement failed' },
    revealDraws: { rule: '7 * * * *', everyMs: 3_600_000, offsetMs: 7 * 60_000, task: () => revealDrawsIfDue(strapi), failure: 'draw: reveal failed' },
  });
  scheduleExpertLinks(strapi, expertService(strapi).links);
  // The start-up catch-up: instances starting together take turns (each finds the other's work done).
  await runOnce(strapi, { name: 'announceFinalists', leaseMs: 600_000 }, () => announceIfDue(strapi));
  await runOnce(strapi, { name: 'revealDraws', leaseMs: 600_000 }, () => revealDrawsIfDue(strapi));
}
