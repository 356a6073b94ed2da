import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { publicContentTypes } from '@portal/schema';
import { ContentError, loadContent, type LoadedContent, withExtraPractices } from './load';
import { config } from '../core/config';

/**
 * Seeds the CMS from content/ (CONTENT_DIR) at start.
 *
 * The core store keeps, per type, the keys (`publicContentTypes[…].key`) already seeded. An entry
 * is created (published) only when its key was never seeded and no document with that key exists:
 * a restart creates nothing twice, an editor's change or deletion of a seeded entry is never undone,
 * an entry added to content/ later arrives on the next start, and an entry an editor made first is
 * adopted rather than duplicated. Single types are seeded once, likewise. SEED_EXTRA_PRACTICES adds
 * the practices of one more file (synthetic data for tests and benchmarks) under the same rules.
 */

const STORE = { type: 'core', name: 'portal', key: 'seed' } as const;
const SINGLE = '*';

interface SeedRecord {
  version: 1;
  /** Type name (key of publicContentTypes) → keys seeded or adopted; `*` for a single type. */
  seeded: Record<string, string[]>;
}

/**
 * The part of the document service the seed uses, typed loosely: the seed walks every type by uid
 * from the contract, which Strapi's generated per-type typings cannot express.
 */
interface SeedDocuments {
  findFirst(params?: { filters?: Record<string, unknown> }): Promise<{ documentId: string } | null>;
  create(params: { data: Record<string, unknown>; status: 'published' }): Promise<unknown>;
}

function docs(strapi: Core.Strapi, uid: string): SeedDocuments {
  return strapi.documents(uid as Parameters<Core.Strapi['documents']>[0]) as unknown as SeedDocuments;
}

async function readRecord(strapi: Core.Strapi): Promise<SeedRecord> {
  const value = (await strapi.store.get(STORE)) as SeedRecord | null;
  if (value && value.version === 1 && value.seeded && typeof value.seeded === 'object') return value;
  return { version: 1, seeded: {} };
}

async function writeRecord(strapi: Core.Strapi, record: SeedRecord): Promise<void> {
  await strapi.store.set({ ...STORE, value: record });
}

export function contentDir(strapi: Core.Strapi): string {
  const configured = config().CONTENT_DIR;
  return configured
    ? path.resolve(strapi.dirs.app.root, configured)
    : path.resolve(strapi.dirs.app.root, '..', 'content');
}

/** best-practices name their topic by slug; the CMS links the topic document. */
async function resolveTopics(strapi: Core.Strapi, loaded: LoadedContent[]): Promise<Map<string, string | null>> {
  const practices = loaded.find((l) => l.name === 'bestPractices');
  const wanted = new Set(
    (practices?.entries ?? []).map((e) => e.topic).filter((t): t is string => typeof t === 'string'),
  );
  const found = new Map<string, string | null>();
  for (const slug of wanted) {
    const topic = await docs(strapi, publicContentTypes.topics.uid).findFirst({ filters: { slug } });
    found.set(slug, topic?.documentId ?? null);
  }
  return found;
}

async function toData(
  strapi: Core.Strapi,
  content: LoadedContent,
  entry: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (content.name !== 'bestPractices') return entry;
  const slug = entry.topic as string | null;
  if (!slug) return { ...entry, topic: null };
  const topic = await docs(strapi, publicContentTypes.topics.uid).findFirst({ filters: { slug } });
  if (!topic) {
    // Listed in topics.json but no longer in the CMS: an editor deleted it; respect that.
    strapi.log.warn(`seed: ${content.file}: topic "${slug}" of ${String(entry.slug)} was deleted in the CMS, linked to no topic`);
    return { ...entry, topic: null };
  }
  return { ...entry, topic: topic.documentId };
}

export async function seedContent(strapi: Core.Strapi): Promise<void> {
  if (!config().SEED_CONTENT) {
    strapi.log.info('seed: SEED_CONTENT=false, content/ not imported');
    return;
  }
  const dir = contentDir(strapi);
  if (!fs.existsSync(dir)) {
    strapi.log.warn(`seed: ${dir} does not exist, nothing imported (set CONTENT_DIR)`);
    return;
  }

  // 1. Validate everything before writing anything.
  const extra = config().SEED_EXTRA_PRACTICES;
  const loaded = extra
    ? withExtraPractices(loadContent(dir), path.resolve(strapi.dirs.app.root, extra))
    : loadContent(dir);
  if (extra) strapi.log.info(`seed: SEED_EXTRA_PRACTICES=${extra}: its practices are imported with content/`);
  const topicSlugsInFile = new Set(
    (loaded.find((l) => l.name === 'topics')?.entries ?? []).map((t) => String(t.slug)),
  );
  const topicDocs = await resolveTopics(strapi, loaded);
  const missing = [...topicDocs]
    .filter(([slug, documentId]) => !documentId && !topicSlugsInFile.has(slug))
    .map(([slug]) => slug);
  if (missing.length > 0) {
    throw new ContentError(
      dir,
      missing.map((slug) => `${publicContentTypes.bestPractices.file}: topic "${slug}" is neither in ${publicContentTypes.topics.file} nor in the CMS`),
    );
  }

  // 2. Write, topics first (best practices link to them).
  const record = await readRecord(strapi);
  const ordered = [...loaded].sort((a, b) => Number(b.name === 'topics') - Number(a.name === 'topics'));
  for (const content of ordered) {
    const { type, name } = content;
    const seeded = new Set(record.seeded[name] ?? []);
    let created = 0;
    let adopted = 0;
    let skipped = 0;

    for (const entry of content.entries) {
      const key = type.key ? String(entry[type.key]) : SINGLE;
      if (seeded.has(key)) {
        skipped += 1;
        continue;
      }
      const existing = await docs(strapi, type.uid).findFirst(
        type.key ? { filters: { [type.key]: entry[type.key] } } : {},
      );
      if (existing) {
        adopted += 1;
      } else {
        await docs(strapi, type.uid).create({ data: await toData(strapi, content, entry), status: 'published' });
        created += 1;
      }
      seeded.add(key);
      record.seeded[name] = [...seeded];
      await writeRecord(strapi, record);
    }
    strapi.log.info(
      `seed: ${type.path} — created ${created}, skipped ${skipped + adopted}` +
        (adopted ? ` (${adopted} already made in the CMS)` : ''),
    );
  }
}
