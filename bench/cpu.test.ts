import { describe, expect, it } from 'vitest';
import { cpuSpentMs, cpuTicksOfStat } from './cpu.ts';

describe('cpuTicksOfStat', () => {
  it('reads utime and stime after the command name, spaces and parentheses in the name included', () => {
    const stat =
      '4242 (chromium (gpu) x) S 4200 4200 4200 0 -1 4194560 1234 0 0 0 250 37 0 0 20 0 9 0 123456 1000000 5000';
    expect(cpuTicksOfStat(stat)).toBe(287);
  });
  it('gives null for a line it cannot read', () => {
    expect(cpuTicksOfStat('garbage')).toBeNull();
  });
});

describe('cpuSpentMs', () => {
  it('sums each live process from its earlier sample, or from zero when it started meanwhile', () => {
    const before = new Map([
      [1, 100],
      [2, 50],
      [9, 400],
    ]);
    const after = new Map([
      [1, 130],
      [2, 50],
      [3, 12],
    ]);
    // (30 + 0 + 12) ticks of 10 ms; pid 9 ended and is left out
    expect(cpuSpentMs(before, after)).toBe(420);
  });
});
