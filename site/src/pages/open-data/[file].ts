// The open-data files: each dataset as CSV and JSON, and the catalogue (datapackage.json), made at
// build from the loaded collections (src/lib/open-data/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../data/open-data.ts';
import { openDataFiles } from '../../lib/open-data/index.ts';

export const getStaticPaths = (async () => {
  const files = openDataFiles(await getOpenData());
  return files.map((f) => ({ params: { file: f.path }, props: { body: f.body, mediatype: f.mediatype } }));
}) satisfies GetStaticPaths;

interface Props {
  body: string;
  mediatype: string;
}

export const GET: APIRoute<Props> = ({ props }) => new Response(props.body, { headers: { 'content-type': `${props.mediatype}; charset=utf-8` } });
