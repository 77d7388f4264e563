import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature } from 'geojson';
import {
  assignDistricts,
  assignDistrictsNaive,
  buildDistrictIndex,
  buildPolygonIndex,
  findContaining,
  locatePoint,
  placeEvent,
  SNAP_KM,
} from './assign.ts';
import { InvalidPolygonError } from './point-in-polygon.ts';
import { loadRawBoundaries } from './raw-districts.ts';
import { REPO_ROOT, realRawDirs } from './real-inputs.ts';
import type { DistrictCollection, DistrictShapeProperties, EventTable, Polygonal } from './types.ts';

function square(
  id: string,
  province: string,
  x0: number,
  y0: number,
  size = 1,
): Feature<Polygonal, DistrictShapeProperties> {
  const ring = [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: { id, name: id, province },
  };
}

// Two districts side by side in two provinces, a third inside a hole-free MultiPolygon further away.
const FIXTURE: DistrictCollection = {
  type: 'FeatureCollection',
  features: [
    square('west', 'PK-AA', 60, 30),
    square('east', 'PK-BB', 61, 30),
    {
      type: 'Feature',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [65, 30],
              [65.5, 30],
              [65.5, 30.5],
              [65, 30],
            ],
          ],
          [
            [
              [66, 30],
              [66.5, 30],
              [66.5, 30.5],
              [66, 30],
            ],
          ],
        ],
      },
      properties: { id: 'islands', name: 'Islands', province: 'PK-BB' },
    },
  ],
};

describe('locatePoint on fixtures', () => {
  const index = buildDistrictIndex(FIXTURE);

  it('finds the containing district and its province', () => {
    expect(locatePoint(index, 60.5, 30.5)).toEqual({ kind: 'inside', district: 'west', province: 'PK-AA' });
    expect(locatePoint(index, 61.5, 30.5)).toEqual({ kind: 'inside', district: 'east', province: 'PK-BB' });
    expect(locatePoint(index, 66.4, 30.1)).toMatchObject({ district: 'islands' });
  });

  it('resolves a point on a shared edge to the first district in file order, as the naive loop does', () => {
    expect(locatePoint(index, 61, 30.5)).toMatchObject({ kind: 'inside', district: 'west' });
    expect(assignDistrictsNaive(FIXTURE, [[61, 30.5]])).toEqual(['west']);
  });

  it('snaps a point just outside to the nearest district within the limit', () => {
    const location = locatePoint(index, 62.02, 30.5); // ~1.9 km east of "east"
    expect(location.kind).toBe('snapped');
    if (location.kind !== 'snapped') return;
    expect(location.district).toBe('east');
    expect(location.snappedKm).toBeGreaterThan(1.8);
    expect(location.snappedKm).toBeLessThan(SNAP_KM);
  });

  it('leaves a point farther than the limit outside, with its distance', () => {
    const location = locatePoint(index, 62.2, 30.5); // ~19 km out
    expect(location.kind).toBe('outside');
    if (location.kind !== 'outside') return;
    expect(location.nearestKm).toBeGreaterThan(15);
    expect(location.nearestKm).toBeLessThan(25);
  });
});

describe('placeEvent: where_prec rules', () => {
  const index = buildDistrictIndex(FIXTURE);
  it('gives district and province for where_prec 1-3', () => {
    for (const wherePrec of [1, 2, 3]) {
      expect(placeEvent(index, wherePrec, 60.5, 30.5)).toMatchObject({ district: 'west', province: 'PK-AA' });
    }
  });
  it('gives only the province of the point for where_prec 4', () => {
    expect(placeEvent(index, 4, 61.5, 30.5)).toMatchObject({
      district: null,
      province: 'PK-BB',
      outside: false,
    });
  });
  it('gives neither for where_prec 5 and 6, without looking the point up', () => {
    for (const wherePrec of [5, 6]) {
      expect(placeEvent(index, wherePrec, 60.5, 30.5)).toEqual({
        district: null,
        province: null,
        snappedKm: null,
        outside: false,
        nearestKm: null,
      });
    }
  });
  it('records snapping and outside points', () => {
    expect(placeEvent(index, 1, 62.02, 30.5)).toMatchObject({
      district: 'east',
      province: 'PK-BB',
      outside: false,
    });
    expect(placeEvent(index, 1, 62.02, 30.5).snappedKm).not.toBeNull();
    expect(placeEvent(index, 4, 62.2, 30.5)).toMatchObject({ district: null, province: null, outside: true });
  });
});

describe('indexed and naive assignment agree', () => {
  it('on random points around the fixture', () => {
    const index = buildDistrictIndex(FIXTURE);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 59, max: 67, noNaN: true }),
            fc.double({ min: 29, max: 32, noNaN: true }),
          ),
        ),
        (points) => {
          expect(assignDistricts(index, points)).toEqual(assignDistrictsNaive(FIXTURE, points));
        },
      ),
    );
  });
});

describe('buildPolygonIndex', () => {
  it('names the feature of a malformed ring', () => {
    const broken = square('broken', 'PK-AA', 0, 0);
    broken.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    let caught: unknown;
    try {
      buildPolygonIndex([square('fine', 'PK-AA', 5, 5), broken]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidPolygonError);
    expect((caught as InvalidPolygonError).where).toEqual({
      feature: 'feature 1 ("broken")',
      part: 0,
      ring: 0,
      position: 3,
    });
    expect((caught as Error).message).toMatch(/^feature 1 \("broken"\), part 0, ring 0, position 3: /);
  });

  it('finds nothing in an empty index', () => {
    expect(findContaining(buildPolygonIndex([]), 0, 0)).toBe(-1);
  });

  it('puts each feature in the tree under the bounding box of its positions', () => {
    const index = buildPolygonIndex(FIXTURE.features);
    // between the two islands: inside the feature's box, in neither part
    expect(index.tree.search(65.7, 30.2, 65.7, 30.2)).toEqual([2]);
    expect(findContaining(index, 65.7, 30.2)).toBe(-1);
    expect(findContaining(index, 66.4, 30.1)).toBe(2);
    expect(index.shapes.map((shape) => shape.bbox)).toEqual([
      [60, 30, 61, 31],
      [61, 30, 62, 31],
      [65, 30, 66.5, 30.5],
    ]);
  });
});

describe('on the committed data', () => {
  it("gives the naive loop's district for every event of data/events.json on data/districts.geojson", () => {
    const read = <T>(name: string) => JSON.parse(readFileSync(join(REPO_ROOT, 'data', name), 'utf8')) as T;
    const events = read<EventTable>('events.json');
    const districts = read<DistrictCollection>('districts.geojson');
    const points = events.columns.lon.map((lon, i): [number, number] => [lon, events.columns.lat[i] ?? NaN]);
    expect(points.length).toBe(events.count);
    const indexed = assignDistricts(buildDistrictIndex(districts), points);
    const naive = assignDistrictsNaive(districts, points);
    expect(indexed.filter((district, i) => district !== naive[i])).toEqual([]);
    expect(indexed).toEqual(naive);
    // most events lie in some district, so the comparison is not between two lists of nulls
    expect(naive.filter((district) => district !== null).length).toBeGreaterThan(events.count * 0.9);
  });
});

describe('on the real 2023 districts', () => {
  const boundaries = loadRawBoundaries(realRawDirs());
  const index = buildDistrictIndex(boundaries.districts);

  it('puts Peshawar city in peshawar and Quetta in quetta', () => {
    expect(locatePoint(index, 71.57849, 34.008)).toEqual({
      kind: 'inside',
      district: 'peshawar',
      province: 'PK-KP',
    });
    expect(locatePoint(index, 67.00141, 30.18414)).toEqual({
      kind: 'inside',
      district: 'quetta',
      province: 'PK-BA',
    });
    expect(locatePoint(index, 70.07117, 33.00059)).toMatchObject({ district: 'north-waziristan' }); // Miran Shah
  });

  it('snaps a point just across the Durand Line at Ghulam Khan to the Pakistani side', () => {
    const location = locatePoint(index, 70.023889, 33.143889);
    expect(location).toMatchObject({ kind: 'snapped', district: 'north-waziristan', province: 'PK-KP' });
  });

  it('reports points well inside Afghanistan or India as outside instead of forcing them in', () => {
    expect(locatePoint(index, 70.4515, 34.4265).kind).toBe('outside'); // Jalalabad
    expect(locatePoint(index, 74.7973, 34.0837).kind).toBe('outside'); // Srinagar
  });

  it('agrees with the naive loop on a grid over the country', () => {
    const points: [number, number][] = [];
    for (let lon = 61; lon <= 77; lon += 0.5)
      for (let lat = 24; lat <= 37; lat += 0.5) points.push([lon, lat]);
    expect(assignDistricts(index, points)).toEqual(assignDistrictsNaive(boundaries.districts, points));
  });
});
