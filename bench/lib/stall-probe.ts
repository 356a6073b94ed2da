// Loaded into Strapi and the function by `npm run bench:votes -- --stalls` (node --import): writes
// every event-loop stall of 20 ms or more and every GC pause of 5 ms or more, with the wall-clock
// time it began, to $PORTAL_STALL_DIR/<pid>.log. A stall is time the process could not look at
// its sockets: a long synchronous query, a GC pause, a blocked write, or simply a queue of ready
// requests handled in one turn. The benchmark reads the files back per phase (bench/lib/stalls.ts).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';

const dir = process.env.PORTAL_STALL_DIR;
if (dir) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}.log`);
  const origin = Date.now() - performance.now();
  const lines: string[] = [];
  const flush = () => {
    if (lines.length) appendFileSync(file, lines.splice(0).join(''));
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.duration >= 5) lines.push(`${Math.round(origin + entry.startTime)} gc ${entry.duration.toFixed(1)}\n`);
  }).observe({ entryTypes: ['gc'] });
  const TICK_MS = 10;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late >= 20) lines.push(`${Math.round(origin + last)} stall ${late.toFixed(1)}\n`);
    last = now;
  }, TICK_MS).unref();
  setInterval(flush, 250).unref();
  process.on('exit', flush);
}
