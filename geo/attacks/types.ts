/**
 * Shapes of the attacks stage: the minimal boundary shapes it needs from the boundaries stage, and the
 * shapes of what it writes, each declared once as the file's contract in src/lib/contracts/.
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

export type {
  ActorId,
  CategoryId,
  Described,
  EventColumns,
  EventTable,
} from '../../src/lib/contracts/events.ts';
export type { EventDetail } from '../../src/lib/contracts/event-details.ts';
export type EventSource = import('../../src/lib/contracts/events.ts').EventTable['source'];
