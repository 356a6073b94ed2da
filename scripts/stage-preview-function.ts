// Stages the site's on-demand preview function where Netlify reads it (site/src/lib/preview/function-route.ts
// says why): `node scripts/stage-preview-function.ts <.netlify/v1 folder>`, after `npm run build:site`.
// netlify.toml's build command stages it into the repository root's .netlify/v1 (a deploy's); npm start
// and the tests stage it through buildSite (scripts/lib/services.ts) for netlify dev.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagePreviewFunction } from '../site/src/lib/preview/function-route.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node scripts/stage-preview-function.ts <.netlify/v1 folder>\n');
  process.exit(2);
}
const { changed, bundle } = await stagePreviewFunction({ from: resolve(ROOT, 'site', '.netlify', 'v1'), to: resolve(target) });
process.stderr.write(`preview function ${changed ? 'staged' : 'unchanged'} in ${resolve(target)} (${bundle})\n`);
