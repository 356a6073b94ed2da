// Loaded into Strapi and the function by `npm run bench:votes -- --stalls` (node --import): writes
// every event-loop stall of 20 ms or more and every GC pause of 5 ms or more, with the wall-clock
// time it began, to $PORTAL_STALL_DIR/<pid>.log. A stall is time the process could not look at
// its sockets: a long synchronous query, a GC pause, a blocked write, or simply a queue of ready
// requests handled in one turn. The benchmark reads the files back per phase (bench/lib/stalls.ts).
//
// Each stall line also says where the main thread's time went, from the kernel's own accounting
// (/proc/self/task/<pid>/schedstat and stat, /proc/stat), so a stall can be told apart without
// guessing: `cpu` ms running, `queued` ms runnable but waiting for a core, `blocked` ms asleep
// (disk, a lock, a page fault's read), `majflt` major page faults, and `steal` ms the hypervisor
// took from the machine's cores in that time; and what the machine's disks did meanwhile (MB
// written and ms spent writing, discards and cache flushes with the ms they took).
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';

const dir = process.env.PORTAL_STALL_DIR;

interface Sample {
  at: number;
  cpuNs: number;
  queuedNs: number;
  majflt: number;
  stealTicks: number;
  /** The machine's whole disks, summed: [sectors written, ms writing, discards, ms discarding, flushes, ms flushing]. */
  disk: number[];
}

const WHOLE_DISK = /^(vd[a-z]+|sd[a-z]+|xvd[a-z]+|nvme\d+n\d+)$/;

function diskCounters(): number[] {
  const sum = [0, 0, 0, 0, 0, 0];
  for (const line of readFileSync('/proc/diskstats', 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (!WHOLE_DISK.test(f[2] ?? '')) continue;
    // After major, minor, name: writes completed is field 8, sectors written 10, ms writing 11;
    // discards 15, ms discarding 18; flushes 19, ms flushing 20 (Documentation/admin-guide/iostats.rst).
    [10, 11, 15, 18, 19, 20].forEach((n, i) => (sum[i]! += Number(f[n - 1] ?? 0)));
  }
  return sum;
}

/** PerformanceGC kinds. */
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental-marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak-callbacks',
};

/** The kernel's clock tick, in ms: /proc/stat counts in USER_HZ, which is 100 on Linux. */
const TICK = 10;

function sample(pid: number): Sample | null {
  try {
    const [cpu = NaN, queued = NaN] = readFileSync(`/proc/self/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    const stat = readFileSync(`/proc/self/task/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, majflt field 12.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const machine = readFileSync('/proc/stat', 'utf8');
    const steal = Number(machine.slice(0, machine.indexOf('\n')).split(/\s+/)[8]);
    return { at: performance.now(), cpuNs: cpu, queuedNs: queued, majflt: Number(fields[9]), stealTicks: steal, disk: diskCounters() };
  } catch {
    return null; // not Linux, or /proc unreadable: stalls are still logged, without the breakdown
  }
}

function breakdown(before: Sample | null, after: Sample | null): string {
  if (!before || !after) return '';
  const wall = after.at - before.at;
  const cpu = (after.cpuNs - before.cpuNs) / 1e6;
  const queued = (after.queuedNs - before.queuedNs) / 1e6;
  const blocked = Math.max(0, wall - cpu - queued);
  const steal = (after.stealTicks - before.stealTicks) * TICK;
  const [written = 0, writing = 0, discards = 0, discarding = 0, flushes = 0, flushing = 0] = after.disk.map((n, i) => n - before.disk[i]!);
  return (
    ` cpu=${cpu.toFixed(1)} queued=${queued.toFixed(1)} blocked=${blocked.toFixed(1)} majflt=${after.majflt - before.majflt} steal=${steal}` +
    ` disk-written=${((written * 512) / 2 ** 20).toFixed(1)}MB/${writing}ms discards=${discards}/${discarding}ms flushes=${flushes}/${flushing}ms`
  );
}

if (dir) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}.log`);
  const origin = Date.now() - performance.now();
  const lines: string[] = [];
  const flush = () => {
    if (lines.length) appendFileSync(file, lines.splice(0).join(''));
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < 5) continue;
      const kind = GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
      const heap = getHeapStatistics();
      lines.push(`${Math.round(origin + entry.startTime)} gc ${entry.duration.toFixed(1)} ${kind} heap=${Math.round(heap.used_heap_size / 2 ** 20)}/${Math.round(heap.total_heap_size / 2 ** 20)}MB\n`);
    }
  }).observe({ entryTypes: ['gc'] });
  const TICK_MS = 10;
  let last = performance.now();
  let previous = sample(process.pid);
  setInterval(() => {
    const now = performance.now();
    const current = sample(process.pid);
    const late = now - last - TICK_MS;
    if (late >= 20) lines.push(`${Math.round(origin + last)} stall ${late.toFixed(1)}${breakdown(previous, current)}\n`);
    last = now;
    previous = current;
  }, TICK_MS).unref();
  setInterval(flush, 250).unref();
  process.on('exit', flush);
}
