// Writes synthetic practices of the compendium (for search tests and benchmarks), deterministically:
//   node scripts/generate-practices.ts --count 1000 --seed 42 --out /tmp/practices.json
// Every practice is marked `synthetic: true`. The file is never imported by default; a test CMS
// imports it with SEED_EXTRA_PRACTICES=/tmp/practices.json. content/ holds real practices only.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Region } from '@portal/schema';
import { generatePractices } from './lib/practice-generator.ts';

const USAGE = `Usage: node scripts/generate-practices.ts [--count 100] [--seed 1] [--region NAME]... [--out FILE]
  --count   how many practices (1…1000000, default 100)
  --seed    PRNG seed, a whole number (default 1); the same seed writes the same file
  --region  only cities of this federal subject (as in content/regions.json); repeatable
  --out     where to write the JSON array (default: standard output); never inside content/`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max}, got «${text}».`);
  return value;
}

function parse() {
  try {
    return parseArgs({
      options: {
        count: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        region: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

const args = parse();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const count = wholeNumber('count', args.count, 1, 1_000_000);
const seed = wholeNumber('seed', args.seed, 0, 2 ** 32 - 1);
const out = args.out ? resolve(args.out) : null;
if (out) {
  const inContent = relative(resolve(root, 'content'), out);
  if (!inContent.startsWith('..') && !inContent.startsWith('/')) {
    fail(`Refusing to write into content/ (${out}): it holds real practices only. Write elsewhere, e.g. --out /tmp/practices.json.`);
  }
}

const known = JSON.parse(readFileSync(resolve(root, 'content', 'regions.json'), 'utf8')) as Region[];
const regions = args.region?.map((name) => known.find((r) => r === name.trim()) ?? fail(`--region «${name}» is not a federal subject of content/regions.json.`));
const topics = (JSON.parse(readFileSync(resolve(root, 'content', 'topics.json'), 'utf8')) as Array<{ slug: string }>).map((t) => t.slug);
const step = Math.max(1000, Math.ceil(count / 10));
const practices = generatePractices({
  count,
  seed,
  topics,
  regions,
  onProgress: (done) => {
    if (count >= 1000 && (done % step === 0 || done === count)) process.stderr.write(`generated ${done}/${count}\n`);
  },
});

const json = `${JSON.stringify(practices, null, 2)}\n`;
if (out) {
  writeFileSync(out, json);
  process.stderr.write(`wrote ${count} synthetic practices (seed ${seed}) to ${out}\n`);
} else {
  process.stdout.write(json);
}
