import { pathToFileURL } from 'node:url';

// The serve command's options (`npm start -- …`). Plain JavaScript so that scripts/serve.sh can check
// them with the machine's own Node (20) before anything is installed or started: bad input exits 2.

export const STAGES = ['collection', 'technical_review', 'main_selection', 'announcement'];
export const DEFAULT_SEED = 2026;
export const DATABASES = ['sqlite', 'postgres'];
/** CMS instances npm start runs at most (each is a Strapi process of ~300 MB). */
export const MAX_REPLICAS = 8;

export const USAGE = `Usage: npm start [-- options]

  (no options)        a live demo round of this year, at the collection stage (applications and
                      residents' votes open), with last year's finished round; generated from a seed
  --stage NAME        start the demo at another stage of this year's round:
                      ${STAGES.join(', ')}
  --seed N            the demo's seed (a whole number, default ${DEFAULT_SEED}): the same seed gives the same demo
  --archive           no demo: only the programme's real content from content/ (the 2020 round)
  --db NAME           the CMS's database: sqlite (default: a file in cms/.tmp, kept between runs) or
                      postgres (a throwaway PostgreSQL 15 server on a free 127.0.0.1 port, removed on exit)
  --replicas N        CMS instances on the one database (default 1; more than one needs --db postgres):
                      the functions spread their calls over them, as production's load balancer does
  --help              this text

Environment: PORTAL_DEMO_STAGE, PORTAL_DEMO_SEED, PORTAL_ARCHIVE=1, PORTAL_DB and PORTAL_REPLICAS do
the same; options win.`;

export class OptionsError extends Error {}

/**
 * Parses argv (without node and the script) and the environment into
 * `{ mode: 'demo', stage, seed, db, replicas } | { mode: 'archive', db, replicas } | { mode: 'help' }`;
 * throws OptionsError with a message naming the valid values.
 */
export function parseServeOptions(argv, env = {}) {
  let stage = env.PORTAL_DEMO_STAGE?.trim() || undefined;
  let seedText = env.PORTAL_DEMO_SEED?.trim() || undefined;
  let archive = /^(1|true|yes)$/i.test(env.PORTAL_ARCHIVE?.trim() ?? '');
  let db = env.PORTAL_DB?.trim() || 'sqlite';
  let replicasText = env.PORTAL_REPLICAS?.trim() || '1';
  let stageGiven = false;
  let seedGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || v.startsWith('--')) throw new OptionsError(`${name} needs a value.`);
      return v;
    };
    if (name === '--help' || name === '-h') return { mode: 'help' };
    else if (name === '--archive') archive = true;
    else if (name === '--stage') {
      stage = value();
      stageGiven = true;
    } else if (name === '--seed') {
      seedText = value();
      seedGiven = true;
    } else if (name === '--db') db = value();
    else if (name === '--replicas') replicasText = value();
    else throw new OptionsError(`Unknown option: ${arg}. Valid options: --stage NAME, --seed N, --archive, --db NAME, --replicas N, --help.`);
  }
  if (!DATABASES.includes(db)) throw new OptionsError(`Unknown database "${db}". Valid databases: ${DATABASES.join(', ')}.`);
  if (!/^\d{1,2}$/.test(replicasText) || Number(replicasText) < 1 || Number(replicasText) > MAX_REPLICAS) {
    throw new OptionsError(`--replicas must be a whole number from 1 to ${MAX_REPLICAS}, got "${replicasText}".`);
  }
  const replicas = Number(replicasText);
  if (replicas > 1 && db !== 'postgres') throw new OptionsError('Several CMS instances share one PostgreSQL database: --replicas above 1 needs --db postgres.');
  if (stage !== undefined && !STAGES.includes(stage)) {
    throw new OptionsError(`Unknown stage "${stage}". Valid stages: ${STAGES.join(', ')}.`);
  }
  let seed = DEFAULT_SEED;
  if (seedText !== undefined) {
    if (!/^\d{1,9}$/.test(seedText)) throw new OptionsError(`The seed must be a whole number from 0 to 999999999, got "${seedText}".`);
    seed = Number(seedText);
  }
  if (archive) {
    if (stageGiven || seedGiven) throw new OptionsError('--archive serves the real content only: it takes no --stage or --seed.');
    return { mode: 'archive', db, replicas };
  }
  return { mode: 'demo', stage: stage ?? 'collection', seed, db, replicas };
}

// `node scripts/lib/serve-options.mjs [options]`: exit 0 when they are valid, 2 with the reason and
// the usage when not (scripts/serve.sh runs this before any set-up); --help prints the usage.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const options = parseServeOptions(process.argv.slice(2), process.env);
    if (options.mode === 'help') {
      console.log(USAGE);
      process.exit(3);
    }
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(`npm start: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}
