import { randomBytes } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { applicationSchema, completenessReport, type DemoDataset } from '@portal/schema';
import { mulberry32, sha256Hex } from '@portal/schema/domain';
import { applicationRules } from '../applications/rules';
import { emailProvider, identityHash } from '../voting/identity';
import { expertService } from '../selection';

/**
 * Loads a demo dataset (schema/src/demo.ts) into the CMS through the CMS's own rules: applications
 * are created and then moderated and reviewed by the same document-service middlewares an editor's
 * save runs (so projects, stages and review notes come out as they would), the draw is made and
 * revealed by the draw's middleware, reviews are saved through the expert service inside the main
 * selection's window, and the ranking and finalists come from «Итоги отбора». Only residents and
 * their votes, thousands of rows without rules of their own at load time, are written in batches
 * through the query engine.
 */
const ROUND = 'api::selection-round.selection-round';
const TOPIC = 'api::topic.topic';
const EXPERT = 'api::expert.expert';
const APPLICATION = 'api::application.application';
const PROJECT = 'api::project.project';
const VOTER = 'api::voter.voter';
const VOTE = 'api::vote.vote';
const IDEA = 'api::idea.idea';
const REFINEMENT = 'api::refinement.refinement';
const DRAW = 'api::draw.draw';
const REVIEW = 'api::review.review';
const RESULT = 'api::selection-result.selection-result';

type Progress = (message: string) => void;
const docs = (strapi: Core.Strapi, uid: UID.ContentType) => strapi.documents(uid) as any;
const query = (strapi: Core.Strapi, uid: string) => strapi.db.query(uid);

/** A document id in Strapi's format (24 lowercase letters and digits), for rows written in batches. */
function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(24)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Runs `task` in one transaction: one commit (one sync of the disk, with synchronous=FULL) for
 * hundreds of writes instead of one each. Only for steps whose reads and writes all go through
 * Strapi's query engine, which joins the transaction; the raw connection would wait for it forever
 * on SQLite's single connection (the ranking's vote counts use it, so that step stays outside).
 */
function inOneCommit<T>(strapi: Core.Strapi, task: () => Promise<T>): Promise<T> {
  return strapi.db.transaction(task) as unknown as Promise<T>;
}

/** Reports every `step`-th item and the last one. */
function counter(progress: Progress, what: string, total: number, step: number) {
  let done = 0;
  return () => {
    done += 1;
    if (done % step === 0 || done === total) progress(`${what} ${done}/${total}`);
  };
}

export interface LoadedDemo {
  projects: Map<string, string>;
  voters: string[];
}

export async function loadRounds(strapi: Core.Strapi, data: DemoDataset): Promise<void> {
  for (const round of data.rounds) {
    const existing = await docs(strapi, ROUND).findFirst({ filters: { year: round.year } });
    if (existing) throw new Error(`demo: a ${round.year} round is already in the CMS; the demo loads into a database of its own`);
    await docs(strapi, ROUND).create({ data: round, status: 'published' });
  }
}

async function topicIds(strapi: Core.Strapi): Promise<Map<string, string>> {
  const topics = (await docs(strapi, TOPIC).findMany({ fields: ['slug'], limit: 100 })) as Array<{ slug: string; documentId: string }>;
  return new Map(topics.map((t) => [t.slug, t.documentId]));
}

export async function loadExperts(strapi: Core.Strapi, data: DemoDataset): Promise<void> {
  const topics = await topicIds(strapi);
  await inOneCommit(strapi, async () => {
    for (const e of data.experts) {
      await docs(strapi, EXPERT).create({
        data: {
          name: e.name,
          email: e.email.toLowerCase(),
          city: e.city,
          region: e.region,
          competences: e.competences.map((slug) => topics.get(slug)).filter(Boolean),
          active: true,
          listedPublicly: e.listedPublicly,
        },
      });
    }
  });
}

/**
 * Applications as the form would have stored them, then the editors' decisions through the
 * moderation middleware (src/applications/moderation.ts), which publishes the projects.
 */
export async function loadApplications(strapi: Core.Strapi, data: DemoDataset, progress: Progress): Promise<Map<string, string>> {
  const topics = await topicIds(strapi);
  const rules = new Map<number, Awaited<ReturnType<typeof applicationRules>>>();
  for (const round of data.rounds) rules.set(round.year, await applicationRules(strapi, round.year));
  const tick = counter(progress, 'applications', data.applications.length, 50);
  for (let from = 0; from < data.applications.length; from += 50) {
    await inOneCommit(strapi, async () => {
      for (const a of data.applications.slice(from, from + 50)) await loadApplication(a);
    });
  }
  const projects = (await query(strapi, PROJECT).findMany({ where: { publishedAt: { $notNull: true } }, select: ['reference', 'documentId'], limit: 100_000 })) as Array<{ reference: string; documentId: string }>;
  return new Map(projects.map((p) => [p.reference, p.documentId]));

  async function loadApplication(a: DemoDataset['applications'][number]) {
    const rule = rules.get(a.year)!;
    const parsed = applicationSchema(rule).safeParse(a.data);
    if (!parsed.success) throw new Error(`demo: application ${a.reference} does not pass the form's schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const form = parsed.data;
    const created = await docs(strapi, APPLICATION).create({
      data: {
        reference: a.reference,
        year: a.year,
        idempotencyKey: `demo-${a.reference}`,
        title: form.title,
        topic: topics.get(form.topic) ?? null,
        city: form.city,
        region: form.region,
        leaderEmail: form.contacts.email,
        data: form,
        completeness: completenessReport(form, rule),
        moderation: 'pending',
        topicFit: 'pending',
        completenessDecision: 'pending',
        stage: 'submitted',
      },
    });
    // The day the leader sent it: the project's «подана» date comes from it.
    await query(strapi, APPLICATION).update({ where: { documentId: created.documentId }, data: { createdAt: new Date(a.submittedAt) } });
    const decided = a.moderation !== 'pending' || a.topicFit !== 'pending' || a.completenessDecision !== 'pending';
    if (decided) {
      await docs(strapi, APPLICATION).update({
        documentId: created.documentId,
        data: {
          moderation: a.moderation,
          moderationReason: a.moderationReason,
          topicFit: a.topicFit,
          topicFitReason: a.topicFitReason,
          completenessDecision: a.completenessDecision,
          completenessReason: a.completenessReason,
        },
      });
    }
    tick();
  }
}

/** Verified residents (stored as the keyed hash of their address, as verification stores them) and their votes. */
export async function loadResidentsAndVotes(strapi: Core.Strapi, data: DemoDataset, projects: Map<string, string>, progress: Progress): Promise<string[]> {
  const voters = data.residents.map(() => newDocumentId());
  const rows = data.residents.map((r, i) => {
    const at = new Date(r.verifiedAt);
    // The address as verification would store it (the provider's own normalisation and refusals).
    const email = emailProvider.normalise(r.email);
    if (!email.ok) throw new Error(`demo: resident ${i} has an address verification would refuse: ${email.messages.join('; ')}`);
    return { documentId: voters[i], identityHash: identityHash('email', email.value), provider: 'email', lastVerifiedAt: at, voided: false, createdAt: at, updatedAt: at, publishedAt: at };
  });
  await batches(rows, 2_000, (chunk) => query(strapi, VOTER).createMany({ data: chunk }));
  progress(`residents ${rows.length}`);

  const votes = data.votes.flatMap((v) => {
    const project = projects.get(v.reference);
    const voter = voters[v.voter];
    if (!project || !voter) return [];
    const at = new Date(v.at);
    return [{ documentId: newDocumentId(), voter, target: `project:${project}`, kind: 'project', project, voided: false, createdAt: at, updatedAt: at, publishedAt: at }];
  });
  if (votes.length !== data.votes.length) throw new Error(`demo: ${data.votes.length - votes.length} votes name a project that is not published or a resident that does not exist`);
  let written = 0;
  await batches(votes, 5_000, async (chunk) => {
    await query(strapi, VOTE).createMany({ data: chunk });
    written += chunk.length;
    progress(`votes ${written}/${votes.length}`);
  });
  return voters;
}

async function batches<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export async function loadIdeasAndRefinements(strapi: Core.Strapi, data: DemoDataset, projects: Map<string, string>, voters: string[], progress: Progress): Promise<void> {
  const project = (reference: string) => {
    const id = projects.get(reference);
    if (!id) throw new Error(`demo: ${reference} is not a published project`);
    return id;
  };
  const ideaVotes: Array<Record<string, unknown>> = [];
  // An idea vote is dated with its resident's last project vote (the visit when they voted, inside
  // the voting window), not with the resident's sign-up, which can be months earlier.
  const lastVoteAt = new Map<number, string>();
  for (const v of data.votes) if ((lastVoteAt.get(v.voter) ?? '') < v.at) lastVoteAt.set(v.voter, v.at);
  await inOneCommit(strapi, async () => {
    for (const idea of data.ideas) {
      const projectId = project(idea.reference);
      const created = await docs(strapi, IDEA).create({ data: { project: projectId, title: idea.title, description: idea.description, author: idea.author }, status: 'published' });
      for (const v of idea.voters) {
        const at = new Date(lastVoteAt.get(v) ?? data.residents[v]!.verifiedAt);
        ideaVotes.push({ documentId: newDocumentId(), voter: voters[v], target: `idea:${created.documentId}`, kind: 'idea', project: projectId, voided: false, createdAt: at, updatedAt: at, publishedAt: at });
      }
    }
    await batches(ideaVotes, 5_000, (chunk) => query(strapi, VOTE).createMany({ data: chunk }));
    progress(`ideas ${data.ideas.length}, their votes ${ideaVotes.length}`);

    for (const r of data.refinements) {
      const created = await docs(strapi, REFINEMENT).create({
        data: { project: project(r.reference), text: r.text, voter: voters[r.voter], moderation: r.moderation, response: r.response, reply: r.reply, respondedAt: r.respondedAt },
      });
      await query(strapi, REFINEMENT).update({ where: { documentId: created.documentId }, data: { createdAt: new Date(r.createdAt) } });
    }
  });
  progress(`refinements ${data.refinements.length}`);
}

/** A moment inside a stage of `year`'s round: its first day at noon, Moscow time (UTC+3). */
function insideStage(data: DemoDataset, year: number, kind: string): Date {
  const round = data.rounds.find((r) => r.year === year)!;
  const stage = round.stages.find((s) => s.kind === kind)!;
  return new Date(`${stage.startDate}T09:00:00Z`);
}

/** Scores around the project's strength, shifted by the expert's harshness: calibration has work to do. */
function reviewBody(data: DemoDataset, quality: number, harshness: number, criteria: number, rnd: () => number) {
  const scores = Array.from({ length: criteria }, (_, criterion) => {
    const raw = 2 + quality * 7.5 + harshness * 1.6 + (rnd() - 0.5) * 3;
    return { criterion, score: Math.max(0, Math.min(10, Math.round(raw))) };
  });
  const band = quality > 0.7 ? data.reviewComments.strong : quality > 0.4 ? data.reviewComments.middling : data.reviewComments.weak;
  return { scores, overallComment: band[Math.floor(rnd() * band.length)]! };
}

/**
 * The expert draw of `year` (seed fixed from the demo's seed so that the demo is the same every
 * time), the reviews (all, or `share` of them), and for a finished round the ranking and finalists.
 */
export async function loadSelection(strapi: Core.Strapi, data: DemoDataset, year: number, options: { share: number; conflicts: number; finish: boolean }, progress: Progress): Promise<void> {
  const draw = await docs(strapi, DRAW).create({ data: { year } });
  const seed = sha256Hex(`demo-draw-${data.seed}-${year}`);
  await query(strapi, DRAW).update({ where: { documentId: draw.documentId }, data: { seed, seedHash: sha256Hex(seed) } });
  await docs(strapi, DRAW).update({ documentId: draw.documentId, data: { stage: 'drawn' } });

  const experts = (await query(strapi, EXPERT).findMany({ select: ['documentId', 'email'], limit: 10_000 })) as Array<{ documentId: string; email: string }>;
  const byEmail = new Map(data.experts.map((e) => [e.email.toLowerCase(), e]));
  const harshness = new Map(experts.map((e) => [e.documentId, byEmail.get(e.email)?.harshness ?? 0]));
  const demoExpert = experts.find((e) => e.email === data.demoExpert.toLowerCase())?.documentId;
  const quality = new Map(data.applications.map((a) => [a.reference, a.quality]));
  const during = insideStage(data, year, 'main_selection');
  const service = expertService(strapi);
  const rnd = mulberry32(data.seed ^ year);

  await inOneCommit(strapi, async () => {
    let reviews = (await query(strapi, REVIEW).findMany({ where: { year }, select: ['id', 'expert', 'project'], orderBy: { id: 'asc' }, limit: 100_000 })) as Array<{ expert: string; project: string }>;
    for (const r of reviews.filter((r) => r.expert !== demoExpert).slice(0, options.conflicts)) {
      await service.declareConflict(r.expert, r.project, 'Я консультировал команду этого проекта в прошлом году.', during);
    }
    reviews = (await query(strapi, REVIEW).findMany({ where: { year, state: 'assigned' }, select: ['expert', 'project'], orderBy: { id: 'asc' }, limit: 100_000 })) as Array<{ expert: string; project: string }>;
    const criteria = data.rounds.find((r) => r.year === year)!.criteria.length;
    // The demo expert keeps most of their projects to score when the round is still open.
    const mine = reviews.filter((r) => r.expert === demoExpert);
    const toScore = options.share >= 1 ? reviews : [...reviews.filter((r) => r.expert !== demoExpert && rnd() < options.share), ...mine.slice(0, 2)];
    const tick = counter(progress, `reviews ${year}`, toScore.length, 100);
    for (const r of toScore) {
      await service.saveReview(r.expert, r.project, reviewBody(data, quality.get(r.project) ?? 0.5, harshness.get(r.expert) ?? 0, criteria, rnd), during);
      tick();
    }
  });
  if (!options.finish) return;
  const result = await docs(strapi, RESULT).create({ data: { year, confirmed: false } });
  await docs(strapi, RESULT).update({ documentId: result.documentId, data: { confirmed: true } });
  progress(`ranking and finalists of ${year}`);
}
