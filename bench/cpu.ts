/**
 * CPU time of the browser's processes, from outside: user + system time of every process this Node
 * process started (Chromium's browser, GPU, renderer and utility processes), from /proc. Unlike wall
 * time it hardly grows when other work shares the machine, so it ranks small costs that a busy
 * machine's timings hide. Linux only; elsewhere null.
 */
import { readFileSync } from 'node:fs';
import { descendantsOf } from './memory.ts';

/** /proc reports times in USER_HZ ticks, 100 per second on Linux whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a /proc/<pid>/stat line, in ticks; null when the line cannot be read. */
export function cpuTicksOfStat(stat: string): number | null {
  // the command name is in parentheses and may hold spaces: fields start after the last ')'
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // after the name: state(0) ppid(1) ... utime(11) stime(12)
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? user + system : null;
}

/** CPU ticks of every live process below `root`, by pid; null off Linux. */
export function cpuTicks(root = process.pid): Map<number, number> | null {
  if (process.platform !== 'linux') return null;
  const ticks = new Map<number, number>();
  for (const pid of descendantsOf(root)) {
    try {
      const value = cpuTicksOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      if (value !== null) ticks.set(pid, value);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}

/**
 * CPU milliseconds spent between two samples by the processes alive at the second (a process started
 * meanwhile counts from zero; one that ended meanwhile is lost, which the bench avoids by sampling
 * while its page is open).
 */
export function cpuSpentMs(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let ticks = 0;
  for (const [pid, value] of after) ticks += value - (before.get(pid) ?? 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}
