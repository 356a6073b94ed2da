// «Возможно, вы имели в виду …»: a query that finds nothing is corrected word by word against the
// words the site's texts really contain (as written, not stems, so a suggestion reads as a word).
// fuse.js finds candidates for a word in the vocabulary; the one with the fewest edits over the whole
// word wins (fuse also matches a word inside a longer one), the more frequent word on a tie.
import Fuse from 'fuse.js/basic';
import { normalize, words } from './text.ts';

/** Words shorter than this are neither suggested nor corrected: «в», «ул», «до» are not typos. */
const MIN_LENGTH = 3;
/** Fuse's threshold for a candidate (0 exact … 1 anything); the edit distance decides after. */
const CANDIDATE_THRESHOLD = 0.5;
/** How many candidates fuse hands over for one word. */
const CANDIDATES = 30;

const suggestable = (word: string) => word.length >= MIN_LENGTH && !/\d/.test(word);

/**
 * The vocabulary of `texts`: every word long enough to correct towards, most frequent first (a
 * frequent word wins a tie), normalised as queries are (lower case, ё → е), stop words left out.
 */
export function collectWords(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of words(text)) if (suggestable(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may need to count as a typo of a vocabulary word. */
const allowedEdits = (length: number) => (length <= 4 ? 1 : 2);

export class Suggester {
  private readonly fuse: Fuse<string>;
  private readonly rank: Map<string, number>;

  /** `vocabulary`: as collectWords returns it, most frequent first. */
  constructor(vocabulary: readonly string[]) {
    this.rank = new Map(vocabulary.map((word, i) => [word, i]));
    this.fuse = new Fuse([...vocabulary], { includeScore: true, ignoreLocation: true, threshold: CANDIDATE_THRESHOLD });
  }

  /** The vocabulary word closest to `word`, or null when it is known already or nothing is close. */
  correct(word: string): string | null {
    const typed = normalize(word);
    if (!suggestable(typed) || this.rank.has(typed)) return null;
    let best: { word: string; edits: number; rank: number } | null = null;
    for (const { item } of this.fuse.search(typed, { limit: CANDIDATES })) {
      const edits = editDistance(typed, item);
      if (edits > allowedEdits(typed.length)) continue;
      const rank = this.rank.get(item)!;
      if (!best || edits < best.edits || (edits === best.edits && rank < best.rank)) best = { word: item, edits, rank };
    }
    return best?.word ?? null;
  }

  /**
   * `query` with each of `unmatched` (the query's words no index knows) replaced by its correction,
   * the rest as the reader typed it; null when no word could be corrected.
   */
  suggest(query: string, unmatched: readonly string[]): string | null {
    const wanted = new Set(unmatched.map(normalize));
    let changed = false;
    const corrected = query.replace(/[\p{L}\p{N}]+/gu, (token) => {
      const key = normalize(token);
      if (!wanted.has(key)) return token;
      const fix = this.correct(key);
      if (!fix) return token;
      changed = true;
      // «Чксвой» → «Чусовой»: a capital the reader typed stays.
      return token[0] !== token[0]!.toLowerCase() ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
    });
    return changed ? corrected.trim() : null;
  }
}
