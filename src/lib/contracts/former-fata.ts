/** Contract of `data/former-fata.geojson`: the seven agencies of the former FATA and their outline. */
import * as v from 'valibot';
import { featureCollection, geometry, km } from './geojson.ts';

const common = {
  name: v.string(),
  /** what the polygon includes (agencies, frontier regions) */
  includes: v.string(),
  source: v.string(),
  /** how the polygon was derived */
  lineage: v.string(),
  areaKm2Geometry: km,
};

export const formerFataPropertiesSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('agency'),
    id: v.string(),
    agency: v.string(),
    areaKm2Published: v.optional(km),
    ...common,
  }),
  v.strictObject({ kind: v.literal('fata-outline'), id: v.literal('former-fata'), ...common }),
]);

export const formerFataSchema = featureCollection(
  geometry('Polygon', 'MultiPolygon'),
  formerFataPropertiesSchema,
);

export type FormerFataProperties = v.InferOutput<typeof formerFataPropertiesSchema>;
export type FormerFataFile = v.InferOutput<typeof formerFataSchema>;
