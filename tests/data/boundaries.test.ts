/** Checks on the committed boundary outputs in data/ (no raw inputs needed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, bbox, booleanValid, intersect, length, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type {
  DistrictProperties,
  DurandLineProperties,
  FormerFataProperties,
  PlaceProperties,
  ProvinceProperties,
  RouteSegmentProperties,
} from '../../geo/boundaries/types.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const load = <G extends Geometry, P>(name: string): FeatureCollection<G, P> =>
  JSON.parse(readFileSync(join(DATA, name), 'utf8')) as FeatureCollection<G, P>;

const districts = load<Polygon | MultiPolygon, DistrictProperties>('districts.geojson');
const provinces = load<Polygon | MultiPolygon, ProvinceProperties>('provinces.geojson');
const durand = load<LineString, DurandLineProperties>('durand-line.geojson');
const formerFata = load<Polygon | MultiPolygon, FormerFataProperties>('former-fata.geojson');
const places = load<Geometry, PlaceProperties>('places.geojson');
const routes = load<LineString, RouteSegmentProperties>('routes.geojson');
const neighbours = load<Geometry, { id: string; kind: string }>('neighbours.geojson');

const km2 = (f: Feature<Polygon | MultiPolygon>): number => area(f) / 1e6;

describe('districts and provinces', () => {
  it('has the 156 districts, 136 of them with census figures and the 20 AJK/GB ones without', () => {
    expect(districts.features).toHaveLength(156);
    const withCensus = districts.features.filter((f) => f.properties.population2023 !== undefined);
    expect(withCensus).toHaveLength(136);
    for (const f of districts.features.filter(
      (d) => d.properties.province === 'PK-JK' || d.properties.province === 'PK-GB',
    )) {
      expect(f.properties).not.toHaveProperty('population2023');
      expect(f.properties).not.toHaveProperty('areaKm2');
    }
  });

  it.each(['PK-KP', 'PK-BA', 'PK-PB'])(
    '%s: districts sum within 1 percent of the published province area',
    (id) => {
      const province = provinces.features.find((f) => f.properties.id === id)!;
      const published = province.properties.areaKm2Published!;
      const sum = districts.features
        .filter((f) => f.properties.province === id)
        .reduce((s, f) => s + km2(f), 0);
      expect(Math.abs(sum - published) / published).toBeLessThan(0.01);
    },
  );

  it('the seven former agencies are within 3% of the sum of their published areas', () => {
    const agencies = districts.features.filter((f) => f.properties.formerFata);
    expect(agencies).toHaveLength(7);
    const published = agencies.reduce((s, f) => s + f.properties.areaKm2!, 0);
    const measured = agencies.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(measured - published) / published).toBeLessThan(0.03);
  });

  it('no two districts overlap beyond a sliver (< 1 km² per pair)', () => {
    const boxes = districts.features.map((f) => bbox(f));
    for (let i = 0; i < districts.features.length; i++) {
      for (let j = i + 1; j < districts.features.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
        const overlap = intersect({
          type: 'FeatureCollection',
          features: [districts.features[i]!, districts.features[j]!],
        });
        const overlapKm2 = overlap === null ? 0 : area(overlap) / 1e6;
        expect(
          overlapKm2,
          `${districts.features[i]!.properties.id} / ${districts.features[j]!.properties.id}`,
        ).toBeLessThan(1);
      }
    }
  }, 120_000);

  it('all polygons are valid', () => {
    for (const f of [...districts.features, ...provinces.features, ...formerFata.features]) {
      expect(booleanValid(f), String(f.properties.id)).toBe(true);
    }
  });
});

describe('Durand Line', () => {
  const line = durand.features[0]!;

  it('is one line of a sane length', () => {
    expect(durand.features).toHaveLength(1);
    const km = length(line);
    // 2,706 km at full resolution; simplification shortens it a little
    expect(km).toBeGreaterThan(2400);
    expect(km).toBeLessThanOrEqual(2710);
    expect(line.properties.lengthKm).toBeCloseTo(2706, -1);
  });

  it('lies on district edges: every vertex is a district vertex', () => {
    const vertices = new Set<string>();
    for (const f of districts.features) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) for (const p of ring) vertices.add(`${p[0]},${p[1]}`);
    }
    const off = line.geometry.coordinates.filter((p) => !vertices.has(`${p[0]},${p[1]}`));
    expect(off).toEqual([]);
  });
});

describe('places and routes', () => {
  it('every route passes through its waypoints where it is schematic, and within the 10 km bypass tolerance where it follows a real road', () => {
    const position = new Map(places.features.map((f) => [f.properties.id, f.geometry]));
    const byRoute = new Map<string, typeof routes.features>();
    for (const f of routes.features)
      byRoute.set(f.properties.route, [...(byRoute.get(f.properties.route) ?? []), f]);
    for (const [route, segments] of byRoute) {
      const { waypoints, waypointKm } = segments[0]!.properties as RouteSegmentProperties & {
        waypointKm: number[];
      };
      expect(segments).toHaveLength(waypoints.length - 1);
      expect(waypointKm, route).toHaveLength(waypoints.length);
      waypoints.forEach((id, k) => {
        const geometry = position.get(id);
        expect(geometry?.type, id).toBe('Point');
        const adjacent = [segments[k - 1], segments[k]].filter((s) => s !== undefined);
        const nearest = Math.min(
          ...adjacent.map(
            (s) =>
              nearestPointOnLine(s, point((geometry as { coordinates: number[] }).coordinates)).properties
                .dist,
          ),
        );
        const followsRealRoad = adjacent.every((s) => !s.properties.schematic);
        expect(nearest, `${route} ${id}`).toBeLessThan(followsRealRoad ? 10 : 3);
        expect(waypointKm[k], `${route} ${id} recorded`).toBeCloseTo(nearest, 1);
      });
      // consecutive segments join without gaps
      for (let i = 1; i < segments.length; i++) {
        expect(segments[i]!.geometry.coordinates[0], `${route} ${i}`).toEqual(
          segments[i - 1]!.geometry.coordinates.at(-1),
        );
      }
    }
  });

  it('the N-10 follows the real coastal highway, bypassing Ormara and Pasni inland', () => {
    const n10 = routes.features.filter((f) => f.properties.route === 'n10');
    const real = n10.filter((f) => !f.properties.schematic).reduce((sum, f) => sum + length(f), 0);
    const total = n10.reduce((sum, f) => sum + length(f), 0);
    expect(real / total).toBeGreaterThan(0.85);
    const { waypoints, waypointKm } = n10[0]!.properties as RouteSegmentProperties & { waypointKm: number[] };
    expect(waypointKm[waypoints.indexOf('town_ormara')]).toBeGreaterThan(5);
    expect(waypointKm[waypoints.indexOf('town_pasni')]).toBeGreaterThan(8);
    expect(waypointKm[waypoints.indexOf('town_pasni')]).toBeLessThan(10);
  });

  it('has the ports and crossings', () => {
    const ids = new Set(places.features.map((f) => f.properties.id));
    for (const id of [
      'port_gwadar',
      'port_karachi',
      'port_qasim',
      'port_chabahar',
      'xing_torkham',
      'xing_chaman_gate',
      'xing_ghulam_khan',
      'xing_angoor_adda',
      'xing_kharlachi',
      'xing_taftan',
      'xing_khunjerab',
      'xing_milak',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('ids', () => {
  it.each([
    ['districts', districts],
    ['provinces', provinces],
    ['former-fata', formerFata],
    ['places', places],
    ['routes', routes],
    ['neighbours', neighbours],
  ] as const)('%s ids are unique', (_name, fc) => {
    const ids = (fc.features as Feature[]).map((f) => String(f.properties?.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
