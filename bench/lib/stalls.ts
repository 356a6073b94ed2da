// Reads back what bench/lib/stall-probe.ts wrote for one process and sums it up over a phase.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StallSummary {
  /** The longest single stall, ms. */
  longest: number;
  /** Where the longest stall's time went, as the probe logged it ("cpu=… queued=… blocked=… majflt=… steal=…"). */
  longestWhy: string;
  /** All stalls of 20 ms or more added up, ms. */
  stalled: number;
  /** The longest GC pause, ms. */
  longestGc: number;
}

/** Stalls and GC pauses of process `pid` that began between `from` and `to` (wall clock, ms). */
export function stallsOf(dir: string, pid: number, from: number, to: number): StallSummary | null {
  const file = join(dir, `${pid}.log`);
  if (!existsSync(file)) return null;
  const summary: StallSummary = { longest: 0, longestWhy: '', stalled: 0, longestGc: 0 };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [at, kind, ms, ...why] = line.split(' ');
    const when = Number(at);
    const length = Number(ms);
    if (!(when >= from && when < to) || !Number.isFinite(length)) continue;
    if (kind === 'stall') {
      if (length > summary.longest) {
        summary.longest = length;
        summary.longestWhy = why.join(' ');
      }
      summary.stalled += length;
    } else if (kind === 'gc') {
      summary.longestGc = Math.max(summary.longestGc, length);
    }
  }
  return summary;
}

/** The worst of several processes' summaries (the CMS instances): the longest stall and GC pause, and the most stalled time. */
export function worstStalls(summaries: Array<StallSummary | null>): StallSummary | null {
  const present = summaries.filter((s): s is StallSummary => !!s);
  if (!present.length) return null;
  const longest = present.reduce((a, b) => (b.longest > a.longest ? b : a));
  return {
    longest: longest.longest,
    longestWhy: longest.longestWhy,
    stalled: Math.max(...present.map((s) => s.stalled)),
    longestGc: Math.max(...present.map((s) => s.longestGc)),
  };
}
