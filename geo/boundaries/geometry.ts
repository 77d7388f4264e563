/** Small geometry helpers shared by the boundaries stage. */
import { area } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function areaKm2(feature: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon): number {
  return area(feature) / 1e6;
}

export function haversineKm(a: Position, b: Position): number {
  const toRad = Math.PI / 180;
  const [lon1, lat1] = a as [number, number];
  const [lon2, lat2] = b as [number, number];
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function roundPositions<T>(coords: T, decimals: number): T {
  if (typeof (coords as unknown[])[0] === 'number') {
    return (coords as number[]).map((value) => round(value, decimals)) as T;
  }
  return (coords as unknown[]).map((inner) => roundPositions(inner, decimals)) as T;
}

/** Drops consecutive duplicates that rounding can create, keeping rings closed. */
function dropRepeats(positions: Position[]): Position[] {
  return positions.filter(
    (p, i) => i === 0 || p[0] !== positions[i - 1]?.[0] || p[1] !== positions[i - 1]?.[1],
  );
}

export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: roundPositions(geometry.coordinates, decimals) };
    case 'LineString':
    case 'MultiPoint':
      return { ...geometry, coordinates: dropRepeats(roundPositions(geometry.coordinates, decimals)) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: roundPositions(geometry.coordinates, decimals).map(dropRepeats) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: roundPositions(geometry.coordinates, decimals).map((polygon) =>
          polygon.map(dropRepeats),
        ),
      };
    default:
      return geometry;
  }
}

/** Every ring of a polygon or multipolygon, outer and inner. */
export function ringsOf(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}
