/**
 * Shapes shared by the attacks stage and the app: the columnar event table written to
 * `data/events.json`, and the minimal boundary shapes this stage needs from the boundaries stage.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;

/** What this stage needs of a district; the boundaries stage adds more properties. */
export interface DistrictShapeProperties {
  id: string;
  name: string;
  /** ISO 3166-2 of the current province */
  province: string;
}

export type DistrictCollection = FeatureCollection<Polygonal, DistrictShapeProperties>;

export interface ProvinceShapeProperties {
  id: string;
  name: string;
}

/** Declared here rather than imported so this stage does not depend on the boundaries stage's code. */
export interface AttacksBoundaries {
  districts: DistrictCollection;
  provinces: FeatureCollection<Polygonal, ProvinceShapeProperties>;
}

export type CategoryId = 'militant' | 'loc' | 'us-strikes' | 'foreign-state' | 'communal';
export type ActorId = 'ttp' | 'baloch' | 'islamic-state' | 'other';

/** A label and one plain sentence, shown in the UI's legend and filters. */
export interface Described<Id extends string = string> {
  id: Id;
  label: string;
  description: string;
}

export interface EventSource {
  id: string;
  name: string;
  version: string;
  licence: string;
  citation: string;
}

/** One array per field, all of length `count`, sorted by date then UCDP id. */
export interface EventColumns {
  /** UCDP GED event id */
  id: number[];
  year: number[];
  /** date_start, YYYY-MM-DD */
  date: string[];
  /** index into EventTable.categories */
  category: number[];
  /** index into EventTable.actors */
  actor: number[];
  /** district id; null when where_prec > 3 or the point is in no district */
  district: (string | null)[];
  /** province ISO 3166-2; null when where_prec > 4 or the point is in no province */
  province: (string | null)[];
  wherePrec: number[];
  datePrec: number[];
  best: number[];
  low: number[];
  high: number[];
  lon: number[];
  lat: number[];
}

/** The content of `data/events.json`. */
export interface EventTable {
  schema: 1;
  source: EventSource;
  categories: Described<CategoryId>[];
  actors: Described<ActorId>[];
  count: number;
  columns: EventColumns;
}

/** Per-event text loaded lazily by the detail panel: `data/event-details.json` maps UCDP id to this. */
export interface EventDetail {
  sideA: string;
  sideB: string;
  dyad: string;
  typeOfViolence: number;
  headline: string;
  office: string;
  sourceDate: string;
  article: string;
  where: string;
  adm1: string;
  adm2: string;
  dateEnd: string;
  deathsCivilians: number;
  /** UCDP writes -1 when unknown */
  numberOfSources: number;
  /** km to the district the point was snapped to, when it lay just outside every district */
  snappedKm?: number;
}
