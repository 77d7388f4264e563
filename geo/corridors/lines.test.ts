import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CorridorId, RouteSegmentProperties } from '../boundaries/types.ts';
import { clipArea } from './clip.ts';
import { buildCorridorLines } from './lines.ts';

const pakistan: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [66, 25],
      [72, 25],
      [72, 32],
      [66, 32],
      [66, 25],
    ],
  ],
};
const area = clipArea([pakistan]);
const options = { maxStepKm: 5, decimals: 4, file: 'data/routes.geojson' };

function segment(
  route: string,
  corridor: CorridorId,
  n: number,
  coordinates: Position[],
  schematic: boolean,
): Feature<LineString, RouteSegmentProperties> {
  return {
    type: 'Feature',
    properties: {
      id: `${route}-${n}`,
      route,
      name: route.toUpperCase(),
      ref: '',
      corridor,
      from: 'a',
      to: 'b',
      waypoints: ['a', 'b'],
      schematic,
      source: 's',
      lengthKm: 0,
    },
    geometry: { type: 'LineString', coordinates },
  };
}

function routesOf(...features: Feature<LineString, RouteSegmentProperties>[]) {
  const all: Record<string, CorridorId> = {
    kkh: 'cpec',
    cpec_west: 'cpec',
    cpec_central_m8: 'cpec',
    n10: 'cpec',
    n5: 'afghan-transit',
    n25: 'afghan-transit',
    af_torkham_kabul: 'afghan-transit',
    ghulam_khan: 'afghan-transit',
    chabahar_route606: 'chabahar',
    af_ring_south: 'chabahar',
    n40: 'iran-link',
  };
  const given = new Set(features.map((f) => f.properties.route));
  // every route needs a segment; the ones a test does not care about sit far outside
  const filler = Object.entries(all)
    .filter(([route]) => !given.has(route))
    .map(([route, corridor]) =>
      segment(
        route,
        corridor,
        1,
        [
          [50, 10],
          [50.1, 10],
        ],
        true,
      ),
    );
  return { type: 'FeatureCollection', features: [...features, ...filler] } as FeatureCollection<
    LineString,
    RouteSegmentProperties
  >;
}

describe('buildCorridorLines', () => {
  it('clips each route to Pakistan, measures its length inside and how much of it is schematic', () => {
    const lines = buildCorridorLines(
      routesOf(
        segment(
          'n40',
          'iran-link',
          1,
          [
            [67, 30],
            [67, 29],
          ],
          false,
        ),
        segment(
          'n40',
          'iran-link',
          2,
          [
            [67, 29],
            [65, 29],
          ],
          true,
        ),
      ),
      area,
      options,
    );
    const n40 = lines.find((f) => f.properties.id === 'n40')!;
    expect(n40.properties.kind).toBe('route');
    expect(n40.properties.lengthKmInPakistan).toBeCloseTo(111.2 + 97.3, 0);
    expect(n40.properties.schematicKmInPakistan).toBeCloseTo(97.3, 0);
    expect(n40.properties.lengthKm).toBeGreaterThan(n40.properties.lengthKmInPakistan);
    // one continuous line, ending on the border, with short steps
    expect(n40.geometry.coordinates).toHaveLength(1);
    expect(n40.geometry.coordinates[0]!.at(-1)).toEqual([66, 29]);
    expect(n40.geometry.coordinates[0]!.length).toBeGreaterThan(40);
    const group = lines.find((f) => f.properties.id === 'iran-link')!;
    expect(group.properties).toMatchObject({ kind: 'corridor', routes: ['n40'] });
    expect(group.geometry.coordinates).toEqual(n40.geometry.coordinates);
  });

  it('leaves out a straight segment between two foreign waypoints even where it cuts across Pakistan', () => {
    const lines = buildCorridorLines(
      routesOf(
        segment(
          'chabahar_route606',
          'chabahar',
          1,
          [
            [65, 26],
            [67, 24],
          ],
          true,
        ),
      ),
      area,
      options,
    );
    const chabahar = lines.find((f) => f.properties.id === 'chabahar')!;
    expect(chabahar.properties.lengthKmInPakistan).toBe(0);
    expect(chabahar.geometry.coordinates).toEqual([]);
  });

  it('lists the four groups first, then the routes', () => {
    const lines = buildCorridorLines(routesOf(), area, options);
    expect(lines.slice(0, 4).map((f) => f.properties.id)).toEqual([
      'cpec',
      'afghan-transit',
      'chabahar',
      'iran-link',
    ]);
    expect(lines).toHaveLength(15);
    expect(lines.find((f) => f.properties.id === 'cpec')!.properties.routes).toEqual([
      'kkh',
      'cpec_west',
      'cpec_central_m8',
      'n10',
    ]);
  });

  it('fails naming the file when a corridor route has no segments', () => {
    const partial = routesOf();
    partial.features = partial.features.filter((f) => f.properties.route !== 'n10');
    expect(() => buildCorridorLines(partial, area, options)).toThrow(/data\/routes\.geojson.*cpec.*n10/);
  });
});
