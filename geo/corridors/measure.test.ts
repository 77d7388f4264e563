import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeRows, exposureToJson, LinesDistance, measureExposure } from './measure.ts';

// a north-south corridor along lon 70 and a "border" along lon 69; 0.1° of longitude at lat 30 is 9.63 km
const corridor: Position[][] = [
  [
    [70, 29],
    [70, 31],
  ],
];
const border: Position[] = [
  [69, 29],
  [69, 31],
];
const events = {
  count: 5,
  lon: [70.05, 70.5, 69.2, 71.5, 70.01],
  lat: [30, 30, 30, 30, 30],
  wherePrec: [1, 2, 3, 1, 5],
};
const options = { maxKm: 100, maxWherePrec: 3, decimals: 1 };

describe('measureExposure', () => {
  const exposure = measureExposure(
    events,
    border,
    new Map([
      ['n5', corridor],
      ['empty', []],
    ]),
    options,
  );

  it('stores every located event’s distance to the border and nulls the rest', () => {
    expect(exposure.durandKm).toHaveLength(5);
    expect(exposure.durandKm[2]).toBeCloseTo(19.3, 1);
    expect(exposure.durandKm[4]).toBeNull();
  });

  it('lists events within maxKm of a corridor as row steps with distances, leaving out imprecise ones', () => {
    const n5 = exposure.corridors.n5!;
    expect(decodeRows(n5.rowDeltas)).toEqual([0, 1, 2]);
    expect(n5.km[0]).toBeCloseTo(4.8, 1);
    expect(n5.km[1]).toBeCloseTo(48.1, 1);
    expect(n5.km[2]).toBeCloseTo(77, 1);
    expect(exposure.corridors.empty).toEqual({ rowDeltas: [], km: [] });
    expect(exposure).toMatchObject({ schema: 1, count: 5, maxKm: 100, maxWherePrec: 3 });
  });

  it('writes JSON that reads back to the same object', () => {
    expect(JSON.parse(exposureToJson(exposure))).toEqual(exposure);
  });
});

describe('LinesDistance', () => {
  it('is Infinity without lines, so an absent corridor never counts', () => {
    expect(new LinesDistance([]).km([70, 30])).toBe(Infinity);
  });

  it('measures to the nearest line', () => {
    const distance = new LinesDistance([
      ...corridor,
      [
        [72, 29],
        [72, 31],
      ],
    ]);
    expect(distance.km([71.9, 30])).toBeCloseTo(9.6, 1);
  });
});

describe('decodeRows', () => {
  it('sums the steps', () => {
    expect(decodeRows([3, 1, 10])).toEqual([3, 4, 14]);
  });
});
