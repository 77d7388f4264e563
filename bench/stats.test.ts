import { describe, expect, it } from 'vitest';
import { median, summarize, timeRuns } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow();
  });
});

describe('summarize', () => {
  it('gives median, range and run count', () => {
    expect(summarize([2, 9, 4])).toEqual({ median: 4, min: 2, max: 9, runs: 3 });
  });
});

describe('timeRuns', () => {
  it('calls warm-up runs untimed, then times each run with the given clock', () => {
    let calls = 0;
    let clock = 0;
    const { times, last } = timeRuns(
      () => ++calls,
      3,
      2,
      () => (clock += 5),
    );
    expect(calls).toBe(5);
    expect(last).toBe(5);
    expect(times).toEqual([5, 5, 5]);
  });
});
