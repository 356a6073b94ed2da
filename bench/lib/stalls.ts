// Reads back what bench/lib/stall-probe.ts wrote for one process and sums it up over a phase.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StallSummary {
  /** The longest single stall, ms. */
  longest: number;
  /** All stalls of 20 ms or more added up, ms. */
  stalled: number;
  /** The longest GC pause, ms. */
  longestGc: number;
}

/** Stalls and GC pauses of process `pid` that began between `from` and `to` (wall clock, ms). */
export function stallsOf(dir: string, pid: number, from: number, to: number): StallSummary | null {
  const file = join(dir, `${pid}.log`);
  if (!existsSync(file)) return null;
  const summary: StallSummary = { longest: 0, stalled: 0, longestGc: 0 };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [at, kind, ms] = line.split(' ');
    const when = Number(at);
    const length = Number(ms);
    if (!(when >= from && when < to) || !Number.isFinite(length)) continue;
    if (kind === 'stall') {
      summary.longest = Math.max(summary.longest, length);
      summary.stalled += length;
    } else if (kind === 'gc') {
      summary.longestGc = Math.max(summary.longestGc, length);
    }
  }
  return summary;
}
