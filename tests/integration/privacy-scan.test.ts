import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoDatasetInput } from '@portal/schema';
import { statusToken } from '@portal/schema/status-link';
import { generateDemo } from '../../scripts/lib/demo/generate.ts';
import { findingsReport, type KnownValue, privacyScanner, scanDirectory } from '../../scripts/lib/privacy-scan.ts';
import { buildSite } from '../../scripts/lib/services.ts';
import { adminLogin, contentManager, rest, startTestCms, type TestCms } from '../support/portal.ts';

// No personal data in the public site: a real Strapi holds the demo round at its announcement (both
// rounds' results out, so the ranking, the finalists and the draw's inputs are published) with
// applicants' e-mails, phones and CVs, experts listed publicly and not, their comments, hundreds of
// voters and their keyed hashes. The site is built from it and every text file of dist/ — pages,
// open-data files, feeds, charts, scripts — is scanned for each of those values and for anything
// shaped like an e-mail, a phone, a 64-hex hash or a status-link token. Allowed: what the programme
// publishes on purpose — the names of experts it lists publicly, the draw's seed hash, the form's
// own examples. Team members' names and roles are public by the contract (schema/src/project.ts),
// so they are not among the known values; the leader's contacts and CV are.

const STATUS_SECRET = 'privacy-status-link-secret-0123456789';
/** Of the demo's thousands: enough applicants, voters and hashes to look for, few enough to load fast on a busy machine. */
const KEEP = { applicationsPerYear: 25, experts: 12, residents: 150 };

/** The demo with its first applications of each year, experts (the demo expert first) and residents, and only what refers to them. */
function smallerDemo(demo: DemoDatasetInput): DemoDatasetInput {
  const perYear = new Map<number, number>();
  const applications = demo.applications.filter((a) => {
    perYear.set(a.year, (perYear.get(a.year) ?? 0) + 1);
    return perYear.get(a.year)! <= KEEP.applicationsPerYear;
  });
  const references = new Set(applications.map((a) => a.reference));
  const voter = (v: number) => v < KEEP.residents;
  return {
    ...demo,
    applications,
    experts: demo.experts.slice(0, KEEP.experts),
    residents: demo.residents.slice(0, KEEP.residents),
    votes: demo.votes.filter((v) => voter(v.voter) && references.has(v.reference)),
    ideas: demo.ideas.filter((i) => references.has(i.reference)).map((i) => ({ ...i, voters: i.voters.filter(voter) })),
    refinements: demo.refinements.filter((r) => voter(r.voter) && references.has(r.reference)),
  };
}

/** How the forms' hints and error messages (schema/src) show an address or a phone: examples, nobody's. */
const FORM_EXAMPLES = ['name@example.ru', 'info@example.ru', 'ivan@mail.ru', '+7 912 345-67-89', '+7 (3462) 52-20-00'];

/** The open-data catalogue's example values (a seed hash's shape among them), published as examples. */
const catalogueExamples = (outDir: string): string[] =>
  JSON.parse(readFileSync(join(outDir, 'open-data', 'datapackage.json'), 'utf8')).resources.flatMap((r: any) => r.schema.fields.map((f: any) => String(f.example)));

let cms: TestCms;
let jwt: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-privacy-'));
  const dataset = join(work, 'dataset.json');
  writeFileSync(dataset, JSON.stringify(smallerDemo(generateDemo({ seed: 2026, stage: 'announcement', today: new Date() }))));
  cms = await startTestCms({ DEMO_DATA: dataset, OUTBOX_DIR: join(work, 'outbox'), STATUS_LINK_SECRET: STATUS_SECRET });
  jwt = await adminLogin(cms.url);
}, 240_000);

afterAll(async () => {
  await cms?.dispose();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every entry of a private type, as an editor's admin panel lists it. */
async function editorList(uid: string): Promise<any[]> {
  const entries: any[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await contentManager(cms.url, jwt, `${uid}?page=${page}&pageSize=100`);
    expect(status, uid).toBe(200);
    entries.push(...body.results);
    if (page >= body.pagination.pageCount) return entries;
  }
}

/** The personal data the CMS holds, each value with what it is; and what of it the programme publishes. */
async function personalData(): Promise<{ known: KnownValue[]; allowed: string[] }> {
  const [applications, experts, voters, reviews] = await Promise.all([
    editorList('api::application.application'),
    editorList('api::expert.expert'),
    editorList('api::voter.voter'),
    editorList('api::review.review'),
  ]);
  const known: KnownValue[] = [];
  const add = (value: unknown, what: string) => typeof value === 'string' && value.trim() && known.push({ value, what });
  for (const a of applications) {
    const { contacts, leaderCv } = a.data as { contacts: { email: string; phone: string }; leaderCv: Record<string, string> };
    add(a.leaderEmail, `почта лидера заявки ${a.reference}`);
    add(contacts.email, `почта лидера заявки ${a.reference}`);
    add(contacts.phone, `телефон лидера заявки ${a.reference}`);
    for (const [part, text] of Object.entries(leaderCv)) add(text, `резюме лидера заявки ${a.reference} (${part})`);
    add(statusToken(a.reference, STATUS_SECRET), `ссылка на статус заявки ${a.reference}`);
  }
  for (const e of experts) {
    add(e.email, `почта эксперта ${e.name}`);
    add(e.name, e.listedPublicly ? 'имя эксперта из публичного списка' : 'имя эксперта не из публичного списка');
  }
  for (const v of voters) add(v.identityHash, 'хеш голосующего жителя');
  for (const r of reviews) {
    add(r.overallComment, `комментарий эксперта к проекту ${r.project}`);
    add(r.conflictReason, `причина конфликта интересов эксперта`);
  }
  const { body: draws } = await rest(cms.url, '/api/draws?pagination[pageSize]=100');
  const allowed = [
    ...experts.filter((e) => e.listedPublicly).map((e) => e.name as string),
    ...draws.data.flatMap((d: any) => [d.seedHash, d.revealedSeed]).filter(Boolean),
    ...FORM_EXAMPLES,
  ];
  expect(applications.length, 'applications').toBe(2 * KEEP.applicationsPerYear);
  expect(experts.some((e) => e.listedPublicly) && experts.some((e) => !e.listedPublicly), 'experts listed and not').toBe(true);
  expect(voters.length, 'voters').toBe(KEEP.residents);
  expect(reviews.some((r) => r.overallComment), 'review comments').toBe(true);
  return { known, allowed };
}

describe('the public site holds no personal data', () => {
  it('has none of the CMS\'s personal data, nor anything shaped like it, in any file of dist/', async () => {
    const outDir = join(work, 'dist');
    const [data] = await Promise.all([personalData(), buildSite(cms.url, outDir)]);
    const started = Date.now();
    const { files, findings } = scanDirectory(outDir, { known: data.known, allowed: [...data.allowed, ...catalogueExamples(outDir)] });
    const seconds = (Date.now() - started) / 1000;
    expect(findings, findingsReport(findings.slice(0, 30))).toEqual([]);
    // The scan saw the whole site, the open data included, and would have caught a leak there.
    expect(files, 'files scanned').toBeGreaterThan(60);
    const projects = readFileSync(join(outDir, 'open-data', 'projects.csv'), 'utf8');
    const ranking = readFileSync(join(outDir, 'open-data', 'ranking.csv'), 'utf8');
    expect(ranking.split('\r\n').length, 'the announced ranking is published').toBeGreaterThan(2);
    const votes = readFileSync(join(outDir, 'open-data', 'votes-daily.csv'), 'utf8');
    expect(votes.split('\r\n').length, 'the votes per day are published').toBeGreaterThan(2);
    const voter = data.known.find((k) => k.what === 'хеш голосующего жителя')!;
    const expert = data.known.find((k) => k.what === 'имя эксперта не из публичного списка')!;
    const leaked = privacyScanner(data).scanText(`${projects}${voter.value};${expert.value}\r\n`, 'open-data/projects.csv');
    expect(leaked.map((f) => f.what)).toEqual(['хеш голосующего жителя', 'имя эксперта не из публичного списка']);
    console.log(`privacy scan: ${files} files, ${data.known.length} known values, ${seconds.toFixed(1)} s`);
  });
});
