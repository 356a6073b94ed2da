// Which process listens on a loopback port (Linux /proc), to make sure a server answering on the
// port the benchmark chose is the one it started and not another program that took the port.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Inodes of the TCP sockets listening on `port` (IPv4 and IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      // state 0A is LISTEN; the local address ends with the port in hex.
      if (local && fields[3] === '0A' && parseInt(local.split(':')[1]!, 16) === port) inodes.add(fields[9]!);
    }
  }
  return inodes;
}

/** True when a process of the process group `pgid` holds the socket listening on `port`. */
export function groupListensOn(pgid: number, port: number): boolean {
  const wanted = listeningInodes(port);
  if (!wanted.size) return false;
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (wanted.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? '')) return true;
      }
    } catch {
      // the process ended, or its fds are not ours to read
    }
  }
  return false;
}
