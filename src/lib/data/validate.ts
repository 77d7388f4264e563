/**
 * Run-time validation of the files in `data/`. A bad file fails with a message naming the file,
 * the feature (or row) and the field, so a broken build never shows a silently wrong map.
 */
import * as v from 'valibot';

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${where}, field "${field}": ${detail}`);
    this.name = 'DataError';
  }
}

const GEOMETRY_TYPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

/** Checks a FeatureCollection's shape and each feature's properties against `schema`. */
export function validateFeatureCollection<T>(
  file: string,
  json: unknown,
  schema: v.GenericSchema<unknown, T>,
  geometryTypes: readonly string[] = GEOMETRY_TYPES,
): { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: never; properties: T }[] } {
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { type?: unknown }).type !== 'FeatureCollection'
  ) {
    throw new DataError(file, 'top level', 'type', 'expected a GeoJSON FeatureCollection');
  }
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new DataError(file, 'top level', 'features', 'expected an array');
  features.forEach((feature: unknown, index) => {
    const f = feature as { properties?: unknown; geometry?: { type?: unknown } | null };
    const label = `feature ${index}${typeof (f.properties as { id?: unknown })?.id === 'string' ? ` (${(f.properties as { id: string }).id})` : ''}`;
    if (!f.geometry || !geometryTypes.includes(String(f.geometry.type))) {
      throw new DataError(file, label, 'geometry', `expected one of ${geometryTypes.join(', ')}`);
    }
    const result = v.safeParse(schema, f.properties);
    if (!result.success) {
      const issue = result.issues[0];
      const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'properties';
      throw new DataError(file, label, field, issue.message);
    }
  });
  return json as ReturnType<typeof validateFeatureCollection<T>>;
}

export const provinceSchema = v.object({
  id: v.string(),
  name: v.string(),
  areaKm2Published: v.optional(v.number()),
});

export const districtSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  name: v.string(),
  province: v.pipe(v.string(), v.regex(/^PK-[A-Z]{2}$/)),
  formerFata: v.boolean(),
  population2023: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  areaKm2: v.optional(v.pipe(v.number(), v.minValue(0))),
  areaKm2Geometry: v.optional(v.number()),
  durandKm: v.optional(v.number()),
});

export const formerFataSchema = v.looseObject({ id: v.string(), name: v.string(), kind: v.string() });

export const durandLineSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  status: v.string(),
  lengthKm: v.number(),
});

export const neighbourSchema = v.looseObject({ id: v.string(), name: v.string(), kind: v.string() });

export const placeSchema = v.looseObject({
  id: v.string(),
  name: v.string(),
  kind: v.picklist(['seaport', 'border-crossing', 'dry-port', 'city', 'capital', 'town']),
  country: v.string(),
  source: v.string(),
  approximate: v.boolean(),
  label: v.boolean(),
});

export const routeSegmentSchema = v.looseObject({
  id: v.string(),
  route: v.string(),
  name: v.string(),
  corridor: v.string(),
  from: v.string(),
  to: v.string(),
  waypoints: v.array(v.string()),
  schematic: v.boolean(),
  source: v.string(),
  lengthKm: v.number(),
});

const nullableCount = v.nullable(v.pipe(v.number(), v.minValue(0)));

export const publishedFiguresSchema = v.object({
  organisations: v.array(
    v.looseObject({ id: v.string(), name: v.string(), counts: v.string(), caveat: v.string() }),
  ),
  figures: v.array(
    v.looseObject({
      id: v.string(),
      org: v.string(),
      series: v.string(),
      scope: v.string(),
      year: v.pipe(v.number(), v.integer()),
      period: v.string(),
      provinceAsReported: v.string(),
      iso: v.nullable(v.string()),
      attacks: nullableCount,
      killed: nullableCount,
      injured: nullableCount,
      citation: v.looseObject({
        url: v.optional(v.string()),
        outlet: v.optional(v.string()),
        date: v.optional(v.string()),
      }),
    }),
  ),
});
