/**
 * The bench's memory figures, read from /proc (Linux): a process's resident set (VmRSS), and the whole
 * stack's proportional set (Pss: each shared page divided among the processes that share it, so PostgreSQL's
 * shared buffers count once, not once per backend) summed over the bench's child processes.
 */
import { readdirSync, readFileSync } from 'node:fs';

const MB = 1024;

/** A process's resident set in MB, or NaN when it is gone (or this is not Linux). */
export function rssOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / MB : NaN;
  } catch {
    return NaN;
  }
}

function pssOf(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) / MB : 0;
  } catch {
    return 0;
  }
}

/** Every process below `root` (its children, theirs, …), leaving out the subtrees of `except`. */
export function descendantsOf(root: number, except: number[]): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command may hold spaces and parentheses: the parent's pid is the second field after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of parents.get(pid) ?? []) {
      if (except.includes(child)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The stack's total memory in MB (Pss summed) and how many processes it counts: this process's descendants. */
export function stackMemory(except: number[] = []): { megabytes: number; processes: number } {
  const pids = descendantsOf(process.pid, except);
  return { megabytes: pids.reduce((sum, pid) => sum + pssOf(pid), 0), processes: pids.length };
}

/** Samples a process's resident set every `everyMs` until stopped; the largest seen, in MB. */
export function watchRss(pid: number | undefined, everyMs = 250): { stop(): number } {
  let largest = rssOf(pid);
  const timer = setInterval(() => {
    const now = rssOf(pid);
    if (now > largest || Number.isNaN(largest)) largest = now;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return largest;
    },
  };
}
