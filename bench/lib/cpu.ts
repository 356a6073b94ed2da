// CPU time of the benchmark's processes from /proc (Linux), to show where the time of a run goes:
// the CMS, the function, the database server, the load driver.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  /** user + system CPU, seconds. */
  cpu: number;
  /** user + system CPU of its children that have ended and been waited for, seconds. */
  endedChildrenCpu: number;
}

function processes(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime: fields 14–15 of proc(5); cutime, cstime (ended children): 16–17.
      out.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        pgrp: Number(fields[2]),
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
        endedChildrenCpu: (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND,
      });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** A group of processes whose CPU time is summed. */
export type CpuProbe = () => number;

/** Every process of a process group (a child started detached leads its own group). */
export const groupCpu = (pgid: number): CpuProbe => () => processes().filter((p) => p.pgrp === pgid).reduce((s, p) => s + p.cpu, 0);

/**
 * A process and its direct children (the PostgreSQL postmaster and its backends), with the children
 * that have ended: a backend whose connection closed or an autovacuum worker that finished takes its
 * CPU time out of the list, into the postmaster's count of ended children (cutime, cstime).
 */
export const treeCpu = (pid: number): CpuProbe => () =>
  processes()
    .filter((p) => p.pid === pid || p.ppid === pid)
    .reduce((s, p) => s + p.cpu + (p.pid === pid ? p.endedChildrenCpu : 0), 0);

/** This process (the load driver). */
export const selfCpu: CpuProbe = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Every process on the machine, all cores: busy time from /proc/stat (everything but idle and I/O wait). */
export const machineCpu: CpuProbe = () => {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal …
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
};

/** CPU seconds each probe used while `work` ran. */
export async function measureCpu<T>(probes: Record<string, CpuProbe>, work: () => Promise<T>): Promise<{ value: T; cpu: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(probes).map(([k, probe]) => [k, probe()]));
  const value = await work();
  const cpu = Object.fromEntries(Object.entries(probes).map(([k, probe]) => [k, probe() - before[k]!]));
  return { value, cpu };
}

/**
 * Waits until the rest of the machine is quiet — less than `maxCores` busy over a second while the
 * benchmark itself is idle — for at most `timeoutMs`, so that other programs (a test run, a build)
 * do not share the cores with a measured phase. Answers the busy cores last seen.
 */
export async function waitForQuiet(maxCores: number, timeoutMs: number, onWait: (busyCores: number) => void): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let warned = false;
  for (;;) {
    const before = machineCpu();
    await new Promise((r) => setTimeout(r, 1000));
    const busy = machineCpu() - before;
    if (busy < maxCores || Date.now() > deadline) return busy;
    if (!warned) onWait(busy);
    warned = true;
  }
}

/**
 * Writes everything the machine still holds in memory to disk (sync(1)), so that the write-back
 * of what the set-up or the last phase wrote (5,000 emails in the outbox, a phase's request log)
 * does not land in the middle of a measured phase: SQLite's commits wait for the disk, and the
 * disk would be busy with files the load has nothing to do with. Answers the ms it took.
 */
export function flushWrites(): number {
  const started = performance.now();
  spawnSync('sync', { stdio: 'ignore' });
  return performance.now() - started;
}

/**
 * Not CPU, but counted the same way: connections the kernel dropped on this machine because a
 * listening socket's accept queue was full (TcpExt ListenOverflows). The client then waits for a
 * retransmission, a second or more, so each one is a latency spike that no server log shows.
 */
export const listenOverflows: CpuProbe = () => {
  const [names, values] = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:')).map((l) => l.split(/\s+/));
  const i = names?.indexOf('ListenOverflows') ?? -1;
  return i > 0 ? Number(values?.[i] ?? 0) : 0;
};
