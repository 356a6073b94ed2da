// Assigns a round's projects to the expert council, reproducibly from a seed (issue 6):
//   npm run assign -- --input round-2020.json --seed <seed> [--round 2020] [--out assignment.json]
//   npm run assign -- --input round-2020.json --seed <seed> --check published.json
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
import {
  AssignmentExpertSchema,
  AssignmentInputError,
  AssignmentProjectSchema,
  assignProjects,
  sha256Hex,
  verifyAssignment,
} from '../schema/src/assignment.ts';

const USAGE = `Usage: npm run assign -- --input FILE --seed SEED [--round YEAR] [--out FILE] [--check FILE]
       npm run assign -- --seed SEED --hash-only
  --input      JSON export of the round (format in scripts/assign.ts)
  --seed       the drawn seed, revealed after the assignment
  --round      the round's year; must match "round" in the file when it has one
  --out        write the assignment JSON here instead of standard output
  --check      a published assignment JSON: exit 1 unless it is byte-identical to the recomputed one (as --out writes it)
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
if (!args.seed) fail(`Укажите --seed: строку, SHA-256 которой опубликован до распределения.\n\n${USAGE}`);
if (args['hash-only']) {
  process.stdout.write(`${sha256Hex(args.seed)}\n`);
  process.exit(0);
}
if (!args.input) fail(`Укажите --input: JSON-выгрузку раунда (формат описан в scripts/assign.ts).\n\n${USAGE}`);

const parsed = RoundExportSchema.safeParse(readJson(args.input, 'файл раунда'));
if (!parsed.success) {
  const issue = parsed.error.issues[0]!;
  fail(`Файл ${args.input} не подходит (${issue.path.join('.') || 'корень'}): ${issue.message}. Формат описан в scripts/assign.ts.`);
}
const round = parsed.data;
if (args.round !== undefined && round.round !== undefined && String(round.round) !== args.round) {
  fail(`В файле ${args.input} раунд ${round.round}, а запрошен --round ${args.round}: проверьте, тот ли это файл.`);
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
