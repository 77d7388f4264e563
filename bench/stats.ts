/** Small statistics for timings: every figure is the median of several runs, with its spread. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls (so the JIT has compiled it), in milliseconds.
 * The result of each call is kept so the work cannot be optimised away.
 */
export function timeRuns<T>(
  fn: () => T,
  runs: number,
  warmup = 1,
  now: () => number = () => performance.now(),
): {
  times: number[];
  last: T;
} {
  let last = fn();
  for (let i = 1; i < warmup; i++) last = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    last = fn();
    times.push(now() - start);
  }
  return { times, last };
}
