import type { Core } from '@strapi/strapi';
import { fieldRefusal as refusal } from '../core/errors';
import { rankProjects, rankingCsv, selectFinalists, type RankingRow } from '@portal/schema/domain';
import { voting } from '../voting';
import { expertService } from './experts';
import { lines } from './draw';
import { announcementDue, roundRules, selectionProjects } from './round';
import type { DocumentContext } from '../core/documents';

/**
 * The working group's ranking and the finalists (an «Итоги отбора» entry per year):
 *  - creating the entry, or ticking «Пересчитать», computes the ranking from the submitted reviews
 *    (calibrated per expert, disagreement flagged, ties broken by verified votes) and, while the
 *    finalists are not confirmed, proposes the top N (the round's finalistsCount) with a note about
 *    a tie at the boundary;
 *  - ticking «Подтверждено» fixes the list; on the announcement date (checked every hour and on
 *    save) the projects and applications move to finalist / not selected and each finalist's place
 *    and calibrated score become public — nothing of a single expert's scores ever does.
 */
const RESULT = 'api::selection-result.selection-result';
const REVIEW = 'api::review.review';
const PROJECT = 'api::project.project';
const APPLICATION = 'api::application.application';

export async function computeRanking(strapi: Core.Strapi, year: number): Promise<{ rows: RankingRow[]; titles: Record<string, string> }> {
  const projects = await selectionProjects(strapi, year);
  const counts = await voting(strapi).votes.counts();
  const votes: Record<string, number> = {};
  const titles: Record<string, string> = {};
  for (const p of projects) {
    votes[p.reference] = counts.projects[p.documentId] ?? 0;
    titles[p.reference] = p.title;
  }
  const submitted = (await strapi.db.query(REVIEW).findMany({ where: { year, state: 'submitted' }, select: ['expert', 'project', 'total'], limit: 1_000_000 }));
  const reviews = submitted.filter((r) => r.project in votes && r.total !== null).map((r) => ({ expert: r.expert, project: r.project, total: Number(r.total) }));
  return { rows: rankProjects({ reviews, votes }), titles };
}

export async function rankingCsvFor(strapi: Core.Strapi, year: number): Promise<string> {
  const { rows, titles } = await computeRanking(strapi, year);
  return rankingCsv(rows, titles, { decimalSeparator: ',' });
}

/** On the announcement date: stages move and the finalists' aggregates become public. */
export async function announceIfDue(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const due = (await strapi.db.query(RESULT).findMany({ where: { confirmed: true, announcedAt: null }, select: ['id', 'year', 'finalists', 'ranking'] }));
  let announced = 0;
  for (const result of due) {
    const rules = await roundRules(strapi, result.year);
    if (!rules || !announcementDue(rules, now)) continue;
    const finalists = new Set(lines(result.finalists));
    const ranking = new Map<string, RankingRow>(((result.ranking?.rows ?? []) as RankingRow[]).map((r) => [r.project, r]));
    const projects = await selectionProjects(strapi, result.year);
    for (const p of projects) {
      const finalist = finalists.has(p.reference);
      const row = ranking.get(p.reference);
      const stage = finalist ? 'finalist' : 'not_selected';
      await strapi.documents(PROJECT).update({
        documentId: p.documentId,
        data: { stage, selectionRank: finalist && row ? row.rank : null, selectionScore: finalist && row?.calibrated != null ? Math.round(row.calibrated * 10) / 10 : null },
        status: 'published',
      } as any);
      // Below the document service: the application's moderation logic is not re-run for a stage it does not own.
      await strapi.db.query(APPLICATION).update({ where: { reference: p.reference }, data: { stage } });
    }
    await strapi.db.query(RESULT).update({ where: { id: result.id }, data: { announcedAt: now } });
    strapi.log.info(`selection: ${finalists.size} finalists of ${result.year} announced`);
    announced += 1;
  }
  return announced;
}

export function registerResults(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (ctx.uid !== RESULT || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = (ctx.params.data ??= {});
    const before = ctx.action === 'update' ? await strapi.db.query(RESULT).findOne({ where: { documentId: ctx.params.documentId } }) : null;
    const year = Number(data.year ?? before?.year);
    delete data.announcedAt;
    if (before?.announcedAt) {
      for (const f of ['finalists', 'confirmed', 'year']) if (f in data && data[f] !== before[f]) throw refusal(f, 'Финалисты уже объявлены: итоги изменить нельзя');
    }
    if (!before || data.recompute) {
      const rules = await roundRules(strapi, year);
      if (!rules) throw refusal('year', `Нет опубликованного отбора ${year} года`);
      const { rows } = await computeRanking(strapi, year);
      const proposal = selectFinalists(rows, rules.finalistsCount);
      data.ranking = { rows, finalistsCount: rules.finalistsCount };
      data.computedAt = new Date();
      data.recompute = false;
      data.boundaryNote = proposal.note;
      const confirmed = data.confirmed ?? before?.confirmed;
      if (!confirmed && !String(data.finalists ?? before?.finalists ?? '').trim()) data.finalists = proposal.finalists.map((r) => r.project).join('\n');
    }
    const extra = lines(data.extraReviews);
    if (extra.length) {
      // The working group asks for one more review of projects the reviewers disagree on.
      const known = new Set((await selectionProjects(strapi, year)).map((p) => p.reference));
      const unknown = extra.filter((f) => !known.has(f));
      if (unknown.length) throw refusal('extraReviews', `Этих заявок нет среди прошедших техническую экспертизу: ${unknown.join(', ')}`);
      const log: string[] = [];
      for (const reference of extra) {
        const assigned = await expertService(strapi).assignAnotherExpert(reference, year, `Рабочая группа просит дополнительную экспертизу проекта ${reference}: оценки экспертов сильно расходятся.`);
        log.push(`${new Date().toISOString().slice(0, 10)} ${reference}: ${assigned ? 'назначен ещё один эксперт' : 'свободных экспертов без конфликта нет'}`);
      }
      data.extraReviews = null;
      data.extraReviewLog = [before?.extraReviewLog, ...log].filter(Boolean).join('\n');
    }
    const finalists = lines(data.finalists ?? before?.finalists);
    if (data.confirmed && !before?.confirmed) {
      if (!finalists.length) throw refusal('finalists', 'Перечислите финалистов (номера заявок), прежде чем подтвердить');
      const known = new Set((await selectionProjects(strapi, year)).map((p) => p.reference));
      const unknown = finalists.filter((f) => !known.has(f));
      if (unknown.length) throw refusal('finalists', `Этих заявок нет среди прошедших техническую экспертизу: ${unknown.join(', ')}`);
    }
    const result = await next();
    if (data.confirmed) await announceIfDue(strapi).catch((e) => strapi.log.error(`selection: announcement failed: ${(e as Error).message}`));
    return result;
  });
}
