// The statistics page's charts as SVG files (lib/charts/plot.ts), shown by <img> on /stats/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStatsCharts } from '../../../data/stats.ts';

export const prerender = true;

export const getStaticPaths = (async () =>
  ((await getStatsCharts())?.charts ?? []).map((chart) => ({ params: { id: chart.id }, props: { svg: chart.image.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${props.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
