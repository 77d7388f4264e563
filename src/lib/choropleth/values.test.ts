import { describe, expect, it } from 'vitest';
import { computeChange, computeChoropleth, rateOf } from './values';
import { MIN_COUNT_FOR_RATE, NO_DATA_COLOUR, TOO_FEW_COLOUR } from './unranked';
import { ZERO_COLOUR } from './classes';
import { GROUND } from '../map/palette';

/** Euclidean distance between two #rrggbb colours, 0–441. */
function colourDistance(a: string, b: string): number {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(...x.map((v, i) => v - (y[i] as number)));
}

const units = [
  { id: 'a', name: 'A', population: 1_000_000, areaKm2: 2_000 },
  { id: 'b', name: 'B', population: 200_000, areaKm2: 500 },
  { id: 'c', name: 'C' },
  { id: 'd', name: 'D', population: 50_000, areaKm2: 100 },
  { id: 'e', name: 'E', population: 400_000, areaKm2: 4_000 },
];

describe('choropleth values', () => {
  it('computes rates with the right denominators', () => {
    expect(rateOf(50, units[0]!, 'per100k')).toBe(5);
    expect(rateOf(50, units[0]!, 'per1000km2')).toBe(25);
    expect(rateOf(50, units[2]!, 'per100k')).toBeNull();
    expect(rateOf(7, units[2]!, 'count')).toBe(7);
  });

  it('keeps no-data, zero and too-few apart and ranks only meaningful values', () => {
    const result = computeChoropleth(units, [100, 40, 9, MIN_COUNT_FOR_RATE - 1, 0], 'per100k', 'quantile');
    const [a, b, c, d, e] = result.units;
    expect(c!.value).toBeNull();
    expect(c!.colour).toBe(NO_DATA_COLOUR);
    expect(d!.tooFew).toBe(true);
    expect(d!.colour).toBe(TOO_FEW_COLOUR);
    expect(d!.rank).toBeNull();
    expect(e!.colour).toBe(ZERO_COLOUR);
    expect(b!.value).toBe(20);
    expect(b!.rank).toBe(1);
    expect(a!.rank).toBe(2);
    expect(e!.rank).toBe(3);
    expect(result.noDataCount).toBe(1);
    expect(result.tooFewCount).toBe(1);
    // the raw count is always kept beside the rate
    expect(d!.count).toBe(MIN_COUNT_FOR_RATE - 1);
  });

  it('treats a missing figure as no data, not zero', () => {
    const result = computeChoropleth(units, [3, null, 0, null, 1], 'count', 'quantile');
    expect(result.units[1]!.value).toBeNull();
    expect(result.units[1]!.colour).toBe(NO_DATA_COLOUR);
    expect(result.units[2]!.colour).toBe(ZERO_COLOUR);
    expect(result.noDataCount).toBe(2);
    expect(result.classification.zeroCount).toBe(1);
  });

  it('counts are never suppressed', () => {
    const result = computeChoropleth(units, [1, 0, 2, 0, 0], 'count', 'ckmeans');
    expect(result.tooFewCount).toBe(0);
    expect(result.units[2]!.value).toBe(2);
  });
});

describe('the colours of no data, zero and too few', () => {
  it('are unlike the land around Pakistan and unlike each other', () => {
    const special = [NO_DATA_COLOUR, TOO_FEW_COLOUR, ZERO_COLOUR];
    for (const colour of special) {
      expect(colourDistance(colour, GROUND.neighbour), colour).toBeGreaterThan(25);
      for (const other of special)
        if (other !== colour) expect(colourDistance(colour, other)).toBeGreaterThan(15);
    }
  });
});

describe('change view', () => {
  it('compares yearly averages so periods of different length are fair', () => {
    // A: 80 in 8 years (10/yr) -> 70 in 7 years (10/yr): no change. B: 8 -> 70 over 8 and 7 years.
    const result = computeChange(
      units.slice(0, 3),
      { counts: [80, 8, null], years: 8 },
      { counts: [70, 70, 4], years: 7 },
      'count',
      'quantile',
    );
    const [a, b, c] = result.units;
    expect(a!.value).toBe(0);
    expect(b!.value).toBeCloseTo(9, 6);
    expect(b!.rank).toBe(1);
    expect(c!.value).toBeNull();
    expect(result.classification.zeroLabel).toBe('no change');
    expect(a!.colour).toBe(result.classification.zeroColour);
  });

  it('uses the same denominators as the map for rates', () => {
    const result = computeChange(
      units.slice(0, 1),
      { counts: [100], years: 1 },
      { counts: [300], years: 2 },
      'per100k',
      'equal',
    );
    // 100/1e6*1e5 = 10 per year before; 300/1e6*1e5/2 = 15 per year after
    expect(result.units[0]!.before).toBeCloseTo(10, 6);
    expect(result.units[0]!.after).toBeCloseTo(15, 6);
    expect(result.units[0]!.value).toBeCloseTo(5, 6);
  });
});
