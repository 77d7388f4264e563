import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonToLineKm, SegmentIndex } from './distance.ts';
import { haversineKm } from './geometry.ts';

const line = [
  [70, 30],
  [70, 31],
  [70, 32],
];
const index = SegmentIndex.fromLines([line]);

describe('distances to a line', () => {
  it('measures a point to the nearest segment', () => {
    expect(index.nearestKm([71, 31])).toBeCloseTo(haversineKm([71, 31], [70, 31]), 1);
    expect(index.nearestKm([70, 29])).toBeCloseTo(haversineKm([70, 29], [70, 30]), 6);
  });

  it('is 0 for a polygon sharing a vertex with the line and positive for one apart', () => {
    const touching: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [70, 31],
          [71, 31],
          [71, 32],
          [70, 31],
        ],
      ],
    };
    const apart: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [72, 30],
          [73, 30],
          [73, 31],
          [72, 30],
        ],
      ],
    };
    expect(polygonToLineKm(touching, line, index)).toBe(0);
    expect(polygonToLineKm(apart, line, index)).toBeCloseTo(haversineKm([72, 30], [70, 30]), 0);
  });

  it('finds the line nearer to a long polygon edge than to any polygon vertex', () => {
    // the polygon's west edge runs from 29.5 N to 32.5 N at 70.5 E: the line's northern vertex is nearest to the middle of that edge
    const long: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [70.5, 29.5],
          [71, 29.5],
          [71, 32.5],
          [70.5, 32.5],
          [70.5, 29.5],
        ],
      ],
    };
    expect(polygonToLineKm(long, line, index)).toBeCloseTo(haversineKm([70, 32], [70.5, 32]), 1);
  });
});
