/**
 * The CPU time each service of the bench's stack used, read from /proc (Linux): a service's process and
 * every process below it (PostgreSQL's backends under the postmaster), user and system time, plus the time
 * of children that have ended and been waited for (a backend that closed). Unlike a latency, a CPU time per
 * request hardly depends on what else the shared machine runs.
 */
import { readFileSync } from 'node:fs';
import { descendantsOf } from './memory';

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`: 100 on Linux). */
const TICKS = 100;

function statFields(pid: number): string[] {
  // The command may hold spaces and parentheses: the fields after it start after the last ')'.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds of a process and its descendants; 0 for a process that is gone. */
export function cpuSecondsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    // Fields 14–17 of stat (utime, stime, cutime, cstime) are 12–15 counted from the state (field 3).
    const own = statFields(pid);
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const child of descendantsOf(pid, [])) {
      try {
        const fields = statFields(child);
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // The process ended while the list was read.
      }
    }
    return ticks / TICKS;
  } catch {
    return 0;
  }
}

/** The machine's busy CPU seconds, all cores summed (/proc/stat: every state but idle and iowait). */
export function machineBusySeconds(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS;
}
