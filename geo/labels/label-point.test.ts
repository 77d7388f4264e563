import { booleanPointInPolygon, point } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point.ts';

/** A U open to the north: its bounding-box centre (70.5, 31.5) lies in the empty notch. */
const U: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [70, 31],
      [71, 31],
      [71, 32],
      [70.8, 32],
      [70.8, 31.2],
      [70.2, 31.2],
      [70.2, 32],
      [70, 32],
      [70, 31],
    ],
  ],
};

describe('labelPoint', () => {
  it('puts the name inside a concave area, not in its notch', () => {
    const at = labelPoint(U);
    expect(booleanPointInPolygon(point(at), U)).toBe(true);
    expect(Math.hypot(at[0] - 70.5, at[1] - 31.5)).toBeGreaterThan(0.25);
  });

  it('labels the largest part of a multipolygon', () => {
    const islands: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [60, 25],
            [60.1, 25],
            [60.1, 25.1],
            [60, 25],
          ],
        ],
        [
          [
            [66, 28],
            [68, 28],
            [68, 30],
            [66, 30],
            [66, 28],
          ],
        ],
      ],
    };
    const [x, y] = labelPoint(islands);
    expect(x).toBeCloseTo(67, 1);
    expect(y).toBeCloseTo(29, 1);
  });

  it('stays inside a ring with many vertices after thinning it', () => {
    const ring = Array.from({ length: 2001 }, (_, i) => {
      const angle = (i / 2000) * 2 * Math.PI;
      const radius = i % 2 ? 1 : 0.9;
      return [69 + radius * Math.cos(angle), 30 + radius * Math.sin(angle)];
    });
    const star: Polygon = { type: 'Polygon', coordinates: [ring] };
    const at = labelPoint(star);
    expect(booleanPointInPolygon(point(at), star)).toBe(true);
    expect(Math.hypot(at[0] - 69, at[1] - 30)).toBeLessThan(0.2);
  });

  it('refuses a polygon without a ring', () => {
    expect(() => labelPoint({ type: 'Polygon', coordinates: [] })).toThrow(/outer ring/);
  });
});
