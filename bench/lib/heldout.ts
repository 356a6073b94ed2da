// The held-out search set (tests/fixtures/search-heldout/): real-style practices and reader-style
// queries whose expected answers were written before any engine ran, and the themes that keep the
// generated look-alikes from being equally good answers. Read by bench/search.ts and the generator's test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BestPracticeContentInput, BestPracticeContentSchema } from '@portal/schema';
import { type LookalikeAnchor, lookalikeTheme } from '../../scripts/lib/practice-generator.ts';
import { terms } from '../../site/src/lib/search/text.ts';

export interface HeldoutQuery {
  query: string;
  /** Slugs of the practices that answer it; any one of them in the results is a hit. */
  expect: string[];
  kind: 'paraphrase' | 'problem' | 'city' | 'typo' | 'short' | 'long';
}

export interface Heldout {
  practices: BestPracticeContentInput[];
  queries: HeldoutQuery[];
  anchors: LookalikeAnchor[];
}

const DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'search-heldout');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as T;

export function loadHeldout(): Heldout {
  const practices = read<BestPracticeContentInput[]>('practices.json');
  for (const p of practices) BestPracticeContentSchema.parse(p);
  const { queries } = read<{ queries: HeldoutQuery[] }>('queries.json');
  const { themes } = read<{ themes: Record<string, string[]> }>('themes.json');
  const slugs = new Set(practices.map((p) => p.slug));
  const stray = queries.flatMap((q) => q.expect).filter((slug) => !slugs.has(slug));
  if (stray.length) throw new Error(`held-out queries expect unknown practices: ${stray.join(', ')}`);
  const anchors = practices.map((p) => {
    const own = themes[p.slug];
    if (!own) throw new Error(`held-out practice ${p.slug} has no themes in themes.json`);
    return { city: p.city, region: p.region as LookalikeAnchor['region'], themes: own };
  });
  return { practices, queries, anchors };
}

/** Every text of a practice a search may read, stemmed: the set of its search terms. */
function practiceTerms(p: BestPracticeContentInput): Set<string> {
  const texts = [p.title, p.city, p.region, p.summary, p.body, p.problem ?? '', ...(p.steps ?? []).flatMap((s) => [s.title, s.text]), ...(p.results ?? []).map((x) => x.label), ...(p.organisers ?? []).map((o) => o.name), ...(p.partners ?? []).map((o) => o.name)];
  return new Set(texts.flatMap((t) => terms(t)));
}

/**
 * Queries for which a look-alike of an expected practice's theme holds every term of the query: such
 * a practice could be as good an answer as the expected one, which would make the query unfair.
 * Engine-independent (the portal's stemmer only), so it is checked before any engine runs.
 */
export function coveredQueries(heldout: Heldout, lookalikes: readonly BestPracticeContentInput[]): Array<{ query: string; by: string }> {
  const themesOf = new Map(heldout.practices.map((p, i) => [p.slug, heldout.anchors[i]!.themes]));
  const termsOf = new Map<BestPracticeContentInput, Set<string>>();
  const holds = (p: BestPracticeContentInput, wanted: string[]) => {
    let own = termsOf.get(p);
    if (!own) termsOf.set(p, (own = practiceTerms(p)));
    return wanted.every((t) => own.has(t));
  };
  return heldout.queries.flatMap(({ query, expect }) => {
    const wanted = terms(query);
    const themes = new Set(expect.flatMap((slug) => themesOf.get(slug) ?? []));
    const doc = wanted.length ? lookalikes.find((p) => themes.has(lookalikeTheme(p.slug) ?? '') && holds(p, wanted)) : undefined;
    return doc ? [{ query, by: doc.slug }] : [];
  });
}
