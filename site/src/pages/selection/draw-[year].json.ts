// The published data of each made draw, for download beside the selection page: the seed, its hash
// and the inputs and result anyone can recompute the assignment from (scripts/assign.ts).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getDraws } from '../../data/entries.ts';
import { drawJson } from '../../lib/draw-text.ts';

export const getStaticPaths = (async () => {
  const draws = await getDraws();
  return draws.filter((draw) => draw.stage === 'drawn').map((draw) => ({ params: { year: String(draw.year) }, props: { draw } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`${JSON.stringify(drawJson(props.draw), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
