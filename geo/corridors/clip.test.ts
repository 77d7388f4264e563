import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../boundaries/geometry.ts';
import { clipArea, clipLine, densify, insideArea, joinLines, lineKm } from './clip.ts';

// two provinces side by side sharing the edge x = 71, together the box 70..72 x 30..31
const west: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [70, 30],
      [71, 30],
      [71, 31],
      [70, 31],
      [70, 30],
    ],
  ],
};
const east: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [71, 30],
      [72, 30],
      [72, 31],
      [71, 31],
      [71, 30],
    ],
  ],
};
const area = clipArea([west, east]);

describe('clipLine', () => {
  it('keeps the part inside, cut where the line crosses the outline, and runs on across inner edges', () => {
    const pieces = clipLine(
      [
        [69.5, 30.5],
        [72.5, 30.5],
      ],
      area,
    );
    expect(pieces).toHaveLength(1);
    expect(pieces[0]![0]![0]).toBeCloseTo(70, 9);
    expect(pieces[0]!.at(-1)![0]).toBeCloseTo(72, 9);
  });

  it('splits a line that leaves and comes back into two pieces', () => {
    const pieces = clipLine(
      [
        [70.5, 30.5],
        [70.5, 31.5],
        [71.5, 31.5],
        [71.5, 30.5],
      ],
      area,
    );
    expect(pieces).toHaveLength(2);
    expect(pieces[0]![0]).toEqual([70.5, 30.5]);
    expect(pieces[0]!.at(-1)![1]).toBeCloseTo(31, 9);
    expect(pieces[1]!.at(-1)).toEqual([71.5, 30.5]);
  });

  it('returns nothing for a line wholly outside and the line itself when wholly inside', () => {
    expect(
      clipLine(
        [
          [60, 25],
          [61, 26],
        ],
        area,
      ),
    ).toEqual([]);
    const inside: Position[] = [
      [70.2, 30.2],
      [70.4, 30.4],
      [70.8, 30.6],
    ];
    expect(clipLine(inside, area)).toEqual([inside]);
  });

  it('tests the side again after a vertex that lies on the outline', () => {
    const pieces = clipLine(
      [
        [69.5, 30.5],
        [70, 30.5],
        [70.5, 30.5],
      ],
      area,
    );
    expect(pieces).toEqual([
      [
        [70, 30.5],
        [70.5, 30.5],
      ],
    ]);
  });

  it('knows inside from outside', () => {
    expect(insideArea(area, [71.5, 30.5])).toBe(true);
    expect(insideArea(area, [72.5, 30.5])).toBe(false);
  });
});

describe('densify, joinLines, lineKm', () => {
  it('adds vertices so no step is longer than asked, keeping the ends', () => {
    const line: Position[] = [
      [70, 30],
      [71, 30],
    ];
    const dense = densify(line, 5);
    expect(dense[0]).toEqual([70, 30]);
    expect(dense.at(-1)).toEqual([71, 30]);
    for (let i = 1; i < dense.length; i++)
      expect(haversineKm(dense[i - 1]!, dense[i]!)).toBeLessThanOrEqual(5);
    // a parallel is not a great circle: the straight line in lon/lat is a little longer once densified
    expect(lineKm(dense)).toBeCloseTo(lineKm(line), 2);
  });

  it('joins lines whose end is the next start, and only those', () => {
    const joined = joinLines([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
    expect(joined).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
      ],
      [
        [5, 5],
        [6, 6],
      ],
    ]);
  });
});
