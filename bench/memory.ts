/**
 * Memory of the browser while it works, from outside: the proportional set size (PSS, shared pages
 * split between the processes sharing them) of every process this Node process started, summed,
 * sampled every few tens of milliseconds. Chromium's renderer, its workers (threads of it), the GPU
 * and browser processes are all counted. Linux only (/proc); elsewhere the sampler reports null.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name is in parentheses and may hold spaces: fields start after the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** Every live process below `root`. */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(pid);
    children.set(parent, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** PSS of one process in bytes, 0 when it is gone. */
export function pssBytes(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+) kB/m.exec(text);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function totalPssBytes(root = process.pid): number {
  return descendantsOf(root).reduce((sum, pid) => sum + pssBytes(pid), 0);
}

export interface MemoryPeak {
  /** before the work started */
  baselineBytes: number;
  peakBytes: number;
  samples: number;
}

/** Samples until stopped; null from `stop()` where /proc is missing. */
export class MemorySampler {
  private timer: ReturnType<typeof setInterval> | null = null;
  private baseline = 0;
  private peak = 0;
  private samples = 0;
  private readonly available: boolean;

  constructor(private readonly intervalMs = 50) {
    this.available = process.platform === 'linux';
  }

  start(): void {
    if (!this.available) return;
    this.baseline = totalPssBytes();
    this.peak = this.baseline;
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, totalPssBytes());
      this.samples++;
    }, this.intervalMs);
  }

  stop(): MemoryPeak | null {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.available) return null;
    this.peak = Math.max(this.peak, totalPssBytes());
    return { baselineBytes: this.baseline, peakBytes: this.peak, samples: this.samples + 1 };
  }
}
