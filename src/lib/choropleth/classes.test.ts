import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classBreaks, classify, classifyDiverging, NO_CHANGE_COLOUR, ZERO_COLOUR } from './classes';
import { CLASS_METHODS } from '../state/url';

describe('classify', () => {
  const values = [0, 0, 1, 2, 3, 4, 5, 10, 20, 50, 100, 400];

  for (const method of CLASS_METHODS) {
    it(`${method}: breaks cover the data and every value lands in exactly one class`, () => {
      const c = classify(values, method, 5);
      expect(c.zeroCount).toBe(2);
      expect(c.classes.reduce((s, x) => s + x.count, 0)).toBe(values.length - 2);
      expect(c.classes[0]?.from).toBe(1);
      expect(c.classes.at(-1)?.to).toBe(400);
      for (const v of values.filter((x) => x > 0)) {
        const i = c.classOf(v);
        expect(v).toBeGreaterThanOrEqual(c.classes[i]!.from);
        expect(v).toBeLessThanOrEqual(c.classes[i]!.to);
      }
      expect(c.colourOf(0)).toBe(ZERO_COLOUR);
    });
  }

  it('quantile breaks split the data into near-equal groups', () => {
    const c = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile', 5);
    expect(c.classes.map((x) => x.count)).toEqual([2, 2, 2, 2, 2]);
  });

  it('equal interval breaks are evenly spaced', () => {
    expect(classBreaks([1, 101], 'equal', 2)).toEqual([1, 51]);
    expect(classBreaks([0, 10, 20, 30, 40, 50], 'equal', 5)).toEqual([10, 18, 26, 34, 42]);
  });

  it('natural breaks separate obvious clusters', () => {
    expect(classBreaks([1, 2, 3, 100, 101, 102], 'ckmeans', 2)).toEqual([1, 100]);
  });

  it('never makes more classes than distinct values, and handles all-zero data', () => {
    expect(classify([5, 5, 5], 'quantile', 5).classes).toHaveLength(1);
    const empty = classify([0, 0], 'ckmeans', 5);
    expect(empty.classes).toHaveLength(0);
    expect(empty.zeroCount).toBe(2);
  });

  it('counts always add up (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), { maxLength: 200 }),
        fc.constantFrom(...CLASS_METHODS),
        fc.integer({ min: 1, max: 9 }),
        (vals, method, k) => {
          const c = classify(vals, method, k);
          expect(c.zeroCount + c.classes.reduce((s, x) => s + x.count, 0)).toBe(vals.length);
          expect(c.classes.length).toBeLessThanOrEqual(k);
        },
      ),
    );
  });
});

describe('classifyDiverging', () => {
  it('classes increases and decreases apart, with no change in the middle', () => {
    const values = [-40, -10, -2, 0, 0, 1, 5, 30, 100];
    const c = classifyDiverging(values, 'quantile', 3);
    expect(c.zeroCount).toBe(2);
    expect(c.zeroLabel).toBe('no change');
    expect(c.colourOf(0)).toBe(NO_CHANGE_COLOUR);
    expect(c.classes.reduce((s, x) => s + x.count, 0)).toBe(7);
    // ascending order: every decrease class comes before every increase class
    const firstUp = c.classes.findIndex((x) => x.from > 0);
    expect(c.classes.slice(0, firstUp).every((x) => x.to < 0)).toBe(true);
    expect(c.classes.at(0)?.from).toBe(-40);
    expect(c.classes.at(-1)?.to).toBe(100);
    for (const v of values.filter((x) => x !== 0)) {
      const cls = c.classes[c.classOf(v)]!;
      expect(v).toBeGreaterThanOrEqual(cls.from);
      expect(v).toBeLessThanOrEqual(cls.to);
    }
    // orange for more violence, purple for less, darkest at the extremes
    expect(c.colourOf(100)).toBe('#b35806');
    expect(c.colourOf(-40)).toBe('#542788');
    expect(c.colourOf(1)).toBe('#fee0b6');
    expect(c.colourOf(-2)).toBe('#d8daeb');
  });

  it('copes with only increases', () => {
    const c = classifyDiverging([0, 3, 4], 'ckmeans', 3);
    expect(c.classes.every((x) => x.from > 0)).toBe(true);
    expect(c.zeroCount).toBe(1);
  });
});
