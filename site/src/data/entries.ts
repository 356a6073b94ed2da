// Typed access to the loaded content for pages; the collections are wired in src/content.config.ts.
import { getCollection, getEntry } from 'astro:content';
import { EMPTY_STATS, EMPTY_VOTE_COUNTS } from '../loaders/strapi-client.ts';
import { COUNCIL_ID, DEMO_ID, STATS_ID, VOTE_COUNTS_ID } from '../loaders/strapi.ts';
import { comparePractices } from '../lib/practices.ts';

// The loader fails the build before an entry can be missing; the guards keep the types honest.
export async function getProgramme() {
  const entry = await getEntry('programme', 'programme');
  if (!entry) throw new Error('The programme document was not loaded from the CMS.');
  return entry.data;
}

/** Whether the site is built from the generated demo (npm start), not the programme's real content. */
export async function getDemoStatus() {
  return (await getEntry('demo', DEMO_ID))?.data ?? { demo: false as const };
}

export async function getPlatform() {
  const entry = await getEntry('platform', 'platform');
  if (!entry) throw new Error('The platform document was not loaded from the CMS.');
  return entry.data;
}

export async function getTopics() {
  return (await getCollection('topics')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The newest selection round (the loader guarantees at least one). */
export async function getLatestRound() {
  const rounds = (await getCollection('selectionRounds')).map((e) => e.data).sort((a, b) => b.year - a.year);
  const latest = rounds[0];
  if (!latest) throw new Error('No selection round was loaded from the CMS.');
  return latest;
}

export async function getAcceleratorModules() {
  return (await getCollection('acceleratorModules')).map((e) => e.data).sort((a, b) => a.number - b.number);
}

export async function getSuccessStories() {
  return (await getCollection('successStories')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function getBestPractices() {
  return (await getCollection('bestPractices')).map((e) => e.data).sort(comparePractices);
}

/** Published projects, newest first (empty before the first application is moderated). */
export async function getProjects() {
  return (await getCollection('projects')).map((e) => e.data).sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
}

/** Every selection round, newest first. */
export async function getRounds() {
  return (await getCollection('selectionRounds')).map((e) => e.data).sort((a, b) => b.year - a.year);
}

/** Moderator-approved refinements of every project, oldest first (the order residents wrote them). */
export async function getRefinements() {
  return (await getCollection('refinements')).map((e) => e.data).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The approved refinements of one project. */
export async function getRefinementsOf(reference: string) {
  return (await getRefinements()).filter((r) => r.project?.reference === reference);
}

/** The ideas of one project, in the CMS's order (oldest first); the page ranks them by votes. */
export async function getIdeasOf(reference: string) {
  return (await getCollection('ideas')).map((e) => e.data).filter((i) => i.project?.reference === reference);
}

/** The votes counted when the site was built (zeros from a CMS without voting). */
export async function getVoteCounts() {
  return (await getEntry('voteCounts', VOTE_COUNTS_ID))?.data ?? EMPTY_VOTE_COUNTS;
}

/** The expert draws, newest round first (empty before the first is announced). */
export async function getDraws() {
  return (await getCollection('draws')).map((e) => e.data).sort((a, b) => b.year - a.year);
}

/** The names of the expert council an editor chose to publish (none from a CMS without the list). */
export async function getCouncilNames() {
  return (await getEntry('council', COUNCIL_ID))?.data.names ?? [];
}

/** Every published idea of every project (the statistics count them per round). */
export async function getIdeas() {
  return (await getCollection('ideas')).map((e) => e.data);
}

/** The figures only the CMS counts (no rounds from a CMS without `GET /api/stats`). */
export async function getStats() {
  return (await getEntry('stats', STATS_ID))?.data ?? EMPTY_STATS;
}
