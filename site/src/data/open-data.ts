// The open data of this build (src/lib/open-data/), made once from the loaded collections and shared
// by the /open-data/ page and its file endpoints.
import { getCollection } from 'astro:content';
import { buildOpenData, type OpenData } from '../lib/open-data/index.ts';
import { getBestPractices, getDraws, getProjects, getRefinements, getRounds } from './entries.ts';

let built: Promise<OpenData> | undefined;

async function load(site: string): Promise<OpenData> {
  const [projects, refinements, ideas, practices, rounds, draws] = await Promise.all([
    getProjects(),
    getRefinements(),
    getCollection('ideas').then((entries) => entries.map((e) => e.data)),
    getBestPractices(),
    getRounds(),
    getDraws(),
  ]);
  return buildOpenData({ site, projects, refinements, ideas, practices, rounds, draws, stats: null });
}

/** The datasets, their files and the catalogue, linking to pages at the configured site address (SITE_URL). */
export function getOpenData(): Promise<OpenData> {
  built ??= load(import.meta.env.SITE);
  return built;
}
