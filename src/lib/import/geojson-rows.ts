/**
 * GeoJSON points carrying UCDP's fields as properties -> the header and cells a CSV would have, so
 * both formats go through the same checks. The point's own coordinates are its latitude and
 * longitude; properties of those names are ignored.
 */
import type { RecordProblem } from './accumulator.ts';
import type { ImportError } from './types.ts';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './validate-row.ts';

export const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
export const COORDINATE_COLUMNS = new Set(['latitude', 'longitude']);

export interface GeoJsonRecord {
  /** 1-based position of the feature in `features` */
  row: number;
  cells: string[];
  problem: RecordProblem | null;
}

export interface GeoJsonRecords {
  /** the known columns present in at least one feature, latitude and longitude always */
  header: string[];
  fatal: ImportError | null;
  featureCount: number;
  /** produced one at a time so the cells of a large file are never all held at once */
  records: () => Generator<GeoJsonRecord>;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function lowerCaseKeys(properties: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return map;
  for (const [key, value] of Object.entries(properties)) {
    const name = key.trim().toLowerCase();
    if (!map.has(name)) map.set(name, value);
  }
  return map;
}

export function pointOf(feature: unknown): { lon: number; lat: number } | string {
  const geometry = (feature as { geometry?: unknown } | null)?.geometry as
    { type?: unknown; coordinates?: unknown } | null | undefined;
  if (!geometry) return 'the feature has no geometry';
  if (geometry.type !== 'Point')
    return `expected a Point geometry, found ${cellText(geometry.type).slice(0, 40) || 'none'}`;
  const coordinates = geometry.coordinates;
  if (
    !Array.isArray(coordinates) ||
    typeof coordinates[0] !== 'number' ||
    typeof coordinates[1] !== 'number'
  ) {
    return 'expected Point coordinates [longitude, latitude] as numbers';
  }
  return { lon: coordinates[0], lat: coordinates[1] };
}

export function geoJsonToRecords(json: unknown, fileName: string): GeoJsonRecords {
  const none: GeoJsonRecords = { header: [], fatal: null, featureCount: 0, records: function* () {} };
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { type?: unknown }).type !== 'FeatureCollection'
  ) {
    return {
      ...none,
      fatal: { row: 0, field: 'type', message: `${fileName}: expected a GeoJSON FeatureCollection` },
    };
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) {
    return {
      ...none,
      fatal: { row: 0, field: 'features', message: `${fileName}: expected a "features" array` },
    };
  }
  const present = new Set<string>(COORDINATE_COLUMNS);
  for (const feature of features) addKnownColumns(feature, present);
  const header = KNOWN_COLUMNS.filter((column) => present.has(column));
  return {
    header,
    fatal: null,
    featureCount: features.length,
    records: function* () {
      for (let i = 0; i < features.length; i++) yield featureRecord(features[i], header, i + 1);
    },
  };
}

/** The known columns a feature's properties name (lower-cased, trimmed), added to `present`. */
export function addKnownColumns(feature: unknown, present: Set<string>): void {
  const properties = (feature as { properties?: unknown } | null)?.properties;
  if (typeof properties !== 'object' || properties === null) return;
  for (const key of Object.keys(properties)) {
    const name = key.trim().toLowerCase();
    if (KNOWN_COLUMNS.includes(name)) present.add(name);
  }
}

/** One feature as the cells of `header`, or the problem that makes it no event. */
export function featureRecord(feature: unknown, header: readonly string[], row: number): GeoJsonRecord {
  const point = pointOf(feature);
  if (typeof point === 'string') {
    return { row, cells: header.map(() => ''), problem: { field: 'geometry', message: point } };
  }
  const properties = lowerCaseKeys((feature as { properties?: unknown }).properties);
  const cells = header.map((column) => {
    if (column === 'latitude') return String(point.lat);
    if (column === 'longitude') return String(point.lon);
    return cellText(properties.get(column));
  });
  return { row, cells, problem: null };
}
