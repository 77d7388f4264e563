/** Checks on the committed corridor outputs in data/ against the events and the boundaries (no raw inputs needed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { EventTable } from '../../geo/attacks/types.ts';
import type { PlaceProperties } from '../../geo/boundaries/types.ts';
import { LinesDistance } from '../../geo/corridors/measure.ts';
import type { ExposureFile } from '../../geo/corridors/types.ts';
import { buildEventStore, type EventFilter } from '../../src/lib/data/events.ts';
import type { CorridorLines } from '../../src/lib/corridors/buffer.ts';
import { borderShares, buildExposureIndex, corridorExposure, sum } from '../../src/lib/corridors/exposure.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const load = <T>(name: string): T => JSON.parse(readFileSync(join(DATA, name), 'utf8')) as T;

const table = load<EventTable>('events.json');
const exposureFile = load<ExposureFile>('exposure.json');
const corridorLines = load<CorridorLines>('corridor-lines.geojson');
const durand = load<FeatureCollection<LineString>>('durand-line.geojson').features[0]!;
const places = load<FeatureCollection<Point, PlaceProperties>>('places.geojson');
const ids = (name: string) => load<FeatureCollection>(name).features.map((f) => String(f.properties?.id));
const store = buildEventStore(table, ids('districts.geojson'), ids('provinces.geojson'));
const index = buildExposureIndex(exposureFile, store.count);
const all: EventFilter = { from: store.minYear, to: store.maxYear, categoryMask: 0xff, actorMask: 0xff };

function place(id: string): [number, number] {
  const feature = places.features.find((f) => f.properties.id === id);
  if (feature === undefined) throw new Error(`no place ${id}`);
  return feature.geometry.coordinates as [number, number];
}

describe('distance to the Durand Line of known places', () => {
  const toDurand = new LinesDistance([durand.geometry.coordinates]);
  it.each([
    // Torkham sits on the border; Quetta about 65 km and Peshawar about 45 km from it
    ['xing_torkham', 0, 1],
    ['town_quetta', 55, 75],
    ['town_peshawar', 35, 55],
  ] as const)('%s lies between %d and %d km from the line', (id, min, max) => {
    const km = toDurand.km(place(id));
    expect(km).toBeGreaterThanOrEqual(min);
    expect(km).toBeLessThanOrEqual(max);
    // the drawn line is simplified at 400 m; the place's own durandKm was measured on the full line
    const full = places.features.find((f) => f.properties.id === id)!.properties.durandKm;
    expect(Math.abs(km - full)).toBeLessThan(1);
    expect(Math.abs(km - pointToLineDistance(place(id), durand, { units: 'kilometers' }))).toBeLessThan(0.1);
  });
});

describe('exposure.json', () => {
  it('was built for this event table and lists every corridor group and route that corridor-lines.geojson draws', () => {
    expect(exposureFile.count).toBe(table.count);
    expect(Object.keys(exposureFile.corridors).sort()).toEqual(
      corridorLines.features.map((f) => f.properties.id).sort(),
    );
    const chabahar = corridorLines.features.find((f) => f.properties.id === 'chabahar')!;
    expect(chabahar.geometry.coordinates).toEqual([]);
    expect(index.corridors.get('chabahar')!.rows.length).toBe(0);
  });

  it('leaves out exactly the events without a usable location (where_prec above 3)', () => {
    table.columns.wherePrec.forEach((precision, row) => {
      expect(exposureFile.durandKm[row] === null, `row ${row}`).toBe(precision > 3);
    });
  });

  it('has nested border shares: within 25 ≤ within 50 ≤ within 100 ≤ all located events, every year', () => {
    const shares = borderShares(store, index, all);
    const [w25, w50, w100] = shares.within;
    for (let k = 0; k < shares.located.events.length; k++) {
      for (const key of ['events', 'deaths'] as const) {
        expect(w25![key][k]).toBeLessThanOrEqual(w50![key][k]!);
        expect(w50![key][k]).toBeLessThanOrEqual(w100![key][k]!);
        expect(w100![key][k]).toBeLessThanOrEqual(shares.located[key][k]!);
      }
    }
    expect(sum(shares.located.events) + shares.unlocated.events).toBe(table.count);
    expect(sum(shares.located.deaths) + shares.unlocated.deaths).toBeCloseTo(sum(table.columns.best), 6);
  });

  it.each(['cpec', 'afghan-transit', 'iran-link', 'n10', 'kkh', 'ghulam_khan'])(
    '%s: counts within 50 km equal a brute-force turf distance on a sample of events',
    (corridorId) => {
      const km = 50;
      const feature = corridorLines.features.find((f) => f.properties.id === corridorId)!;
      const parts = feature.geometry.coordinates.map(
        (coordinates) =>
          ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }) as const,
      );
      const listed = new Map<number, number>();
      const corridor = index.corridors.get(corridorId)!;
      corridor.rows.forEach((row, j) => listed.set(row, corridor.km[j]!));
      let inside = 0;
      let expected = 0;
      let checked = 0;
      for (let row = 0; row < store.count; row += 11) {
        if (store.wherePrec[row]! > 3) continue;
        const brute = Math.min(
          ...parts.map((line) => pointToLineDistance([store.lon[row]!, store.lat[row]!], line)),
        );
        // stored distances are rounded to 0.1 km: an event on the edge may fall either side
        if (Math.abs(brute - km) < 0.15) continue;
        checked += 1;
        if (brute <= km) expected += 1;
        const stored = listed.get(row);
        if (stored !== undefined && stored <= km) inside += 1;
        if (brute <= 100) expect(Math.abs((stored ?? Infinity) - brute), `row ${row}`).toBeLessThan(0.1);
      }
      expect(checked).toBeGreaterThan(500);
      expect(inside).toBe(expected);
      // and the browser's one-pass count agrees with the stored rows
      const series = corridorExposure(store, index, corridorId, all, { km });
      expect(series.totalEvents).toBe(corridor.km.filter((d) => d <= km).length);
    },
    60_000,
  );
});
