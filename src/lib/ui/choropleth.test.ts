import { describe, expect, it } from 'vitest';
import { computeChoropleth, MIN_COUNT_FOR_RATE, NO_DATA_COLOUR, rateOf, TOO_FEW_COLOUR } from './choropleth';
import { ZERO_COLOUR } from './classes';

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
