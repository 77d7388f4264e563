import { describe, expect, it } from 'vitest';
import { compare, formatNumber, formatRatio, formatTable, ratioOf, type Figure } from './report.ts';

describe('ratioOf', () => {
  it('reads a speed-up as baseline over value, a relative figure as value over baseline', () => {
    expect(ratioOf('speedup', 2, 300)).toBe(150);
    expect(ratioOf('relative', 1.5, 1.2)).toBeCloseTo(1.25);
    expect(ratioOf('difference', 400, 350)).toBe(50);
  });
  it('gives no ratio without both numbers or with a zero divisor', () => {
    expect(ratioOf('speedup', null, 3)).toBeNull();
    expect(ratioOf('relative', 3, null)).toBeNull();
    expect(ratioOf('speedup', 0, 3)).toBeNull();
  });
});

describe('compare', () => {
  const base: Omit<Figure, 'ratio'> = {
    id: 'x',
    label: 'x',
    unit: 'ms',
    value: 2,
    runs: 3,
    baseline: { label: 'naive', value: 400, runs: 3 },
    ratioKind: 'speedup',
  };
  it('fills the ratio and checks the goal against it', () => {
    const figure = compare(base, { text: '≥ 100×', test: (r) => (r === null ? null : r >= 100) });
    expect(figure.ratio).toBe(200);
    expect(figure.goal).toEqual({ text: '≥ 100×', met: true });
  });
  it('leaves the goal undecided when nothing was measured', () => {
    expect(
      compare({ ...base, value: null }, { text: '≥ 100×', test: (r) => (r === null ? null : r >= 100) }).goal
        ?.met,
    ).toBeNull();
    expect(
      compare(
        { ...base, baseline: undefined },
        { text: '≥ 100×', test: (r) => (r === null ? null : r >= 100) },
      ).goal?.met,
    ).toBeNull();
  });
  it('decides a value goal without a ratio', () => {
    const figure = compare(
      { ...base, baseline: { label: 'none', value: 0, runs: 1 }, ratioKind: 'relative' },
      { text: '≤ 4 ms', test: (_r, v) => v <= 4 },
    );
    expect(figure.ratio).toBeNull();
    expect(figure.goal?.met).toBe(true);
  });
});

describe('formatting', () => {
  it('keeps about three significant digits', () => {
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(12.345)).toBe('12.3');
    expect(formatNumber(1.2345)).toBe('1.23');
    expect(formatNumber(0.01234)).toBe('0.012');
    expect(formatNumber(null)).toBe('–');
  });
  it('says which way a ratio reads', () => {
    expect(formatRatio('speedup', 150, 'ms')).toBe('150× faster');
    expect(formatRatio('relative', 1.1, 'ms')).toBe('1.10× of baseline');
    expect(formatRatio('difference', 12.5, 'KB')).toBe('+12.5 KB');
  });
  it('prints one row per figure with its note below', () => {
    const table = formatTable([
      compare({ id: 'a', label: 'assign', unit: 'ms', value: 2, runs: 5, note: 'full-resolution districts' }),
      { id: 'b', label: 'exposure', unit: 'ms', value: null, runs: 0, note: 'not available' },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+runs/);
    expect(lines[2]).toMatch(/^assign\s+2\.00 ms\s+5/);
    expect(lines[3]).toBe('    full-resolution districts');
    expect(lines[4]).toMatch(/^exposure\s+n\/a/);
  });
});
