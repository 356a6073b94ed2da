// The working group's ranking of a round as CSV (issue 6): calibrated scores, spread, flags, votes.
//   npm run ranking -- --round 2020 [--out ranking-2020.csv]
// Reads STRAPI_URL (default http://127.0.0.1:1337) and STRAPI_TOKEN; without a token (locally) it
// signs in as the admin of cms/.env and makes one. The file has no expert names or scores of single
// experts; open it in Excel (UTF-8 with BOM, «;» between columns, decimal comma).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { replaceApiToken } from './lib/cms-admin.ts';
import { cmsEnv } from './lib/services.ts';

const USAGE = 'Usage: npm run ranking -- --round YEAR [--out FILE]';
const { values } = parseArgs({ options: { round: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help || !values.round || !/^\d{4}$/.test(values.round)) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(values.help ? 0 : 2);
}
const base = (process.env.STRAPI_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');
let token = process.env.STRAPI_TOKEN;
if (!token) {
  const env = cmsEnv();
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) {
    process.stderr.write('Set STRAPI_TOKEN (an API token of the CMS), or run locally after `npm start` (cms/.env has the admin).\n');
    process.exit(2);
  }
  token = await replaceApiToken(base, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }, 'Ranking export (local)', 'npm run ranking');
}
process.stderr.write(`Рейтинг ${values.round}: ${base}…\n`);
const res = await fetch(`${base}/api/selection-results/${values.round}/ranking.csv`, { headers: { authorization: `Bearer ${token}` } });
if (!res.ok) {
  process.stderr.write(`The CMS answered HTTP ${res.status}: ${(await res.text()).slice(0, 300)}\n`);
  process.exit(1);
}
const csv = Buffer.from(await res.arrayBuffer());
const out = values.out ?? `ranking-${values.round}.csv`;
writeFileSync(out, csv);
process.stderr.write(`Записано: ${out} (${csv.length} байт).\n`);
