/**
 * Resolves any region id the app uses (district slug, ISO province, place id, route id, corridor group,
 * `former-fata`, `durand-line`, `PK`) to what the panel needs to show it.
 */
import { CORRIDORS } from '../overlays/registry';
import type { FirstViewData, DistrictProperties, PlaceProperties } from './types';

export type Region =
  | { kind: 'district'; id: string; name: string; district: DistrictProperties; provinceName: string }
  | { kind: 'province'; id: string; name: string }
  | { kind: 'former-fata'; id: string; name: string }
  | { kind: 'durand-line'; id: string; name: string; status: string; lengthKm: number }
  | { kind: 'place'; id: string; name: string; place: PlaceProperties }
  | {
      kind: 'route';
      id: string;
      name: string;
      corridor: string;
      schematicKm: number;
      realKm: number;
      waypoints: string[];
    }
  | { kind: 'corridor'; id: string; name: string; routes: string[] }
  | { kind: 'country'; id: string; name: string }
  | { kind: 'sources'; id: string; name: string }
  | { kind: 'neighbour'; id: string; name: string; country: string | null; countryName: string | null };

export interface RegionIndex {
  get(id: string): Region | undefined;
  districtsOf(provinceId: string): DistrictProperties[];
  placeName(id: string): string;
}

export function indexRegions(data: FirstViewData): RegionIndex {
  const regions = new Map<string, Region>();
  const provinceNames = new Map(data.provinces.features.map((f) => [f.properties.id, f.properties.name]));
  for (const f of data.provinces.features) {
    regions.set(f.properties.id, { kind: 'province', id: f.properties.id, name: f.properties.name });
  }
  const districtsByProvince = new Map<string, DistrictProperties[]>();
  for (const { properties: d } of data.districts.features) {
    regions.set(d.id, {
      kind: 'district',
      id: d.id,
      name: d.name,
      district: d,
      provinceName: provinceNames.get(d.province) ?? d.province,
    });
    const list = districtsByProvince.get(d.province) ?? [];
    list.push(d);
    districtsByProvince.set(d.province, list);
  }
  for (const { properties: p } of data.places.features) {
    regions.set(p.id, { kind: 'place', id: p.id, name: p.name, place: p });
  }
  const routes = new Map<
    string,
    { name: string; corridor: string; schematicKm: number; realKm: number; waypoints: string[] }
  >();
  for (const { properties: s } of data.routes.features) {
    const route = routes.get(s.route) ?? {
      name: s.name,
      corridor: s.corridor,
      schematicKm: 0,
      realKm: 0,
      waypoints: s.waypoints,
    };
    if (s.schematic) route.schematicKm += s.lengthKm;
    else route.realKm += s.lengthKm;
    routes.set(s.route, route);
  }
  for (const [id, route] of routes) regions.set(id, { kind: 'route', id, ...route });
  for (const { id, name } of CORRIDORS) {
    const members = [...routes].filter(([, r]) => r.corridor === id).map(([routeId]) => routeId);
    regions.set(id, { kind: 'corridor', id, name, routes: members });
  }
  regions.set('former-fata', {
    kind: 'former-fata',
    id: 'former-fata',
    name: 'Former Federally Administered Tribal Areas (FATA)',
  });
  const durand = data.durandLine.features[0]?.properties;
  if (durand) {
    regions.set('durand-line', {
      kind: 'durand-line',
      id: 'durand-line',
      name: 'Durand Line',
      status: durand.status,
      lengthKm: durand.lengthKm,
    });
  }
  regions.set('PK', { kind: 'country', id: 'PK', name: 'Pakistan' });
  // Neighbouring countries and provinces, for what the cited articles say about them.
  const countryNames = new Map(
    data.neighbours.features
      .filter((f) => f.properties.kind === 'country')
      .map((f) => [f.properties.id, f.properties.name]),
  );
  for (const { properties: n } of data.neighbours.features) {
    if (n.kind !== 'country' && n.kind !== 'province') continue;
    const country = n.kind === 'province' ? (n.country ?? null) : null;
    regions.set(n.id, {
      kind: 'neighbour',
      id: n.id,
      name: n.name,
      country,
      countryName: country ? (countryNames.get(country) ?? country) : null,
    });
  }
  regions.set('sources', { kind: 'sources', id: 'sources', name: 'Sources and licences' });
  const placeNames = new Map(data.places.features.map((f) => [f.properties.id, f.properties.name]));
  return {
    get: (id) => regions.get(id),
    districtsOf: (provinceId) => districtsByProvince.get(provinceId) ?? [],
    placeName: (id) => placeNames.get(id) ?? id,
  };
}
