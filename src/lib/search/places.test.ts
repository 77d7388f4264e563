import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { FirstViewData } from '../data/types';
import { prepare, search } from './match';
import { ALIASES, incidentEntries, placeEntries, type IncidentProperties } from './places';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const read = (file: string) => JSON.parse(readFileSync(resolve(REPO, 'data', file), 'utf8'));
const data = {
  provinces: read('provinces.geojson'),
  districts: read('districts.geojson'),
  formerFata: read('former-fata.geojson'),
  durandLine: read('durand-line.geojson'),
  neighbours: read('neighbours.geojson'),
  places: read('places.geojson'),
  routes: read('routes.geojson'),
} as FirstViewData;
const incidents = read('incidents.geojson') as FeatureCollection<Point, IncidentProperties>;
const districtNames = new Map(data.districts.features.map((f) => [f.properties.id, f.properties.name]));
const entries = [...placeEntries(data), ...incidentEntries(incidents, districtNames)];
const index = prepare(entries);

describe('the search index over the shipped data', () => {
  it('holds every district, province, place, corridor and route, each once', () => {
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of data.districts.features) expect(keys).toContain(f.properties.id);
    for (const f of data.provinces.features) expect(keys).toContain(f.properties.id);
    for (const f of data.places.features) expect(keys).toContain(f.properties.id);
    expect(keys).toEqual(
      expect.arrayContaining(['cpec', 'chabahar', 'afghan-transit', 'iran-link', 'kkh', 'n5']),
    );
    expect(keys).toEqual(expect.arrayContaining(['former-fata', 'durand-line']));
    expect(entries.filter((e) => e.kind === 'incident').length).toBeGreaterThan(50);
  });

  it('gives aliases only for ids that exist', () => {
    const keys = new Set(entries.map((e) => e.key));
    expect(Object.keys(ALIASES).filter((id) => !keys.has(id))).toEqual([]);
  });

  it('frames each entry within the region of the map', () => {
    for (const e of entries) {
      const [[w, s], [east, n]] = e.bounds;
      expect(w, e.key).toBeGreaterThan(55);
      expect(east, e.key).toBeLessThan(80);
      expect(s, e.key).toBeGreaterThan(20);
      expect(n, e.key).toBeLessThan(42);
      expect(w <= east && s <= n, e.key).toBe(true);
    }
  });

  it('opens the Dera Ismail Khan district for "D.I. Khan" and the former FATA for "FATA"', () => {
    const [dik] = search(index, 'D.I. Khan');
    expect(dik?.entry).toMatchObject({
      kind: 'district',
      name: 'Dera Ismail Khan',
      select: 'dera-ismail-khan',
    });
    const [[w, s], [e, n]] = (dik?.entry as (typeof entries)[number]).bounds;
    expect(w).toBeLessThan(70.9);
    expect(e).toBeGreaterThan(70.9);
    expect(s).toBeLessThan(31.8);
    expect(n).toBeGreaterThan(31.8);
    expect(search(index, 'FATA')[0]?.entry.select).toBe('former-fata');
    expect(search(index, 'Dera Ismail Khan')[0]?.entry.select).toBe('dera-ismail-khan');
  });

  it('finds an incident by its place and opens its district', () => {
    const first = incidents.features.find((f) => f.properties.district)!;
    const hit = search(index, first.properties.place, 20).find((r) => r.entry.kind === 'incident');
    expect(hit?.entry).toMatchObject({ select: first.properties.district });
    expect(hit?.entry.detail).toMatch(/^Incident, \d{1,2} \w{3} \d{4}/);
  });
});
