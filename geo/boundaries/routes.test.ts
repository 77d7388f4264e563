import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildRouteSegments, parseRealRoads, parseWaypointRoutes, type WaypointRoute } from './routes.ts';
import { haversineKm } from './geometry.ts';

const waypoints = new Map<string, Position>([
  ['a', [70, 30]],
  ['b', [70.5, 30]],
  ['c', [71, 30.5]],
]);
const route: WaypointRoute = { id: 'n5', name: 'Test road', ref: 'N-5', waypoints: ['a', 'b', 'c'] };
const options = { snapKm: 3, simplifyTolerance: 0, decimals: 4, schematicSource: 'straight line' };
// a real road from a to b that bends 1 km north, running from b back to a to check orientation
const realRoads = parseRealRoads(
  {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { key: 'piece', kind: 'real', source: 'test survey' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [70.51, 30.001],
            [70.25, 30.01],
            [69.99, 30.001],
          ],
        },
      },
    ],
  },
  'roads_real_test.geojson',
);

describe('buildRouteSegments', () => {
  it('draws straight schematic segments when there is no real geometry', () => {
    const { segments, summaries } = buildRouteSegments([route], waypoints, [], options, {
      routes: 'routes.geojson',
    });
    expect(segments.features.map((f) => f.properties.id)).toEqual(['n5-1', 'n5-2']);
    expect(segments.features[0]!.geometry.coordinates).toEqual([
      [70, 30],
      [70.5, 30],
    ]);
    expect(segments.features.every((f) => f.properties.schematic)).toBe(true);
    expect(segments.features[1]!.properties).toMatchObject({
      from: 'b',
      to: 'c',
      corridor: 'afghan-transit',
      waypoints: ['a', 'b', 'c'],
    });
    expect(summaries[0]!.realKm).toBe(0);
  });

  it('follows a real line between its nearest points, oriented from -> to, and joins the next straight segment to it', () => {
    const { segments, summaries } = buildRouteSegments([route], waypoints, realRoads, options, {
      routes: 'routes.geojson',
    });
    const [real, straight] = segments.features;
    expect(real!.properties.schematic).toBe(false);
    expect(real!.properties.source).toBe('test survey');
    const coords = real!.geometry.coordinates;
    expect(haversineKm(coords[0]!, [70, 30])).toBeLessThan(3);
    expect(haversineKm(coords[coords.length - 1]!, [70.5, 30])).toBeLessThan(3);
    expect(coords.some((p) => p[1] === 30.01)).toBe(true);
    expect(straight!.properties.schematic).toBe(true);
    expect(straight!.geometry.coordinates[0]).toEqual(coords[coords.length - 1]);
    expect(summaries[0]!.realKm).toBeGreaterThan(40);
  });

  it('follows a real line that bypasses a town, records the bypass and joins the segments without gaps', () => {
    // a coastal road 0.06° (about 6.7 km) south of the middle waypoint b, passing close to a and c
    const coast = parseRealRoads(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { key: 'coast', kind: 'real', source: 'coast survey' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [69.99, 30],
                [70.3, 29.94],
                [70.7, 29.94],
                [71.01, 30.5],
              ],
            },
          },
        ],
      },
      'roads_real_coast.geojson',
    );
    const { segments, summaries } = buildRouteSegments([route], waypoints, coast, options, {
      routes: 'routes.geojson',
    });
    const [first, second] = segments.features;
    expect(first!.properties.schematic).toBe(false);
    expect(second!.properties.schematic).toBe(false);
    expect(second!.geometry.coordinates[0]).toEqual(first!.geometry.coordinates.at(-1));
    const [aKm, bKm, cKm] = first!.properties.waypointKm;
    expect(aKm).toBeLessThan(3);
    expect(bKm).toBeGreaterThan(6);
    expect(bKm).toBeLessThan(7);
    expect(cKm).toBeLessThan(3);
    expect(second!.properties.waypointKm).toEqual(first!.properties.waypointKm);
    expect(summaries[0]!.realKm).toBeCloseTo(summaries[0]!.lengthKm, 6);
  });

  it('keeps the 3 km rule where the bypass tolerance is lowered to it', () => {
    const coast = parseRealRoads(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { key: 'coast', kind: 'real', source: 'coast survey' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [69.99, 30],
                [70.5, 29.94],
              ],
            },
          },
        ],
      },
      'roads_real_coast.geojson',
    );
    const { segments } = buildRouteSegments(
      [route],
      waypoints,
      coast,
      { ...options, bypassKm: 3 },
      {
        routes: 'routes.geojson',
      },
    );
    expect(segments.features.every((f) => f.properties.schematic)).toBe(true);
  });

  it('routes a straight segment through a waypoint its real neighbour bypasses', () => {
    const bypassing = parseRealRoads(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { key: 'inland', kind: 'real', source: 'inland survey' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [69.99, 30],
                [70.5, 29.94],
              ],
            },
          },
        ],
      },
      'roads_real_inland.geojson',
    );
    const { segments } = buildRouteSegments([route], waypoints, bypassing, options, {
      routes: 'routes.geojson',
    });
    const [real, straight] = segments.features;
    expect(real!.properties.schematic).toBe(false);
    expect(straight!.properties.schematic).toBe(true);
    // no gap: the straight segment starts where the real slice ends, then goes through b
    expect(straight!.geometry.coordinates[0]).toEqual(real!.geometry.coordinates.at(-1));
    expect(straight!.geometry.coordinates[1]).toEqual([70.5, 30]);
    expect(real!.properties.waypointKm[1]).toBe(0);
  });

  it('does not let a road ending near a short segment stand in for it', () => {
    const close = new Map<string, Position>([
      ['a', [70, 30]],
      ['b', [70.04, 30]],
    ]);
    // passes 5.5 km from a and 1 km from b, while a and b are only 3.9 km apart
    const passing = parseRealRoads(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { key: 'near', kind: 'real', source: 's' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [70.05, 29.95],
                [70.05, 30.05],
              ],
            },
          },
        ],
      },
      'roads_real_near.geojson',
    );
    const { segments } = buildRouteSegments([{ ...route, waypoints: ['a', 'b'] }], close, passing, options, {
      routes: 'routes.geojson',
    });
    expect(segments.features[0]!.properties.schematic).toBe(true);
  });

  it('ignores real lines tagged for other routes', () => {
    const tagged = realRoads.map((road) => ({ ...road, routes: ['kkh'] }));
    const { segments } = buildRouteSegments([route], waypoints, tagged, options, {
      routes: 'routes.geojson',
    });
    expect(segments.features.every((f) => f.properties.schematic)).toBe(true);
  });

  it('fails naming the route when a waypoint is unknown', () => {
    const broken = { ...route, waypoints: ['a', 'nowhere'] };
    expect(() => buildRouteSegments([broken], waypoints, [], options, { routes: 'routes.geojson' })).toThrow(
      /routes\.geojson \(feature n5, field "waypoints"\).*nowhere/,
    );
  });

  it('fails on a route that belongs to no corridor group', () => {
    expect(() =>
      buildRouteSegments([{ ...route, id: 'm2' }], waypoints, [], options, { routes: 'routes.geojson' }),
    ).toThrow(/m2/);
  });
});

describe('parsers', () => {
  it('reads waypoint lists and an empty ref', () => {
    const routes = parseWaypointRoutes(
      {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { id: 'x', name: 'X', ref: null, waypoints: 'a > b' },
            geometry: null,
          },
        ],
      },
      'r.geojson',
    );
    expect(routes).toEqual([{ id: 'x', name: 'X', ref: '', waypoints: ['a', 'b'] }]);
  });

  it('refuses schematic lines among the real roads', () => {
    const schematic = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { key: 's1', kind: 'schematic', source: 'x' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
      ],
    };
    expect(() => parseRealRoads(schematic, 'roads_real_x.geojson')).toThrow(
      /roads_real_x\.geojson \(feature s1, field "kind"\)/,
    );
  });

  it('reads route tags as a list or a comma-separated string', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { key: 'k', kind: 'real', source: 's', routes: 'n5, n25' },
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
              [
                [2, 2],
                [3, 3],
              ],
            ],
          },
        },
      ],
    };
    const roads = parseRealRoads(fc, 'f.geojson');
    expect(roads.map((r) => [r.key, r.routes])).toEqual([
      ['k#0', ['n5', 'n25']],
      ['k#1', ['n5', 'n25']],
    ]);
  });
});
