/** Building blocks for the contracts of the GeoJSON files: a FeatureCollection of typed properties. */
import * as v from 'valibot';
import type { Geometry } from 'geojson';

type GeometryType = Geometry['type'];

/**
 * A geometry of one of `types`. Coordinates are checked to be an array, not walked: the pipeline
 * writes them from validated geometry, and walking 100,000 positions would slow every start.
 */
export function geometry<T extends GeometryType>(...types: T[]) {
  return v.custom<Extract<Geometry, { type: T }>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      (types as string[]).includes(String((value as { type?: unknown }).type)) &&
      Array.isArray((value as { coordinates?: unknown }).coordinates),
    `expected a ${types.join(' or ')} geometry`,
  );
}

/** A FeatureCollection whose features have `geometrySchema` and `propertiesSchema`. */
export function featureCollection<
  G extends v.GenericSchema,
  P extends v.GenericSchema,
  E extends v.ObjectEntries = Record<never, never>,
>(geometrySchema: G, propertiesSchema: P, extra?: E) {
  return v.strictObject({
    type: v.literal('FeatureCollection'),
    ...(extra ?? ({} as E)),
    features: v.array(
      v.strictObject({ type: v.literal('Feature'), geometry: geometrySchema, properties: propertiesSchema }),
    ),
  });
}

export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const km = v.pipe(v.number(), v.minValue(0));

/** A [longitude, latitude] pair in degrees, finite and on the globe. */
export const lonLat = v.strictTuple([
  v.pipe(v.number(), v.finite(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.finite(), v.minValue(-90), v.maxValue(90)),
]);
