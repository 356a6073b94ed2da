import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { fieldRefusal as refusal } from '../core/errors';
import { AssignmentInputError, assignProjects, drawRecord, sha256Hex, verifyAssignment, type AssignmentInput } from '@portal/schema/domain';
import { calendarDate } from '@portal/schema/domain';
import { roundRules, selectionProjects } from './round';
import type { DocumentContext } from '../core/documents';

/**
 * The draw, in two steps an editor takes in the admin panel (or any client of the document service):
 *  1. create a «Жеребьёвка» for a year → the CMS draws a secret seed (32 random bytes) and stores its
 *     SHA-256 in `seedHash`, which is public at once (the site shows it): the seed is now fixed
 *     before anyone knows the projects' order or the roster's final state;
 *  2. set the stage to `drawn` → the CMS takes the round's projects that passed the technical review
 *     and the active experts, assigns them with `assignProjects` (schema/src/domain/assignment.ts), checks
 *     the result with `verifyAssignment` and writes one review row per (expert, project);
 *  3. once the main selection is over (checked hourly and on every save of the draw) the seed and
 *     the inputs (projects by reference and city; experts by an opaque id, city and conflicts — no
 *     names, no emails) are published, so anyone can recompute the draw:
 *     `npm run assign -- --round 2020 --from <CMS>`. Not earlier: while experts score, the inputs
 *     could tell a team which expert (by city) has its project.
 * Infeasible inputs refuse the change with the algorithm's Russian message; nothing is written.
 */
const DRAW = 'api::draw.draw';
const EXPERT = 'api::expert.expert';
const REVIEW = 'api::review.review';

export const lines = (text: unknown): string[] =>
  String(text ?? '')
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The roster as the draw sees it: opaque ids (document ids), cities, declared conflicts. */
export async function rosterForDraw(strapi: Core.Strapi) {
  const experts = (await strapi.db.query(EXPERT).findMany({
    where: { active: true },
    select: ['documentId', 'name', 'city', 'conflictProjects', 'conflictCities'],
    limit: 100_000,
  }));
  return experts.map((e) => ({
    id: e.documentId as string,
    name: e.name as string,
    city: e.city as string,
    conflicts: lines(e.conflictProjects),
    conflictCities: lines(e.conflictCities),
  }));
}

export function registerDraw(strapi: Core.Strapi, onAssigned: (year: number) => Promise<void>): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (ctx.uid !== DRAW) return next();
    const data = (ctx.params.data ??= {});

    if (ctx.action === 'create') {
      const seed = randomBytes(32).toString('hex');
      Object.assign(data, { seed, seedHash: sha256Hex(seed), stage: 'announced', announcedAt: new Date(), revealedSeed: null, publishedData: null, drawnAt: null });
      return next();
    }
    if (ctx.action !== 'update' || !ctx.params.documentId) return next();

    const before = (await strapi.db.query(DRAW).findOne({ where: { documentId: ctx.params.documentId } }));
    if (!before) return next();
    // The seed, its hash and the published result are the CMS's to write, never an editor's.
    for (const field of ['seed', 'seedHash', 'revealedSeed', 'publishedData', 'auditData', 'announcedAt', 'drawnAt', 'revealedAt']) delete data[field];
    if ('year' in data && data.year !== before.year) throw refusal('year', 'Год жеребьёвки нельзя изменить после публикации хеша: создайте новую жеребьёвку');
    if (before.stage === 'drawn') {
      if (data.stage && data.stage !== 'drawn') throw refusal('stage', 'Распределение уже сделано: его нельзя отменить');
      const saved = await next();
      await revealDrawsIfDue(strapi);
      return saved;
    }
    if (data.stage !== 'drawn') return next();

    const rules = await roundRules(strapi, before.year);
    if (!rules) throw refusal('year', `Нет опубликованного отбора ${before.year} года`);
    const projects = await selectionProjects(strapi, before.year);
    const roster = await rosterForDraw(strapi);
    const input: AssignmentInput = {
      projects: projects.map((p) => ({ id: p.reference, city: p.city })),
      experts: roster.map(({ id, city, conflicts, conflictCities }) => ({ id, city, conflicts, conflictCities })),
      perExpert: rules.projectsPerExpert,
      seed: before.seed,
    };
    if (!input.projects.length) throw refusal('stage', 'Нет проектов, прошедших техническую экспертизу: распределять нечего');
    if (!input.experts.length) throw refusal('stage', 'В экспертном совете нет активных экспертов');
    let result;
    try {
      result = assignProjects(input);
    } catch (e) {
      if (e instanceof AssignmentInputError) throw refusal('stage', e.message);
      throw e;
    }
    const violations = verifyAssignment(input, result);
    if (violations.length) throw refusal('stage', `Распределение не прошло проверку: ${violations.join('; ')}`);

    const names = new Map(roster.map((e) => [e.id, e.name]));
    const now = new Date();
    Object.assign(data, {
      stage: 'drawn',
      drawnAt: now,
      note: [result.note, ...result.assignments.filter((a) => a.shortfall).map((a) => `${a.expertId}: ${a.shortfall}`)].filter(Boolean).join('\n') || null,
      auditData: drawRecord(input, result, before.year),
    });
    const outcome = await strapi.db.transaction(async () => {
      for (const a of result.assignments) {
        for (const reference of a.projectIds) {
          await strapi.db.query(REVIEW).create({
            data: { expert: a.expertId, expertName: names.get(a.expertId) ?? null, project: reference, year: before.year, state: 'assigned', publishedAt: now },
          });
        }
      }
      return next();
    });
    await onAssigned(before.year).catch((e) => strapi.log.error(`draw: sign-in emails were not sent: ${(e as Error).message}`));
    return outcome;
  });
}

/** Publishes the seed and the draw's inputs once the round's main selection has ended. */
export async function revealDrawsIfDue(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const pending = (await strapi.db.query(DRAW).findMany({ where: { stage: 'drawn', revealedAt: null }, select: ['id', 'year', 'seed', 'auditData'] }));
  let revealed = 0;
  for (const draw of pending) {
    const rules = await roundRules(strapi, draw.year);
    const end = rules?.mainSelection?.endDate;
    if (end && calendarDate(now, rules!.timeZone) <= end) continue;
    // Through the document service: the public draw changes, so the site is rebuilt.
    const row = await strapi.db.query(DRAW).findOne({ where: { id: draw.id }, select: ['documentId'] });
    await strapi.db.query(DRAW).update({ where: { id: draw.id }, data: { revealedSeed: draw.seed, publishedData: draw.auditData, revealedAt: now } });
    strapi.eventHub.emit('entry.update', { uid: DRAW, entry: { documentId: row.documentId, publishedAt: now } });
    strapi.log.info(`draw: the seed and the inputs of the ${draw.year} draw are published`);
    revealed += 1;
  }
  return revealed;
}
