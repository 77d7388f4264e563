/**
 * Point -> district by coordinates: a flatbush index over polygon bounding boxes narrows 156 districts
 * to the few whose box holds the point, then an exact point-in-polygon test decides (the banded test
 * of point-in-polygon.ts, which answers as turf's `booleanPointInPolygon` does, boundary included).
 * UCDP's own adm_1/adm_2 labels are never used: they are gazetteer names of other vintages.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature } from 'geojson';
import { InvalidPolygonError, PointInPolygon } from './point-in-polygon.ts';
import type { DistrictCollection, DistrictShapeProperties, Polygonal } from './types.ts';

/** Points this close to a district (on the coast, on a border drawn slightly differently) are snapped to it. */
export const SNAP_KM = 5;

const KM_PER_DEGREE_LAT = 111.32;

export interface PolygonIndex<P> {
  tree: Flatbush;
  features: readonly Feature<Polygonal, P>[];
  /** the point-in-polygon test of each feature, in the same order */
  shapes: readonly PointInPolygon[];
}

function featureLabel(feature: Feature<Polygonal, unknown>, i: number): string {
  const id = (feature.properties as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `feature ${i} ("${id}")` : `feature ${i}`;
}

/** @throws InvalidPolygonError naming the feature, part, ring and position of a malformed ring */
export function buildPolygonIndex<P>(features: readonly Feature<Polygonal, P>[]): PolygonIndex<P> {
  const shapes = features.map((feature, i) => {
    try {
      return new PointInPolygon(feature.geometry);
    } catch (error) {
      if (error instanceof InvalidPolygonError)
        throw new InvalidPolygonError(error.detail, { ...error.where, feature: featureLabel(feature, i) });
      throw error;
    }
  });
  const tree = new Flatbush(Math.max(features.length, 1));
  for (const [minX, minY, maxX, maxY] of shapes.map((shape) => shape.bbox)) tree.add(minX, minY, maxX, maxY);
  // flatbush refuses to finish an empty index; a zero-size placeholder box matches nothing real
  if (features.length === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return { tree, features, shapes };
}

/** Index of the first feature containing the point (boundary included), or -1. */
export function findContaining<P>(index: PolygonIndex<P>, lon: number, lat: number): number {
  const candidates = index.tree.search(lon, lat, lon, lat).sort((a, b) => a - b);
  for (const i of candidates) if (index.shapes[i]?.contains(lon, lat)) return i;
  return -1;
}

export type DistrictIndex = PolygonIndex<DistrictShapeProperties>;

export function buildDistrictIndex(districts: DistrictCollection): DistrictIndex {
  return buildPolygonIndex(districts.features);
}

export type PointLocation =
  | { kind: 'inside'; district: string; province: string }
  | { kind: 'snapped'; district: string; province: string; snappedKm: number }
  | { kind: 'outside'; nearestKm: number | null };

function nearestWithin(index: DistrictIndex, lon: number, lat: number, km: number) {
  const dLat = km / KM_PER_DEGREE_LAT;
  const dLon = km / (KM_PER_DEGREE_LAT * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  let best: { i: number; km: number } | null = null;
  for (const i of index.tree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
    const feature = index.features[i];
    if (!feature) continue;
    const distance = pointToPolygonDistance([lon, lat], feature.geometry, { units: 'kilometers' });
    if (best === null || distance < best.km || (distance === best.km && i < best.i))
      best = { i, km: distance };
  }
  return best;
}

/** How far the point is from the nearest district, looking at the few nearest bounding boxes. */
function nearestDistrictKm(index: DistrictIndex, lon: number, lat: number): number | null {
  let nearest: number | null = null;
  for (const i of index.tree.neighbors(lon, lat, 4)) {
    const feature = index.features[i];
    if (!feature) continue;
    const distance = pointToPolygonDistance([lon, lat], feature.geometry, { units: 'kilometers' });
    if (nearest === null || distance < nearest) nearest = distance;
  }
  return nearest;
}

/** District containing the point; else the nearest district within `snapKm`; else outside. */
export function locatePoint(index: DistrictIndex, lon: number, lat: number, snapKm = SNAP_KM): PointLocation {
  const inside = findContaining(index, lon, lat);
  const feature = index.features[inside];
  if (feature)
    return { kind: 'inside', district: feature.properties.id, province: feature.properties.province };
  const near = nearestWithin(index, lon, lat, snapKm);
  const nearFeature = near ? index.features[near.i] : undefined;
  if (near && nearFeature && near.km <= snapKm) {
    return {
      kind: 'snapped',
      district: nearFeature.properties.id,
      province: nearFeature.properties.province,
      snappedKm: Math.round(near.km * 100) / 100,
    };
  }
  const nearestKm = nearestDistrictKm(index, lon, lat);
  return { kind: 'outside', nearestKm: nearestKm === null ? null : Math.round(nearestKm * 10) / 10 };
}

export interface EventPlacement {
  /** set only for where_prec <= 3 */
  district: string | null;
  /** set only for where_prec <= 4 */
  province: string | null;
  /** distance to the district the point was snapped to, when it lay outside every polygon */
  snappedKm: number | null;
  /** the point was looked up (where_prec <= 4) and lies more than SNAP_KM from every district */
  outside: boolean;
  nearestKm: number | null;
}

/**
 * The units an event may be counted in, by UCDP's spatial precision: 1-3 (exact place, within 25 km,
 * district) give a district and its province; 4 (province) only the province of the point's polygon;
 * 5 and above (lines, large areas, the country) neither: those stay in the national series.
 */
export function placeEvent(
  index: DistrictIndex,
  wherePrec: number,
  lon: number,
  lat: number,
): EventPlacement {
  if (wherePrec >= 5)
    return { district: null, province: null, snappedKm: null, outside: false, nearestKm: null };
  const location = locatePoint(index, lon, lat);
  if (location.kind === 'outside') {
    return { district: null, province: null, snappedKm: null, outside: true, nearestKm: location.nearestKm };
  }
  return {
    district: wherePrec <= 3 ? location.district : null,
    province: location.province,
    snappedKm: location.kind === 'snapped' ? location.snappedKm : null,
    outside: false,
    nearestKm: null,
  };
}

/** District id of each point by indexed point-in-polygon (no snapping); what the bench times. */
export function assignDistricts(
  index: DistrictIndex,
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  return points.map(([lon, lat]) => index.features[findContaining(index, lon, lat)]?.properties.id ?? null);
}

/** The same answer by testing every district polygon in turn: the baseline the index is measured against. */
export function assignDistrictsNaive(
  districts: DistrictCollection,
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  return points.map(([lon, lat]) => {
    for (const feature of districts.features) {
      if (booleanPointInPolygon([lon, lat], feature.geometry)) return feature.properties.id;
    }
    return null;
  });
}
