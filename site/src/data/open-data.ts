// The open data of this build (src/lib/open-data/), made once from the loaded collections and shared
// by the /open-data/ page and its file endpoints.
import { OPEN_DATA_LICENCE } from 'astro:env/server';
import { buildOpenData, type OpenData } from '../lib/open-data/index.ts';
import { getBestPractices, getDraws, getIdeas, getProjects, getRefinements, getRounds, getStats } from './entries.ts';

let built: Promise<OpenData> | undefined;

async function load(site: string): Promise<OpenData> {
  const [projects, refinements, ideas, practices, rounds, draws, stats] = await Promise.all([getProjects(), getRefinements(), getIdeas(), getBestPractices(), getRounds(), getDraws(), getStats()]);
  return buildOpenData({ site, projects, refinements, ideas, practices, rounds, draws, stats }, { OPEN_DATA_LICENCE });
}

/** The datasets, their files and the catalogue, linking to pages at the configured site address (SITE_URL). */
export function getOpenData(): Promise<OpenData> {
  built ??= load(import.meta.env.SITE);
  return built;
}
