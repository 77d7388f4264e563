/** Contract of `data/durand-line.geojson`: Pakistan's de facto border with Afghanistan. */
import * as v from 'valibot';
import { featureCollection, geometry, km } from './geojson.ts';

export const durandLinePropertiesSchema = v.strictObject({
  id: v.literal('durand-line'),
  name: v.string(),
  status: v.string(),
  /** measured on the full-resolution OpenStreetMap-derived line */
  lengthKm: km,
  /** measured on the simplified line as drawn */
  lengthKmDrawn: km,
  source: v.string(),
});

export const durandLineSchema = featureCollection(
  geometry('LineString', 'MultiLineString'),
  durandLinePropertiesSchema,
);

export type DurandLineProperties = v.InferOutput<typeof durandLinePropertiesSchema>;
export type DurandLineFile = v.InferOutput<typeof durandLineSchema>;
