import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaDifferences, districtFeatures, verticesOffEdges } from './assemble.ts';
import { SegmentIndex } from './distance.ts';

const square = (x: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 30],
      [x + 0.1, 30],
      [x + 0.1, 30.1],
      [x, 30.1],
      [x, 30],
    ],
  ],
});
const line = [
  [70, 29],
  [70, 31],
];

describe('districtFeatures', () => {
  it('joins census fields only where a row exists and measures area and Durand distance', () => {
    const fc = districtFeatures(
      [
        { id: 'a', name: 'A', province: 'PK-KP', formerFata: false, geometry: square(70) },
        { id: 'b', name: 'B', province: 'PK-GB', formerFata: false, geometry: square(71) },
      ],
      [{ district: 'A', province: 'PK-KP', population2023: 1000, areaKm2: 100 }, undefined],
      line,
      SegmentIndex.fromLines([line]),
    );
    expect(fc.features[0]!.properties).toMatchObject({ population2023: 1000, areaKm2: 100, durandKm: 0 });
    expect(fc.features[0]!.properties.areaKm2Geometry).toBeCloseTo(107, 0);
    expect(fc.features[1]!.properties).not.toHaveProperty('population2023');
    expect(fc.features[1]!.properties).not.toHaveProperty('areaKm2');
    expect(fc.features[1]!.properties.durandKm).toBeCloseTo(96.4, 0);
  });
});

describe('areaDifferences', () => {
  it('lists districts beyond the threshold, largest first, skipping those without a published area', () => {
    const rows = areaDifferences(
      [
        {
          id: 'a',
          name: 'A',
          province: 'PK-BA',
          formerFata: false,
          areaKm2: 100,
          areaKm2Geometry: 105,
          durandKm: 0,
        },
        {
          id: 'b',
          name: 'B',
          province: 'PK-BA',
          formerFata: false,
          areaKm2: 100,
          areaKm2Geometry: 80,
          durandKm: 0,
        },
        {
          id: 'c',
          name: 'C',
          province: 'PK-BA',
          formerFata: false,
          areaKm2: 100,
          areaKm2Geometry: 112,
          durandKm: 0,
        },
        { id: 'd', name: 'D', province: 'PK-GB', formerFata: false, areaKm2Geometry: 50, durandKm: 0 },
      ],
      10,
    );
    expect(rows.map((r) => [r.name, Math.round(r.differencePercent)])).toEqual([
      ['B', -20],
      ['C', 12],
    ]);
  });
});

describe('verticesOffEdges', () => {
  it('returns line vertices that are not polygon vertices', () => {
    expect(
      verticesOffEdges(
        {
          type: 'LineString',
          coordinates: [
            [70, 30],
            [70.05, 30],
          ],
        },
        [square(70)],
      ),
    ).toEqual([[70.05, 30]]);
  });
});
