/** Ports, border crossings and towns: the raw point table plus the provincial seats the map labels. */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { PipelineError } from '../pipeline.ts';
import type { SegmentIndex } from './distance.ts';
import { round } from './geometry.ts';
import type { PlaceKind, PlaceProperties } from './types.ts';
import { assertUniqueIds, asFeatureCollection, requireGeometry } from './validate.ts';

export interface RawPoint {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string;
  source: string;
  approximate: boolean;
  position: Position;
}

export interface Seat {
  name: string;
  /** province ISO 3166-2, or `PK` for the national capital */
  capitalOf: string;
  position: Position;
  source: string;
  approximate: boolean;
}

const KIND_OF_RAW_TYPE: Readonly<Record<string, PlaceKind>> = {
  seaport: 'seaport',
  border_crossing: 'border-crossing',
  dry_port: 'dry-port',
  city: 'city',
  capital: 'capital',
  town: 'town',
};

/** National capitals in the raw table, by raw id. */
const NATIONAL_CAPITALS: Readonly<Record<string, string>> = { town_islamabad: 'PK', town_kabul: 'AFG' };

/** Points that repeat a labelled place a few km away: the Wikipedia point of the Chaman crossing lies in town, the gate point on the border. */
const UNLABELLED = new Set(['xing_chaman']);

/**
 * The raw table's `source` is a compiler's provenance note ("read from archived copies", "verify before
 * publication", npm package names). Panels show a citation a reader can follow, so each kind of raw
 * source maps to one; a raw source that matches none fails the build instead of reaching a panel.
 */
const CITED_SOURCES: readonly { raw: RegExp; cited: string }[] = [
  { raw: /^GeoNames\b/, cited: 'GeoNames (CC BY 4.0)' },
  { raw: /^Wikipedia article infobox coordinates\b/, cited: 'English Wikipedia, article coordinates' },
  { raw: /^Natural Earth\b/, cited: 'Natural Earth (public domain)' },
  {
    raw: /^DERIVED approximation\b/,
    cited: 'estimated where the road meets the Durand Line; no gazetteer gives this crossing',
  },
];

/** Names the raw table gives in a compiler's words. */
const READER_NAMES: Readonly<Record<string, string>> = {
  // the raw name ends in "Wikipedia point": this is the crossing as Wikipedia places it, in Chaman town
  xing_chaman: 'Chaman–Spin Boldak crossing (Wesh–Chaman), in Chaman town',
};

export function citedSource(raw: string, file: string, feature: string): string {
  const match = CITED_SOURCES.find((entry) => entry.raw.test(raw));
  if (match === undefined)
    throw new PipelineError(file, `no citation to show for the source "${raw}"; add one to CITED_SOURCES`, {
      feature,
      field: 'source',
    });
  return match.cited;
}

export function parsePoints(json: unknown, file: string): RawPoint[] {
  const points = asFeatureCollection(json, file).features.map((feature, index) => {
    const label = String(feature.properties?.id ?? `#${index}`);
    const text = (field: string): string => {
      const value = feature.properties?.[field];
      if (typeof value !== 'string' || value.trim() === '')
        throw new PipelineError(file, 'missing string', { feature: label, field });
      return value.trim();
    };
    const type = text('type');
    const kind = KIND_OF_RAW_TYPE[type];
    if (kind === undefined)
      throw new PipelineError(file, `unknown type "${type}"`, { feature: label, field: 'type' });
    const approx = feature.properties?.approx;
    if (typeof approx !== 'boolean')
      throw new PipelineError(file, 'expected true or false', { feature: label, field: 'approx' });
    const geometry = requireGeometry(feature, ['Point'] as const, file, label);
    const id = text('id');
    return {
      id,
      name: READER_NAMES[id] ?? text('name'),
      kind,
      country: text('country'),
      source: citedSource(text('source'), file, label),
      approximate: approx,
      position: geometry.coordinates,
    };
  });
  assertUniqueIds(
    points.map((p) => p.id),
    file,
  );
  return points;
}

/** "Gwadar (town)" -> "Gwadar"; "Kharlachi (Kharlachi–Borki) border crossing" -> "Kharlachi border crossing". */
export function shortName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function slugId(name: string): string {
  return `town_${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;
}

export function buildPlaces(
  points: RawPoint[],
  seats: Seat[],
  durandIndex: SegmentIndex,
  decimals: number,
): FeatureCollection<Point, PlaceProperties> {
  const seatByName = new Map(seats.map((seat) => [seat.name, seat]));
  const features: Feature<Point, PlaceProperties>[] = points.map((point) => {
    const seat = seatByName.get(point.name);
    seatByName.delete(point.name);
    const capitalOf = NATIONAL_CAPITALS[point.id] ?? seat?.capitalOf;
    const kind: PlaceKind = capitalOf === undefined ? point.kind : 'capital';
    const properties: PlaceProperties = {
      id: point.id,
      name: point.name,
      shortName: shortName(point.name),
      kind,
      country: point.country,
      source: point.source,
      approximate: point.approximate,
      durandKm: round(durandIndex.nearestKm(point.position), 1),
      label: kind !== 'town' && kind !== 'dry-port' && !UNLABELLED.has(point.id),
    };
    if (capitalOf !== undefined) properties.capitalOf = capitalOf;
    return {
      type: 'Feature',
      properties,
      geometry: { type: 'Point', coordinates: point.position.map((v) => round(v, decimals)) },
    };
  });
  // seats the raw table lacks (Muzaffarabad) come from the seat list itself
  for (const seat of seatByName.values()) {
    features.push({
      type: 'Feature',
      properties: {
        id: slugId(seat.name),
        name: seat.name,
        shortName: seat.name,
        kind: 'capital',
        country: 'PK',
        capitalOf: seat.capitalOf,
        source: seat.source,
        approximate: seat.approximate,
        durandKm: round(durandIndex.nearestKm(seat.position), 1),
        label: true,
      },
      geometry: { type: 'Point', coordinates: seat.position.map((v) => round(v, decimals)) },
    });
  }
  return { type: 'FeatureCollection', features };
}
