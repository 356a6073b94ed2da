// Reading V8 CPU profiles (`node --cpu-prof`) of the benchmark's servers: self time per package
// and per function within a window of the run, to name where a phase's CPU time goes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  /** Microseconds on the monotonic clock (process.hrtime's). */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The monotonic clock in microseconds, comparable with the profiles' sample times. */
export const monotonicMicros = (): number => Number(process.hrtime.bigint() / 1000n);

/** Where a file lives, shortened: the package for node_modules, the path inside the repository otherwise. */
function origin(url: string, root: string): string {
  if (!url) return '(native)';
  const packages = url.match(/node_modules\/(@[^/]+\/[^/]+|[^/]+)/g);
  if (packages) return packages.at(-1)!.slice('node_modules/'.length);
  if (url.startsWith('node:')) return 'node (built-in modules)';
  return url.replace(/^file:\/\//, '').replace(root, '');
}

export interface ProfileSummary {
  /** Sampled time within the window, milliseconds. */
  totalMs: number;
  byOrigin: Array<{ name: string; ms: number }>;
  byFunction: Array<{ name: string; ms: number }>;
}

/** Self time of the samples between `fromMicros` and `toMicros` in the newest profile in `dir`. */
export function summarizeProfile(dir: string, fromMicros: number, toMicros: number, root: string, top = 12): ProfileSummary | null {
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (Strapi's SQLite
  // checkpoint worker writes its own profile beside it).
  const files = readdirSync(dir).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f)).sort();
  if (!files.length) return null;
  const profile = JSON.parse(readFileSync(join(dir, files.at(-1)!), 'utf8')) as CpuProfile;
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let at = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < fromMicros || at > toMicros) return;
    const frame = frames.get(id)!;
    const where = frame.url ? origin(frame.url, root) : frame.functionName;
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + delta);
    const name = `${frame.functionName || '(anonymous)'} — ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
    total += delta;
  });
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: total / 1000, byOrigin: ranked(byOrigin), byFunction: ranked(byFunction) };
}
