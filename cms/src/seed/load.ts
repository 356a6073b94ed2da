import fs from 'node:fs';
import path from 'node:path';
import { contentFileSchema, isSeeded, publicContentTypes } from '@portal/schema';
import type { PublicType, PublicTypeName } from '../public-types';

/** One content/ file, parsed and validated: the entries to seed (one for a single type). */
export interface LoadedContent {
  name: PublicTypeName;
  type: PublicType;
  file: string;
  entries: Record<string, unknown>[];
}

export class ContentError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`Seed content in ${dir} is invalid, nothing was imported:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ContentError';
  }
}

/** `[2].stages[0].endDate` from zod's path. */
function formatPath(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** What identifies entry `[i]` to a human reading the error: its key value when it has one. */
function describeEntry(type: PublicType, raw: unknown, issuePath: readonly PropertyKey[]): string {
  if (type.kind !== 'collection' || typeof issuePath[0] !== 'number' || !Array.isArray(raw)) return '';
  const entry = raw[issuePath[0]] as Record<string, unknown> | undefined;
  const key = type.key ? entry?.[type.key] : undefined;
  return key === undefined || key === null ? '' : ` (${type.key} ${JSON.stringify(key)})`;
}

/** Parses one file with its type's schema; on failure adds a line per issue to `problems`. */
function parseFile(type: PublicType, label: string, file: string, problems: string[]): Record<string, unknown>[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    problems.push(`${label}: ${reason}`);
    return null;
  }
  const result = contentFileSchema(type).safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = formatPath(issue.path) || '(file)';
      problems.push(`${label}: ${where}${describeEntry(type, raw, issue.path)}: ${issue.message}`);
    }
    return null;
  }
  return (type.kind === 'collection' ? result.data : [result.data]) as Record<string, unknown>[];
}

/** Adds a problem for each entry whose key another entry (of `label` or of `seen`) already has. */
function checkUniqueKeys(type: PublicType, label: string, entries: Record<string, unknown>[], problems: string[], seen = new Set<string>()): void {
  if (!type.key) return;
  entries.forEach((entry, i) => {
    const key = String(entry[type.key!]);
    if (seen.has(key)) problems.push(`${label}: [${i}].${type.key}: duplicate ${type.key} ${JSON.stringify(entry[type.key!])}`);
    seen.add(key);
  });
}

/**
 * Reads and validates every file of the contract before anything is written: a bad file throws a
 * ContentError naming each file and field at fault.
 */
export function loadContent(dir: string): LoadedContent[] {
  const problems: string[] = [];
  const loaded: LoadedContent[] = [];

  for (const name of Object.keys(publicContentTypes) as PublicTypeName[]) {
    const type = publicContentTypes[name];
    if (!isSeeded(type)) continue;
    const entries = parseFile(type, type.file, path.join(dir, type.file), problems);
    if (!entries) continue;
    checkUniqueKeys(type, type.file, entries, problems);
    loaded.push({ name, type, file: type.file, entries });
  }

  if (problems.length > 0) throw new ContentError(dir, problems);
  return loaded;
}

/**
 * SEED_EXTRA_PRACTICES: more practices to import with content/, from a JSON array such as
 * scripts/generate-practices.ts writes (synthetic data for tests and benchmarks, never real content).
 * Validated with the same schema; a slug already in content/ or twice in the file is refused.
 * Returns `loaded` with the file's practices appended to best-practices.
 */
export function withExtraPractices(loaded: LoadedContent[], file: string): LoadedContent[] {
  const type = publicContentTypes.bestPractices;
  const label = path.basename(file);
  const problems: string[] = [];
  const entries = parseFile(type, label, file, problems);
  const inContent = loaded.find((l) => l.name === 'bestPractices')?.entries ?? [];
  if (entries) checkUniqueKeys(type, label, entries, problems, new Set(inContent.map((e) => String(e[type.key]))));
  if (problems.length > 0 || !entries) throw new ContentError(file, problems);
  return loaded.map((l) => (l.name === 'bestPractices' ? { ...l, entries: [...l.entries, ...entries] } : l));
}
