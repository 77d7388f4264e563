/** Properties of the features the boundaries stage writes to `data/` and hands to later stages. */

export interface DistrictProperties {
  /** slugify(2023-census district name) */
  id: string;
  name: string;
  /** ISO 3166-2 of the current province or territory */
  province: string;
  /** one of the seven agencies of FATA before the 31 May 2018 merger */
  formerFata: boolean;
  /** absent (not 0) where the census has no row: AJK and GB */
  population2023?: number;
  /** PBS published area; absent where the census has no row */
  areaKm2?: number;
  /** measured on the full-resolution OpenStreetMap polygon */
  areaKm2Geometry: number;
  /** distance from the polygon to the Durand Line; 0 where they touch */
  durandKm: number;
}

export interface ProvinceProperties {
  /** ISO 3166-2 */
  id: string;
  name: string;
  /** PBS 2023 census province total; absent for AJK and GB */
  population2023?: number;
  /** PBS 2023 published province area; absent for AJK and GB */
  areaKm2Published?: number;
  areaKm2Geometry: number;
}

export type PlaceKind = 'seaport' | 'border-crossing' | 'dry-port' | 'city' | 'capital' | 'town';

export interface PlaceProperties {
  /** the raw point id, as it is */
  id: string;
  name: string;
  /** the name without the raw table's parenthetical notes, for map labels */
  shortName: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 as in the raw table; "PK/AF" for a crossing between two countries */
  country: string;
  /** province id (ISO 3166-2) or country (ISO3) whose seat this is */
  capitalOf?: string;
  source: string;
  /** the position is estimated, not surveyed */
  approximate: boolean;
  durandKm: number;
  /** worth a label at the first view */
  label: boolean;
}

export interface RouteSegmentProperties {
  /** `<route>-<n>`, n from 1 along the route */
  id: string;
  route: string;
  name: string;
  ref: string;
  corridor: CorridorId;
  from: string;
  to: string;
  waypoints: string[];
  /** true: straight line between waypoints; false: follows real road geometry */
  schematic: boolean;
  source: string;
  lengthKm: number;
}

export type CorridorId = 'cpec' | 'afghan-transit' | 'chabahar' | 'iran-link';

export type FormerFataProperties =
  | {
      kind: 'agency';
      id: string;
      name: string;
      agency: string;
      includes: string;
      source: string;
      lineage: string;
      areaKm2Geometry: number;
      areaKm2Published?: number;
    }
  | {
      kind: 'fata-outline';
      id: 'former-fata';
      name: string;
      includes: string;
      source: string;
      lineage: string;
      areaKm2Geometry: number;
    };

export type NeighbourProperties =
  | { kind: 'country'; id: string; name: string; source: string; note?: string }
  | { kind: 'disputed-area'; id: string; name: string; source: string; note: string }
  | { kind: 'province'; id: string; name: string; country: string; source: string }
  | { kind: 'ceasefire-line'; id: 'line-of-control'; name: string; source: string; note: string };

export interface DurandLineProperties {
  id: 'durand-line';
  name: string;
  status: string;
  /** measured on the full-resolution OpenStreetMap-derived line */
  lengthKm: number;
  /** measured on the simplified line as drawn */
  lengthKmDrawn: number;
  source: string;
}
