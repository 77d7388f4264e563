/** Shapes of the files in `data/`: the pipeline's own property types, as it writes them (see data/SOURCES.md). */
import type {
  DistrictProperties,
  PlaceProperties,
  ProvinceProperties,
  RouteSegmentProperties,
} from '../../../geo/boundaries/types';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

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

export type {
  DistrictProperties,
  PlaceKind,
  PlaceProperties,
  ProvinceProperties,
  RouteSegmentProperties,
} from '../../../geo/boundaries/types';
