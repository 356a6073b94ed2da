import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DATASET_VERSION, DEMO_STAGES, DemoDatasetSchema, type DemoDatasetInput, type DemoStage, demoApplicationSchema } from '@portal/schema';
import { calendarDate, roundPhase, votingWindow } from '@portal/schema/domain';
import { describe, expect, it } from 'vitest';
import { CITIES } from '../practice-data.ts';
import { generateDemo } from './generate.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const topics = (JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string }>).map((t) => t.slug);
const applicationSchema = demoApplicationSchema(topics);

// 12:00 in Moscow on 10 March 2026.
const NOW = new Date('2026-03-10T09:00:00Z');
const SEED = 20_200_113;
const datasets = new Map<DemoStage, DemoDatasetInput>(DEMO_STAGES.map((stage) => [stage, generateDemo({ seed: SEED, stage, today: NOW })]));
const dataset = (stage: DemoStage) => datasets.get(stage)!;

type Data = { city: string; region: string; topic: string };
const dataOf = (a: DemoDatasetInput['applications'][number]) => a.data as Data;
/** The first instant of a Moscow day, and the first instant after its last. */
const dayStart = (iso: string) => Date.parse(`${iso}T00:00:00+03:00`);
const dayAfter = (iso: string) => dayStart(iso) + 86_400_000;

function split(d: DemoDatasetInput) {
  const [previous, current] = d.rounds;
  const byYear = (year: number) => d.applications.filter((a) => a.year === year);
  return { previous: previous!, current: current!, previousApps: byYear(previous!.year), currentApps: byYear(current!.year) };
}

// Long on purpose: one block per stage holding a list of short, independent checks of one dataset;
// its length is the number of checks, not one piece of logic.
describe.each(DEMO_STAGES)('the demo dataset at stage %s', (stage) => {
  const d = dataset(stage);
  const { previous, current, previousApps, currentApps } = split(d);

  it('parses with the contract, and every application passes the form schema', () => {
    const parsed = DemoDatasetSchema.safeParse(d);
    expect(parsed.error?.issues.slice(0, 5)).toBeUndefined();
    const invalid = d.applications.flatMap((a) => {
      const r = applicationSchema.safeParse(a.data);
      return r.success ? [] : [{ reference: a.reference, issues: r.error.issues }];
    });
    expect(invalid).toEqual([]);
    expect(d).toMatchObject({ version: DEMO_DATASET_VERSION, seed: SEED, stage, today: '2026-03-10' });
  });

  it('puts today inside the stage of this year’s round, and last year’s round wholly before today', () => {
    expect(current.year).toBe(2026);
    expect(previous.year).toBe(2025);
    expect(current.title).toBe('Отбор проектов в программу «100 городских лидеров» в 2026 году');
    const phase = roundPhase(current as Parameters<typeof roundPhase>[0], NOW);
    expect(phase.phase).toBe('during');
    if (phase.phase === 'during') expect(phase.current.kind).toBe(stage);
    expect(roundPhase(previous as Parameters<typeof roundPhase>[0], NOW).phase).toBe('after');
    expect(d.stageUntil).toBe(current.stages.find((s) => s.kind === stage)!.endDate);
    for (const round of d.rounds) {
      expect(round.stages.map((s) => s.kind)).toEqual(['collection', 'technical_review', 'main_selection', 'announcement']);
      expect(round).toMatchObject({ finalistsCount: 25, projectsPerExpert: 10, maxTeamSize: 5, timeZone: 'Europe/Moscow', votingStart: null, votingEnd: null });
      expect(round.criteria).toHaveLength(6);
      for (let i = 1; i < round.stages.length; i++) expect(round.stages[i]!.startDate >= round.stages[i - 1]!.endDate).toBe(true);
    }
    const announcement = current.stages.find((s) => s.kind === 'announcement')!;
    expect(announcement.startDate).toBe(announcement.endDate);
  });

  it('holds last year’s round decided: ≥ 100 passed both checks, some failed with reasons, some rejected', () => {
    expect(previousApps.length).toBeGreaterThanOrEqual(110);
    const published = previousApps.filter((a) => a.moderation === 'published');
    expect(published.filter((a) => a.topicFit === 'pass' && a.completenessDecision === 'pass').length).toBeGreaterThanOrEqual(100);
    const failed = published.filter((a) => a.topicFit === 'fail' || a.completenessDecision === 'fail');
    expect(failed.length).toBeGreaterThanOrEqual(5);
    expect(published.every((a) => a.topicFit !== 'pending' && a.completenessDecision !== 'pending')).toBe(true);
    expect(previousApps.filter((a) => a.moderation === 'rejected').length).toBeGreaterThanOrEqual(5);
    expect(previousApps.some((a) => a.moderation === 'pending')).toBe(false);
  });

  it('holds this year’s applications in every moderation state, the refusals with reasons', () => {
    expect(currentApps.length).toBeGreaterThanOrEqual(170);
    const states = (m: string) => currentApps.filter((a) => a.moderation === m).length;
    expect(states('published')).toBeGreaterThanOrEqual(150);
    expect(states('pending')).toBeGreaterThan(0);
    expect(states('rejected')).toBeGreaterThan(0);
    for (const a of d.applications) {
      expect(a.moderationReason === null, a.reference).toBe(a.moderation !== 'rejected');
      expect(a.topicFitReason === null, a.reference).toBe(a.topicFit !== 'fail');
      expect(a.completenessReason === null, a.reference).toBe(a.completenessDecision !== 'fail');
      for (const reason of [a.moderationReason, a.topicFitReason, a.completenessReason]) if (reason) expect(reason).toMatch(/[а-яё]{3}/i);
      if (a.moderation !== 'published') expect([a.topicFit, a.completenessDecision]).toEqual(['pending', 'pending']);
      // Fails one check at most, the other passes.
      if (a.topicFit === 'fail') expect(a.completenessDecision).toBe('pass');
      if (a.completenessDecision === 'fail') expect(a.topicFit).toBe('pass');
    }
  });

  it('decides the technical review as far as the stage has got', () => {
    const published = currentApps.filter((a) => a.moderation === 'published');
    const decided = published.filter((a) => a.topicFit !== 'pending');
    expect(published.every((a) => (a.topicFit === 'pending') === (a.completenessDecision === 'pending'))).toBe(true);
    const passed = decided.filter((a) => a.topicFit === 'pass' && a.completenessDecision === 'pass');
    if (stage === 'collection') expect(decided).toEqual([]);
    if (stage === 'technical_review') {
      expect(decided.length / published.length).toBeGreaterThan(0.4);
      expect(decided.length / published.length).toBeLessThan(0.8);
      expect(passed.length / decided.length).toBeGreaterThan(0.7);
      expect(passed.length).toBeLessThan(decided.length);
    }
    if (stage === 'main_selection' || stage === 'announcement') {
      expect(decided).toHaveLength(published.length);
      expect(passed.length / published.length).toBeGreaterThan(0.75);
      expect(passed.length / published.length).toBeLessThan(0.95);
      expect(passed.length).toBeGreaterThanOrEqual(100);
    }
  });

  it('numbers the references per year in the order of submission, inside the collection and before now', () => {
    for (const [round, apps] of [[previous, previousApps], [current, currentApps]] as const) {
      const window = votingWindow(round as Parameters<typeof votingWindow>[0])!;
      expect(apps.map((a) => a.reference)).toEqual(apps.map((_, i) => `${round.year}-${String(i + 1).padStart(6, '0')}`));
      const times = apps.map((a) => Date.parse(a.submittedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      for (const t of times) {
        expect(t).toBeGreaterThanOrEqual(dayStart(window.startDate));
        expect(t).toBeLessThan(Math.min(dayAfter(window.endDate), NOW.getTime()));
      }
    }
  });

  it('spreads this year’s projects over real cities of ≥ 40 regions and all five topics', () => {
    const published = currentApps.filter((a) => a.moderation === 'published').map(dataOf);
    expect(new Set(published.map((a) => a.city)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(published.map((a) => a.region)).size).toBeGreaterThanOrEqual(40);
    for (const topic of topics) expect(published.filter((a) => a.topic === topic).length, topic).toBeGreaterThanOrEqual(15);
    const real = new Set(CITIES.map((c) => `${c.name}|${c.region}`));
    for (const a of d.applications.map(dataOf)) expect(real.has(`${a.city}|${a.region}`), a.city).toBe(true);
    const titles = published.map((a) => (a as Data & { title: string }).title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => published.some((a) => t.includes(a.city))).length).toBeGreaterThan(10);
  });

  it('varies the projects’ quality: stars, a long middle and a weak tail', () => {
    const q = currentApps.map((a) => a.quality);
    expect(q.filter((x) => x >= 0.85).length).toBeGreaterThanOrEqual(3);
    expect(q.filter((x) => x < 0.3).length).toBeGreaterThanOrEqual(10);
    expect(q.filter((x) => x >= 0.3 && x < 0.85).length / q.length).toBeGreaterThan(0.5);
  });

  it('gives votes only to published projects, once per resident, inside the voting window and after verification', () => {
    const apps = new Map(d.applications.map((a) => [a.reference, a]));
    const windows = new Map(
      d.rounds.map((round) => {
        const w = votingWindow(round as Parameters<typeof votingWindow>[0])!;
        return [round.year, { start: dayStart(w.startDate), end: Math.min(dayAfter(w.endDate), NOW.getTime()) }];
      }),
    );
    const seen = new Set<string>();
    const verified = d.residents.map((r) => Date.parse(r.verifiedAt));
    // One expect per rule rather than per vote: tens of thousands of votes.
    const broken: Record<string, string[]> = { twice: [], unpublished: [], outsideWindow: [], beforeSubmission: [], beforeVerification: [] };
    for (const v of d.votes) {
      const key = `${v.voter}|${v.reference}`;
      if (seen.has(key)) broken.twice!.push(key);
      seen.add(key);
      const app = apps.get(v.reference)!;
      if (app.moderation !== 'published') broken.unpublished!.push(key);
      const window = windows.get(app.year)!;
      const at = Date.parse(v.at);
      if (at < window.start || at >= window.end) broken.outsideWindow!.push(`${key} ${v.at}`);
      if (at <= Date.parse(app.submittedAt)) broken.beforeSubmission!.push(`${key} ${v.at}`);
      if (at <= verified[v.voter]!) broken.beforeVerification!.push(`${key} ${v.at}`);
    }
    expect(broken).toEqual({ twice: [], unpublished: [], outsideWindow: [], beforeSubmission: [], beforeVerification: [] });
    expect(d.votes.length).toBeGreaterThanOrEqual(25_000);
    expect(d.votes.length).toBeLessThanOrEqual(45_000);
  });

  it('makes the votes uneven, as real ones are: a heavy head, a long tail, 1–12 votes per resident', () => {
    for (const { year, apps } of [{ year: previous.year, apps: previousApps }, { year: current.year, apps: currentApps }]) {
      const counts = new Map(apps.filter((a) => a.moderation === 'published').map((a) => [a.reference, 0]));
      const perResident = new Map<number, number>();
      for (const v of d.votes) {
        if (!v.reference.startsWith(`${year}-`)) continue;
        counts.set(v.reference, counts.get(v.reference)! + 1);
        perResident.set(v.voter, (perResident.get(v.voter) ?? 0) + 1);
      }
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const total = sorted.reduce((a, b) => a + b, 0);
      const top = sorted.slice(0, Math.ceil(sorted.length / 10)).reduce((a, b) => a + b, 0);
      expect(top / total, `top 10 % in ${year}`).toBeGreaterThanOrEqual(0.35);
      expect(sorted[Math.floor(sorted.length / 2)]!, `median in ${year}`).toBeGreaterThanOrEqual(3);
      expect(sorted.filter((n) => n >= 5 && n <= 60).length / sorted.length).toBeGreaterThan(0.3);
      expect(Math.max(...perResident.values())).toBeLessThanOrEqual(12);
      if (year === current.year) {
        expect(sorted[0]!).toBeGreaterThanOrEqual(500);
        expect(sorted[0]!).toBeLessThanOrEqual(2_000);
      }
    }
  });

  it('has ≥ 3 000 residents, the demo resident first with 3–6 votes this year and one approved refinement', () => {
    expect(d.residents.length).toBeGreaterThanOrEqual(3_000);
    expect(d.residents[0]!.email).toBe('zhitel@example.ru');
    expect(d.demoResident).toBe('zhitel@example.ru');
    expect(new Set(d.residents.map((r) => r.email)).size).toBe(d.residents.length);
    const demoVotes = d.votes.filter((v) => v.voter === 0 && v.reference.startsWith(`${current.year}-`));
    expect(demoVotes.length).toBeGreaterThanOrEqual(3);
    expect(demoVotes.length).toBeLessThanOrEqual(6);
    expect(d.refinements.filter((r) => r.voter === 0 && r.moderation === 'approved')).toHaveLength(1);
  });

  it('verifies the residents within 90 days, or before their votes of last year', () => {
    const lastYearVoters = new Set(d.votes.filter((v) => v.reference.startsWith(`${previous.year}-`)).map((v) => v.voter));
    const now = NOW.getTime();
    d.residents.forEach((r, i) => {
      const at = Date.parse(r.verifiedAt);
      expect(at).toBeLessThan(now);
      if (!lastYearVoters.has(i)) expect(now - at, r.email).toBeLessThanOrEqual(90 * 86_400_000);
    });
  });

  it('has ideas and refinements on this year’s published projects, answered as moderation allows', () => {
    const apps = new Map(currentApps.map((a) => [a.reference, a]));
    expect(d.ideas.length).toBeGreaterThanOrEqual(45);
    expect(d.ideas.length).toBeLessThanOrEqual(80);
    expect(new Set(d.ideas.map((i) => i.reference)).size).toBeGreaterThanOrEqual(20);
    for (const idea of d.ideas) {
      expect(apps.get(idea.reference)?.moderation).toBe('published');
      expect(idea.voters.length).toBeLessThanOrEqual(300);
      expect(new Set(idea.voters).size).toBe(idea.voters.length);
      for (const v of idea.voters) expect(v).toBeLessThan(d.residents.length);
    }
    expect(d.refinements.length).toBeGreaterThanOrEqual(150);
    expect(new Set(d.refinements.map((r) => r.reference)).size).toBeGreaterThanOrEqual(50);
    const moderations = new Set(d.refinements.map((r) => r.moderation));
    expect([...moderations].sort()).toEqual(['approved', 'hidden', 'pending']);
    expect(d.refinements.filter((r) => r.moderation === 'approved').length / d.refinements.length).toBeGreaterThan(0.6);
    expect(new Set(d.refinements.map((r) => r.response))).toEqual(new Set(['none', 'accepted', 'declined']));
    for (const r of d.refinements) {
      const app = apps.get(r.reference)!;
      expect(app.moderation).toBe('published');
      const created = Date.parse(r.createdAt);
      expect(created).toBeGreaterThan(Date.parse(app.submittedAt));
      expect(created).toBeLessThan(NOW.getTime());
      expect(created).toBeGreaterThan(Date.parse(d.residents[r.voter]!.verifiedAt));
      const answered = r.response === 'accepted' || r.response === 'declined';
      if (answered) expect(r.moderation).toBe('approved');
      expect(r.reply !== null).toBe(answered);
      expect(r.respondedAt !== null).toBe(answered);
      if (r.respondedAt) {
        expect(Date.parse(r.respondedAt)).toBeGreaterThan(created);
        expect(Date.parse(r.respondedAt)).toBeLessThan(NOW.getTime());
      }
    }
  });

  it('has an expert council with a demo expert who can be assigned projects', () => {
    expect(d.experts.length).toBeGreaterThanOrEqual(35);
    expect(d.experts.length).toBeLessThanOrEqual(45);
    expect(new Set(d.experts.map((e) => e.email)).size).toBe(d.experts.length);
    for (const e of d.experts) {
      expect(e.name.split(' '), e.name).toHaveLength(3);
      expect(e.email).toMatch(/@example\.ru$/);
      expect(e.competences.length).toBeGreaterThanOrEqual(1);
      expect(e.competences.length).toBeLessThanOrEqual(3);
      for (const c of e.competences) expect(topics).toContain(c);
    }
    const listed = d.experts.filter((e) => e.listedPublicly).length / d.experts.length;
    expect(listed).toBeGreaterThan(0.25);
    expect(listed).toBeLessThan(0.8);
    const projectCities = new Set(currentApps.map((a) => dataOf(a).city));
    expect(d.experts.filter((e) => projectCities.has(e.city)).length).toBeGreaterThanOrEqual(5);
    const demo = d.experts.find((e) => e.email === d.demoExpert)!;
    expect(demo).toBeDefined();
    expect(projectCities.has(demo.city)).toBe(false);
    expect(demo.competences.length).toBeGreaterThanOrEqual(2);
  });
});

describe('generateDemo', () => {
  it('is deterministic for a seed and a Moscow date, whatever the time of day; another seed gives other data', () => {
    const morning = generateDemo({ seed: SEED, stage: 'technical_review', today: new Date('2026-03-09T21:00:00Z') });
    const night = generateDemo({ seed: SEED, stage: 'technical_review', today: new Date('2026-03-10T20:59:59Z') });
    expect(JSON.stringify(morning)).toBe(JSON.stringify(dataset('technical_review')));
    expect(JSON.stringify(night)).toBe(JSON.stringify(morning));
    const other = generateDemo({ seed: SEED + 1, stage: 'technical_review', today: NOW });
    expect(other.applications.map((a) => (a.data as { title: string }).title)).not.toEqual(morning.applications.map((a) => (a.data as { title: string }).title));
    expect(other.votes.length).not.toBe(morning.votes.length);
  });

  it('keeps the projects’ texts when only the stage changes', () => {
    const title = (d: DemoDatasetInput) => d.applications.map((a) => (a.data as { title: string }).title);
    expect(title(dataset('collection'))).toEqual(title(dataset('announcement')));
  });

  it.each([
    ['the turn of the year', '2027-01-02T10:00:00Z'],
    ['a leap day', '2028-02-29T10:00:00Z'],
    ['late evening in Moscow, still the same day', '2026-06-30T20:30:00Z'],
  ])('places every stage correctly on %s', (_, iso) => {
    const now = new Date(iso);
    for (const stage of DEMO_STAGES) {
      const d = generateDemo({ seed: 5, stage, today: now });
      expect(d.today).toBe(calendarDate(now, 'Europe/Moscow'));
      const phase = roundPhase(d.rounds[1] as Parameters<typeof roundPhase>[0], now);
      expect(phase.phase === 'during' && phase.current.kind).toBe(stage);
      expect(roundPhase(d.rounds[0] as Parameters<typeof roundPhase>[0], now).phase).toBe('after');
      expect(DemoDatasetSchema.safeParse(d).success).toBe(true);
      const last = Math.max(...d.votes.map((v) => Date.parse(v.at)), ...d.refinements.map((r) => Date.parse(r.createdAt)));
      expect(last).toBeLessThan(now.getTime());
    }
  }, 30_000);

  it('reports its phases', () => {
    const messages: string[] = [];
    generateDemo({ seed: 1, stage: 'collection', today: NOW, onProgress: (m) => messages.push(m) });
    expect(messages.join('\n')).toMatch(/rounds[\s\S]*applications[\s\S]*residents[\s\S]*votes/);
  });

  it('generates in under 3 seconds', () => {
    const started = performance.now();
    generateDemo({ seed: 99, stage: 'main_selection', today: NOW });
    expect(performance.now() - started).toBeLessThan(3_000);
  }, 20_000);
});
