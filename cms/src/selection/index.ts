import type { Core } from '@strapi/strapi';
import { ensureSelectionIndexes, registerDraw, revealDrawsIfDue } from './draw';
import { normaliseExpertEmails, scheduleExpertLinks } from './expert-links';
import { createExpertService, type ExpertService } from './experts';
import { announceIfDue, registerResults } from './results';

let experts: ExpertService | null = null;

export function expertService(strapi: Core.Strapi): ExpertService {
  experts ??= createExpertService(strapi);
  return experts;
}

/** The draw, the ranking and the finalists: editors' actions in the admin panel (document middlewares). */
export function registerSelection(strapi: Core.Strapi): void {
  registerDraw(strapi, (year) => expertService(strapi).notifyAssigned(year));
  registerResults(strapi);
  normaliseExpertEmails(strapi);
}

export async function bootstrapSelection(strapi: Core.Strapi): Promise<void> {
  await ensureSelectionIndexes(strapi);
  strapi.cron.add({
    announceFinalists: { task: () => announceIfDue(strapi).catch((e) => strapi.log.error(`selection: announcement failed: ${e.message}`)), options: { rule: '5 * * * *' } },
    revealDraws: { task: () => revealDrawsIfDue(strapi).catch((e) => strapi.log.error(`draw: reveal failed: ${e.message}`)), options: { rule: '7 * * * *' } },
  });
  scheduleExpertLinks(strapi, expertService(strapi).links);
  await announceIfDue(strapi);
  await revealDrawsIfDue(strapi);
}
