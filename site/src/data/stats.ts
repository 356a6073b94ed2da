// The statistics page's rounds and charts, for the page (src/pages/stats/index.astro) and for its
// chart files (src/pages/stats/charts/[id].svg.ts): counted and drawn once per build.
import { projectStageLabels } from '../lib/project-stage.ts';
import { newestCharts, type ChartBlock } from '../lib/stats/charts.ts';
import { roundFigures, statsRound, type RoundFigures } from '../lib/stats/rounds.ts';
import { getIdeas, getProjects, getRefinements, getRounds, getStats } from './entries.ts';

/** Every round's figures, newest first. */
export async function getStatsRounds(): Promise<RoundFigures[]> {
  return roundFigures(
    {
      rounds: (await getRounds()).map(statsRound),
      projects: await getProjects(),
      refinements: await getRefinements(),
      ideas: await getIdeas(),
      stats: await getStats(),
      // What the build's day has not reached yet is ahead («впереди»), not zero.
      now: new Date(),
    },
    projectStageLabels,
  );
}

let charts: Promise<{ year: number; charts: ChartBlock[] } | null> | undefined;

/** The charts of the newest round with something to draw (drawn once a build; afresh on each dev request). */
export function getStatsCharts(): Promise<{ year: number; charts: ChartBlock[] } | null> {
  if (import.meta.env.DEV) return getStatsRounds().then(newestCharts);
  return (charts ??= getStatsRounds().then(newestCharts));
}
