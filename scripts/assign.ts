// Assigns a round's projects to the expert council, reproducibly from a seed (issue 6):
//   npm run assign -- --input round-2020.json --seed <seed> [--round 2020] [--out assignment.json]
//   npm run assign -- --input round-2020.json --seed <seed> --check published.json
//   npm run assign -- --round 2020 --from https://cms.example.ru [--seed <seed>]
//     (the draw as the CMS publishes it: checks SHA-256(seed) against the hash published before the
//     draw — the revealed seed when --seed is not given — recomputes and compares with the result)
// Prints the assignment as JSON (standard output, or --out) and the verification of its rules
// (standard error); exits with 1 when any rule is violated or a --check file differs, 2 on
// infeasible or malformed input. Before the draw, publish the seed's SHA-256: `--hash-only`.
//
// Input file (a JSON export of the round; the CMS integration comes later):
//   {
//     "round": 2020,                       // optional; must equal --round when both are given
//     "projectsPerExpert": 3,              // optional, default 3 (the round's setting)
//     "projects": [{ "id": "2020-000123", "city": "Казань" }, …],   // passed the technical review
//     "experts":  [{ "id": "expert-17", "city": "Пермь",
//                    "conflicts": ["2020-000123"],                  // project ids, may be empty
//                    "conflictCities": ["Казань"] }, …]             // optional
//   }
// Cities are compared trimmed and case-, ё/е-insensitively. The result is the same whatever the
// order of the projects and experts in the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { AssignmentExpertSchema, AssignmentProjectSchema } from '@portal/schema';
import { AssignmentInputError, assignProjects, sha256Hex, verifyAssignment } from '@portal/schema/domain';

const USAGE = `Usage: npm run assign -- --input FILE --seed SEED [--round YEAR] [--out FILE] [--check FILE]
       npm run assign -- --round YEAR --from CMS_URL [--seed SEED] [--out FILE]
       npm run assign -- --seed SEED --hash-only
  --input      JSON export of the round (format in scripts/assign.ts)
  --seed       the drawn seed, revealed after the assignment
  --round      the round's year; must match "round" in the file when it has one
  --out        write the assignment JSON here instead of standard output
  --check      a published assignment JSON: exit 1 unless it is byte-identical to the recomputed one (as --out writes it)
  --from       the CMS (e.g. http://127.0.0.1:1337): take the round's published draw from GET /api/draws and verify it
  --hash-only  print SHA-256 of the seed (to publish before the draw) and exit`;

const RoundExportSchema = z.object({
  round: z.union([z.number().int(), z.string()]).optional(),
  projectsPerExpert: z.number().int().min(1).default(3),
  projects: z.array(AssignmentProjectSchema),
  experts: z.array(AssignmentExpertSchema),
});

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parse() {
  try {
    return parseArgs({
      options: {
        input: { type: 'string' },
        seed: { type: 'string' },
        round: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'string' },
        from: { type: 'string' },
        'hash-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`Не удалось прочитать ${what} ${path}: ${(error as Error).message}`);
  }
}

const args = parse();
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
/** The published draw of a round, fetched from the CMS's public API. */
async function publishedDraw(base: string, year: string) {
  const url = `${base.replace(/\/+$/, '')}/api/draws?filters[year][$eq]=${encodeURIComponent(year)}`;
  let body: any;
  try {
    const res = await fetch(url);
    if (!res.ok) fail(`${url} ответил HTTP ${res.status}`);
    body = await res.json();
  } catch (error) {
    return fail(`Не удалось получить жеребьёвку ${url}: ${(error as Error).message}`);
  }
  const draw = body?.data?.[0];
  if (!draw) fail(`Жеребьёвка ${year} года не опубликована.`);
  if (draw.stage !== 'drawn' || !draw.publishedData) {
    process.stdout.write(`Жеребьёвка ${year} года объявлена, распределение ещё не сделано. Опубликованный SHA-256 зерна: ${draw.seedHash}\n`);
    process.exit(0);
  }
  return draw as { seedHash: string; revealedSeed: string; publishedData: { projectsPerExpert: number; projects: unknown; experts: unknown; assignments: unknown } };
}

const draw = args.from ? await publishedDraw(args.from, args.round ?? fail(`С --from укажите --round: год отбора.\n\n${USAGE}`)) : null;
if (draw) {
  args.seed ??= draw.revealedSeed;
  if (sha256Hex(args.seed) !== draw.seedHash) {
    fail(`SHA-256 зерна ${sha256Hex(args.seed)} не совпадает с хешем, опубликованным до распределения (${draw.seedHash}).`, 1);
  }
  process.stderr.write(`Зерно совпадает с опубликованным заранее хешем ${draw.seedHash}.\n`);
}
if (!args.seed) fail(`Укажите --seed: строку, SHA-256 которой опубликован до распределения.\n\n${USAGE}`);
if (args['hash-only']) {
  process.stdout.write(`${sha256Hex(args.seed)}\n`);
  process.exit(0);
}
if (!args.input && !draw) fail(`Укажите --input: JSON-выгрузку раунда (формат описан в scripts/assign.ts).\n\n${USAGE}`);
const source = draw ? `${args.from}/api/draws` : args.input!;

const parsed = RoundExportSchema.safeParse(
  draw ? { round: Number(args.round), ...draw.publishedData } : readJson(args.input!, 'файл раунда'),
);
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  fail(`Данные ${source} не подходят (${issue.path.join('.') || 'корень'}): ${issue.message}. Формат описан в scripts/assign.ts.`);
}
const round = parsed.data;
if (args.round !== undefined && round.round !== undefined && String(round.round) !== args.round) {
  fail(`В данных ${source} раунд ${round.round}, а запрошен --round ${args.round}: проверьте, тот ли это файл.`);
}

const input = { projects: round.projects, experts: round.experts, perExpert: round.projectsPerExpert, seed: args.seed };
process.stderr.write(
  `Раунд ${round.round ?? args.round ?? '(не указан)'}: ${input.projects.length} проектов, ${input.experts.length} экспертов, по ${input.perExpert} на эксперта; seedHash ${sha256Hex(args.seed)}\n`,
);

let result;
const started = performance.now();
try {
  result = assignProjects(input);
} catch (error) {
  if (error instanceof AssignmentInputError) fail(`Распределение невозможно: ${error.message}`);
  throw error;
}
process.stderr.write(`Распределено за ${((performance.now() - started) / 1000).toFixed(2)} с.\n`);

const json = `${JSON.stringify(result, null, 2)}\n`;
if (args.out) writeFileSync(args.out, json);
else process.stdout.write(json);

const violations = verifyAssignment(input, result);
const shortfalls = result.assignments.filter((a) => a.shortfall).length;
if (shortfalls > 0) process.stderr.write(`Экспертов с неполным набором проектов: ${shortfalls} (причина указана в shortfall).\n`);
if (result.note) process.stderr.write(`${result.note}\n`);
if (violations.length > 0) {
  process.stderr.write(`Нарушения правил (${violations.length}):\n${violations.map((v) => `  - ${v}`).join('\n')}\n`);
  process.exit(1);
}
process.stderr.write('Проверка: все правила соблюдены.\n');

if (draw) {
  if (JSON.stringify(result.assignments) !== JSON.stringify(draw.publishedData.assignments)) {
    fail(`Опубликованное распределение ${args.round} года НЕ совпадает с пересчитанным по раскрытому зерну.`, 1);
  }
  process.stderr.write(`Опубликованное распределение ${args.round} года совпадает с пересчитанным.\n`);
}

if (args.check) {
  let published: string;
  try {
    published = readFileSync(args.check, 'utf8');
  } catch (error) {
    fail(`Не удалось прочитать ${args.check}: ${(error as Error).message}`);
  }
  if (published.trim() !== json.trim()) {
    fail(`Опубликованное распределение ${args.check} НЕ совпадает с пересчитанным по этому seed и этим данным.`, 1);
  }
  process.stderr.write(`Опубликованное распределение ${args.check} совпадает с пересчитанным.\n`);
}
