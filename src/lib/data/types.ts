/** What the first view draws: the contracts' own types (src/lib/contracts/), one per file. */
import type { DataOf } from '../contracts/manifest';

export interface FirstViewData {
  provinces: DataOf<'provinces.geojson'>;
  districts: DataOf<'districts.geojson'>;
  formerFata: DataOf<'former-fata.geojson'>;
  durandLine: DataOf<'durand-line.geojson'>;
  neighbours: DataOf<'neighbours.geojson'>;
  places: DataOf<'places.geojson'>;
  routes: DataOf<'routes.geojson'>;
}

export type { DistrictProperties } from '../contracts/districts';
export type { ProvinceProperties } from '../contracts/provinces';
export type { PlaceKind, PlaceProperties } from '../contracts/places';
export type { RouteSegmentProperties } from '../contracts/routes';
export type { FormerFataProperties } from '../contracts/former-fata';
export type { DurandLineProperties } from '../contracts/durand-line';
export type { NeighbourProperties } from '../contracts/neighbours';
