import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CORRIDORS } from '../overlays/registry';
import { indexRegions } from './regions';
import type { FirstViewData } from './types';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [70, 33],
      [71, 33],
      [71, 34],
      [70, 33],
    ],
  ],
};
const line: Geometry = {
  type: 'LineString',
  coordinates: [
    [70, 33],
    [71, 34],
  ],
};

function collection<P>(geometry: Geometry, properties: P[]): FeatureCollection<never, P> {
  return {
    type: 'FeatureCollection',
    features: properties.map((p) => ({ type: 'Feature', geometry, properties: p }) as Feature<never, P>),
  };
}

const segment = (route: string, corridor: string, schematic: boolean, lengthKm: number) => ({
  id: `${route}-${lengthKm}`,
  route,
  name: `Route ${route}`,
  corridor,
  schematic,
  lengthKm,
  waypoints: ['port_gwadar', 'town_quetta'],
});

const data = {
  provinces: collection(square, [
    { id: 'PK-KP', name: 'Khyber Pakhtunkhwa', areaKm2Geometry: 1 },
    { id: 'PK-BA', name: 'Balochistan', areaKm2Geometry: 1 },
  ]),
  districts: collection(square, [
    { id: 'kurram', name: 'Kurram', province: 'PK-KP', formerFata: true, areaKm2Geometry: 1, durandKm: 0 },
    {
      id: 'peshawar',
      name: 'Peshawar',
      province: 'PK-KP',
      formerFata: false,
      areaKm2Geometry: 1,
      durandKm: 30,
    },
    { id: 'quetta', name: 'Quetta', province: 'PK-BA', formerFata: false, areaKm2Geometry: 1, durandKm: 40 },
    { id: 'lost', name: 'Lost', province: 'PK-XX', formerFata: false, areaKm2Geometry: 1, durandKm: 9 },
  ]),
  formerFata: collection(square, []),
  durandLine: collection(line, [
    { id: 'durand-line', name: 'Durand Line', status: 'de facto', lengthKm: 2640 },
  ]),
  neighbours: collection(square, [
    { id: 'AF', name: 'Afghanistan', kind: 'country' },
    { id: 'AF-KDH', name: 'Kandahar', kind: 'province', country: 'AF' },
    { id: 'IR-SB', name: 'Sistan and Baluchestan', kind: 'province', country: 'IR' },
    { id: 'loc', name: 'Line of Control', kind: 'ceasefire-line' },
  ]),
  places: collection(line, [{ id: 'port_gwadar', name: 'Gwadar Port', kind: 'seaport' }]),
  routes: collection(line, [
    segment('n10', 'cpec', false, 100),
    segment('n10', 'cpec', true, 20.5),
    segment('n10', 'cpec', false, 50),
    segment('n40', 'iran-link', true, 600),
  ]),
} as unknown as FirstViewData;

const regions = indexRegions(data);

describe('indexRegions', () => {
  it('resolves a district with its province name, and keeps an unknown province id as it is', () => {
    expect(regions.get('kurram')).toMatchObject({
      kind: 'district',
      name: 'Kurram',
      provinceName: 'Khyber Pakhtunkhwa',
      district: { formerFata: true },
    });
    expect(regions.get('lost')).toMatchObject({ kind: 'district', provinceName: 'PK-XX' });
    expect(regions.get('PK-BA')).toEqual({ kind: 'province', id: 'PK-BA', name: 'Balochistan' });
  });

  it('lists a province’s districts in data order, and none for an unknown province', () => {
    expect(regions.districtsOf('PK-KP').map((d) => d.id)).toEqual(['kurram', 'peshawar']);
    expect(regions.districtsOf('PK-GB')).toEqual([]);
  });

  it('adds up each route’s real and schematic length from its segments', () => {
    expect(regions.get('n10')).toMatchObject({
      kind: 'route',
      name: 'Route n10',
      corridor: 'cpec',
      realKm: 150,
      schematicKm: 20.5,
      waypoints: ['port_gwadar', 'town_quetta'],
    });
    expect(regions.get('n40')).toMatchObject({ realKm: 0, schematicKm: 600 });
  });

  it('has one region per registered corridor, named as in the registry, with its routes', () => {
    for (const corridor of CORRIDORS) {
      expect(regions.get(corridor.id)).toMatchObject({ kind: 'corridor', name: corridor.name });
    }
    expect(regions.get('cpec')).toMatchObject({ routes: ['n10'] });
    expect(regions.get('iran-link')).toMatchObject({ routes: ['n40'] });
    expect(regions.get('chabahar')).toMatchObject({ routes: [] });
  });

  it('resolves the fixed regions: former FATA, the Durand Line, Pakistan and the sources', () => {
    expect(regions.get('former-fata')?.kind).toBe('former-fata');
    expect(regions.get('durand-line')).toMatchObject({ status: 'de facto', lengthKm: 2640 });
    expect(regions.get('PK')).toMatchObject({ kind: 'country', name: 'Pakistan' });
    expect(regions.get('sources')?.kind).toBe('sources');
  });

  it('resolves neighbouring countries and provinces with their country’s name, but not the ceasefire line', () => {
    expect(regions.get('AF')).toMatchObject({ kind: 'neighbour', country: null, countryName: null });
    expect(regions.get('AF-KDH')).toMatchObject({ country: 'AF', countryName: 'Afghanistan' });
    // a province whose country is not in the data keeps the country's id
    expect(regions.get('IR-SB')).toMatchObject({ country: 'IR', countryName: 'IR' });
    expect(regions.get('loc')).toBeUndefined();
  });

  it('names places, falling back to the id, and knows nothing of unknown ids', () => {
    expect(regions.get('port_gwadar')).toMatchObject({ kind: 'place', name: 'Gwadar Port' });
    expect(regions.placeName('port_gwadar')).toBe('Gwadar Port');
    expect(regions.placeName('town_nowhere')).toBe('town_nowhere');
    expect(regions.get('nowhere')).toBeUndefined();
  });

  it('has no Durand Line region when the file has no feature', () => {
    const without = indexRegions({ ...data, durandLine: collection(line, []) } as unknown as FirstViewData);
    expect(without.get('durand-line')).toBeUndefined();
  });
});
