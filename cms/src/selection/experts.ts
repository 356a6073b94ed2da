import type { Core } from '@strapi/strapi';
import { ConflictReasonSchema, reviewSchema, DEFAULT_SCORE_SCALE, fieldErrors } from '@portal/schema';
import { publicSupportPercentile, suggestedSupportScore, weightedTotal, cityKey } from '@portal/schema/domain';
import { createExpertLinks, hashToken } from './expert-links';
import { Refusal, invalid } from '../core/errors';
import { voting } from '../voting';
import { lines } from './draw';
import { calendarDate, formatDate } from '@portal/schema/domain';
import { roundRules, scoringOpen, selectionProjects } from './round';

/**
 * The expert's area. An expert signs in with a personal link sent by email: 32 random bytes, only
 * their SHA-256 stored, valid for a limited time and consumed by a conditional update (single use).
 * The functions turn a consumed link into a signed session cookie and pass the expert's id on every
 * call, so an expert can only ever ask about their own assignments; every read and write below is
 * filtered by that id, and a project not assigned to the expert is "not found".
 */
const EXPERT = 'api::expert.expert';
const SIGN_IN = 'api::expert-sign-in.expert-sign-in';
const REVIEW = 'api::review.review';
const APPLICATION = 'api::application.application';


/** The application as an expert reads it: everything the team wrote except the leader's contacts. */
function forExpert(data: any): Record<string, unknown> {
  if (!data || typeof data !== 'object') return {};
  const { contacts: _contacts, website: _website, ...rest } = data;
  return rest;
}

export function createExpertService(strapi: Core.Strapi) {
  // Long because it is the expert desk's whole service: short actions sharing one closure over strapi.
  const experts = () => strapi.db.query(EXPERT);
  const reviews = () => strapi.db.query(REVIEW);
  const links = createExpertLinks(strapi);

  async function expertById(id: string) {
    const expert = await experts().findOne({ where: { documentId: id, active: true }, select: ['documentId', 'name', 'email', 'city', 'conflictProjects', 'conflictCities'] });
    if (!expert) throw new Refusal(400, 'UnknownExpert', 'Войдите в кабинет эксперта заново по ссылке из письма.');
    return expert;
  }

  async function ownReview(expert: string, reference: string, year?: number) {
    const where: Record<string, unknown> = { expert, project: reference };
    if (year) where.year = year;
    const review = (await reviews().findOne({ where }));
    // Someone else's assignment and no assignment at all look the same from outside.
    if (!review) throw new Refusal(404, 'NotFoundError', 'Этот проект вам не назначен.');
    return review;
  }

  return {
    links,

    /**
     * Queues a sign-in link when the address belongs to an active expert (at most LINKS_PER_HOUR an
     * hour); the answer is the same for every address and never waits for the mail server.
     */
    async requestLink(email: unknown) {
      if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) throw invalid({ email: ['Укажите адрес электронной почты, на который вас пригласили в совет'] });
      await links.request(email);
      return { sent: true };
    },

    /** After the draw: every expert with assignments gets their link. */
    async notifyAssigned(year: number) {
      const assigned = new Set(((await reviews().findMany({ where: { year }, select: ['expert'], limit: 100_000 }))).map((r) => r.expert));
      for (const id of assigned) {
        await links.send(id, `Вам назначены проекты отбора ${year} года для экспертной оценки.`);
      }
    },

    /** A link opens a session once: the conditional update lets exactly one request consume it. */
    async consumeLink(token: unknown, now = new Date()) {
      const bad = () => new Refusal(400, 'LinkInvalid', 'Ссылка недействительна: она уже использована, устарела или скопирована не целиком. Запросите новую.');
      if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{40,60}$/.test(token)) throw bad();
      const table = (strapi.db.metadata.get(SIGN_IN)).tableName;
      const hash = hashToken(token);
      const used = await strapi.db.connection(table).where({ token_hash: hash }).whereNull('consumed_at').where('expires_at', '>', now).update({ consumed_at: now });
      if (!used) throw bad();
      const row = (await strapi.db.query(SIGN_IN).findOne({ where: { tokenHash: hash }, select: ['expert'] }));
      const expert = await expertById(row.expert);
      return { expert: expert.documentId as string, name: expert.name as string };
    },

    /** The expert's desk: their assigned projects with the application, the criteria, votes and support percentile. */
    async desk(expertId: string, now = new Date()) {
      const expert = await expertById(expertId);
      const own = (await reviews().findMany({ where: { expert: expertId }, orderBy: { year: 'desc' }, limit: 100 }));
      const year = own[0]?.year as number | undefined;
      if (!year) return { name: expert.name, year: null, scoringOpen: false, window: null, criteria: [], scale: DEFAULT_SCORE_SCALE, projects: [] };
      const rules = (await roundRules(strapi, year))!;
      const projects = await selectionProjects(strapi, year);
      const counts = await voting(strapi).votes.counts();
      const roundVotes = projects.map((p) => counts.projects[p.documentId] ?? 0);
      const byRef = new Map(projects.map((p) => [p.reference, p]));
      const items = [];
      for (const review of own.filter((r) => r.year === year)) {
        const project = byRef.get(review.project);
        const application = (await strapi.db.query(APPLICATION).findOne({ where: { reference: review.project }, select: ['data', 'title', 'city', 'region'] }));
        const votes = project ? (counts.projects[project.documentId] ?? 0) : 0;
        const percentile = roundVotes.length ? publicSupportPercentile(votes, roundVotes) : 0;
        items.push({
          reference: review.project,
          title: application?.title ?? project?.title ?? review.project,
          city: application?.city ?? project?.city ?? '',
          region: application?.region ?? '',
          application: forExpert(application?.data),
          status: review.state,
          scores: review.scores ?? null,
          overallComment: review.overallComment ?? null,
          total: review.total === null || review.total === undefined ? null : Number(review.total),
          submittedAt: review.submittedAt ?? null,
          publicSupport: { votes, percentile, suggestedScore: suggestedSupportScore(percentile, DEFAULT_SCORE_SCALE) },
        });
      }
      return {
        name: expert.name,
        year,
        scoringOpen: scoringOpen(rules, now),
        window: rules.mainSelection,
        criteria: rules.criteria,
        scale: DEFAULT_SCORE_SCALE,
        projects: items,
      };
    },

    /** Saves (or edits) a review while the main selection is open; after it the review is locked. */
    async saveReview(expertId: string, reference: string, body: unknown, now = new Date()) {
      await expertById(expertId);
      const review = await ownReview(expertId, reference);
      if (review.state === 'conflict') throw new Refusal(409, 'ConflictError', 'Вы заявили конфликт интересов по этому проекту: он передан другому эксперту.');
      const rules = (await roundRules(strapi, review.year))!;
      if (!scoringOpen(rules, now)) {
        const w = rules.mainSelection;
        throw new Refusal(400, 'ScoringClosed', `Оценки принимаются только во время основного отбора${w ? `: с ${formatDate(w.startDate)} по ${formatDate(w.endDate)}` : ''}. Сохранённые оценки изменить нельзя.`);
      }
      const parsed = reviewSchema({ criteria: rules.criteria, scale: DEFAULT_SCORE_SCALE }).safeParse(body);
      if (!parsed.success) {
        throw invalid(fieldErrors(parsed.error.issues));
      }
      const total = weightedTotal(parsed.data.scores, rules.criteria, DEFAULT_SCORE_SCALE);
      await reviews().update({
        where: { id: review.id },
        data: { scores: parsed.data.scores, overallComment: parsed.data.overallComment, total, state: 'submitted', submittedAt: now },
      });
      return { status: 'submitted' as const, total };
    },

    /**
     * One more review of a project: by the eligible expert with the fewest reviews in the round (not
     * from the project's city, no declared conflict, not already reviewing it), who is emailed a link.
     * Used when an expert declares a conflict and when the working group asks for an extra review of
     * a project the reviewers disagree on. Null when nobody is eligible.
     */
    async assignAnotherExpert(reference: string, year: number, reason: string, now = new Date()): Promise<string | null> {
      const project = (await selectionProjects(strapi, year)).find((p) => p.reference === reference);
      const all = (await reviews().findMany({ where: { year }, select: ['expert', 'project', 'state'], limit: 100_000 }));
      const load = new Map<string, number>();
      const onProject = new Set<string>();
      for (const r of all) {
        if (r.state !== 'conflict') load.set(r.expert, (load.get(r.expert) ?? 0) + 1);
        if (r.project === reference) onProject.add(r.expert);
      }
      const roster = (await experts().findMany({ where: { active: true }, select: ['documentId', 'name', 'email', 'city', 'conflictProjects', 'conflictCities'], limit: 100_000 }));
      const city = cityKey(project?.city ?? '');
      const candidates = roster
        .filter((e) => !onProject.has(e.documentId) && cityKey(e.city) !== city && !lines(e.conflictProjects).includes(reference) && !lines(e.conflictCities).map(cityKey).includes(city))
        .sort((a, b) => (load.get(a.documentId) ?? 0) - (load.get(b.documentId) ?? 0) || String(a.documentId).localeCompare(String(b.documentId)));
      const next = candidates[0];
      if (!next) {
        strapi.log.warn(`selection: no eligible expert left for ${reference}`);
        return null;
      }
      await reviews().create({ data: { expert: next.documentId, expertName: next.name, project: reference, year, state: 'assigned', publishedAt: now } });
      await links.send(next.documentId, reason).catch((e) => strapi.log.error(`selection: the assignment email was not queued: ${(e as Error).message}`));
      return next.documentId as string;
    },

    /**
     * The expert declares a conflict of interest: their review is closed (kept, marked conflict),
     * the project joins their declared conflicts, and it goes to the eligible expert with the fewest
     * reviews in the round (not from its city, no conflict, not already reviewing it), who is emailed.
     */
    async declareConflict(expertId: string, reference: string, reason: unknown, now = new Date()) {
      const expert = await expertById(expertId);
      const review = await ownReview(expertId, reference);
      if (review.state === 'conflict') return { reassigned: true, already: true };
      const rules = (await roundRules(strapi, review.year))!;
      // Any time until the main selection ends: an expert may see the conflict as soon as the link arrives.
      const end = rules.mainSelection?.endDate;
      if (end && calendarDate(now, rules.timeZone) > end) throw new Refusal(400, 'ScoringClosed', 'Основной отбор завершён: назначения больше не меняются.');
      const parsedReason = ConflictReasonSchema.safeParse(reason);
      if (!parsedReason.success) throw invalid({ reason: parsedReason.error.issues.map((i) => i.message) });
      const text = parsedReason.data;

      // Conditional: of two declarations at once (a double click), only the one that moves the row
      // out of its open state reassigns the project; the other is a repeat.
      const { count } = (await reviews().updateMany({ where: { id: review.id, state: { $ne: 'conflict' } }, data: { state: 'conflict', conflictReason: text } })) as { count: number };
      if (count !== 1) return { reassigned: true, already: true };
      await experts().update({ where: { documentId: expertId }, data: { conflictProjects: [...new Set([...lines(expert.conflictProjects), reference])].join('\n') } });

      const next = await this.assignAnotherExpert(reference, review.year, `Вам дополнительно назначен проект ${reference} для экспертной оценки (другой эксперт заявил конфликт интересов).`, now);
      if (!next) return { reassigned: false, already: false };
      return { reassigned: true, already: false };
    },
  };
}

export type ExpertService = ReturnType<typeof createExpertService>;

let instance: ExpertService | null = null;

/** The one expert service of this process (its sign-in links keep state between calls). */
export function expertService(strapi: Core.Strapi): ExpertService {
  instance ??= createExpertService(strapi);
  return instance;
}
