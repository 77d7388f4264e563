import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Polygonal } from '../geo/attacks/types.ts';
import { assignDistrictsNaive } from '../geo/attacks/assign.ts';
import {
  assignDistrictsFlat,
  assignDistrictsTurfParts,
  assignOncePerCoordinate,
  buildFlatIndex,
  buildTurfPartIndex,
  flattenParts,
  pointInPart,
  pointInRing,
} from './flat-pip.ts';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

function district(
  id: string,
  geometry: Polygonal,
): Feature<Polygonal, { id: string; name: string; province: string }> {
  return { type: 'Feature', properties: { id, name: id, province: 'PK-XX' }, geometry };
}

// "ring" has a hole; "islands" has two parts; "overlap" overlaps "ring" to check the first-wins rule.
const features = [
  district('ring', { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] }),
  district('islands', { type: 'MultiPolygon', coordinates: [[square(20, 0, 2)], [square(30, 0, 2)]] }),
  district('overlap', { type: 'Polygon', coordinates: [square(8, 8, 4)] }),
];

describe('pointInRing', () => {
  const ring = Float64Array.from(square(0, 0, 10).flat());
  it('tells inside, edge and outside apart', () => {
    expect(pointInRing(ring, 5, 5)).toBe(1);
    expect(pointInRing(ring, 10, 5)).toBe(0);
    expect(pointInRing(ring, 5, 0)).toBe(0);
    expect(pointInRing(ring, 0, 0)).toBe(0);
    expect(pointInRing(ring, 11, 5)).toBe(-1);
    expect(pointInRing(ring, -1, 0)).toBe(-1);
  });
});

describe('pointInPart', () => {
  const [part] = flattenParts({ type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] });
  it('excludes the hole but keeps its edge', () => {
    if (!part) throw new Error('no part');
    expect(pointInPart(part, 2, 2)).toBe(true);
    expect(pointInPart(part, 5, 5)).toBe(false);
    expect(pointInPart(part, 4, 5)).toBe(true);
    expect(pointInPart(part, 12, 5)).toBe(false);
  });
});

describe('flattenParts', () => {
  it('gives one part per polygon with its own box', () => {
    const parts = flattenParts({
      type: 'MultiPolygon',
      coordinates: [[square(20, 0, 2)], [square(30, 0, 2)]],
    });
    expect(parts.map((p) => p.box)).toEqual([
      [20, 0, 22, 2],
      [30, 0, 32, 2],
    ]);
    expect(Array.from(parts[0]?.rings[0] ?? [])).toEqual(square(20, 0, 2).flat());
  });
});

describe('part indexes', () => {
  const points: [number, number][] = [
    [1, 1],
    [5, 5],
    [9, 9],
    [11, 11],
    [21, 1],
    [31, 1],
    [25, 1],
    [-5, -5],
    [10, 5],
  ];
  const collection = { type: 'FeatureCollection' as const, features };
  it('agree with the naive turf loop, first district winning where two overlap', () => {
    const expected = assignDistrictsNaive(collection, points);
    expect(expected).toEqual(['ring', null, 'ring', 'overlap', 'islands', 'islands', null, null, 'ring']);
    expect(assignDistrictsFlat(buildFlatIndex(features), points)).toEqual(expected);
    expect(assignDistrictsTurfParts(buildTurfPartIndex(features), points)).toEqual(expected);
  });
  it('handle an empty district list', () => {
    expect(assignDistrictsFlat(buildFlatIndex([]), points.slice(0, 1))).toEqual([null]);
    expect(assignDistrictsTurfParts(buildTurfPartIndex([]), points.slice(0, 1))).toEqual([null]);
  });
});

describe('assignOncePerCoordinate', () => {
  it('asks once per distinct coordinate and answers every point in order', () => {
    const asked: (readonly [number, number])[][] = [];
    const answer = assignOncePerCoordinate(
      (unique) => {
        asked.push([...unique]);
        return unique.map(([x]) => (x > 0 ? 'east' : null));
      },
      [
        [1, 1],
        [-1, 1],
        [1, 1],
      ],
    );
    expect(asked).toEqual([
      [
        [1, 1],
        [-1, 1],
      ],
    ]);
    expect(answer).toEqual(['east', null, 'east']);
  });
});
