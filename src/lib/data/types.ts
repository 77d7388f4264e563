/** Shapes of the files in `data/`, as the pipeline writes them (see data/SOURCES.md). */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export interface ProvinceProperties {
  id: string;
  name: string;
  areaKm2Published?: number;
}

export interface DistrictProperties {
  id: string;
  name: string;
  province: string;
  formerFata: boolean;
  population2023?: number;
  areaKm2?: number;
  areaKm2Geometry?: number;
  durandKm?: number;
}

export interface FormerFataProperties {
  id: string;
  name: string;
  kind: string;
  includes?: string;
  source?: string;
  lineage?: string;
  agency?: string;
}

export interface DurandLineProperties {
  id: string;
  name: string;
  status: string;
  lengthKm: number;
}

export interface NeighbourProperties {
  id: string;
  name: string;
  kind: 'country' | 'province' | 'ceasefire-line' | string;
  country?: string;
  note?: string;
}

export type PlaceKind = 'seaport' | 'border-crossing' | 'dry-port' | 'city' | 'capital' | 'town';

export interface PlaceProperties {
  id: string;
  name: string;
  shortName?: string;
  kind: PlaceKind;
  country: string;
  source: string;
  approximate: boolean;
  durandKm?: number;
  label: boolean;
}

export interface RouteSegmentProperties {
  id: string;
  route: string;
  name: string;
  ref?: string;
  corridor: string;
  from: string;
  to: string;
  waypoints: string[];
  schematic: boolean;
  source: string;
  lengthKm: number;
}

export type Polygonal = Polygon | MultiPolygon;

export interface FirstViewData {
  provinces: FeatureCollection<Polygonal, ProvinceProperties>;
  districts: FeatureCollection<Polygonal, DistrictProperties>;
  formerFata: FeatureCollection<Polygonal, FormerFataProperties>;
  durandLine: FeatureCollection<LineString, DurandLineProperties>;
  neighbours: FeatureCollection<Polygonal | LineString | MultiLineString, NeighbourProperties>;
  places: FeatureCollection<Point, PlaceProperties>;
  routes: FeatureCollection<LineString, RouteSegmentProperties>;
}
