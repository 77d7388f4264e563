/** Contract of `data/neighbours.geojson`: countries and provinces around Pakistan, and the Line of Control. */
import * as v from 'valibot';
import { featureCollection, geometry } from './geojson.ts';

export const neighbourPropertiesSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('country'),
    id: v.string(),
    name: v.string(),
    source: v.string(),
    note: v.optional(v.string()),
  }),
  v.strictObject({
    kind: v.literal('disputed-area'),
    id: v.string(),
    name: v.string(),
    source: v.string(),
    note: v.string(),
  }),
  v.strictObject({
    kind: v.literal('province'),
    id: v.string(),
    name: v.string(),
    /** ISO 3166-1 alpha-3 of the country the province belongs to */
    country: v.string(),
    source: v.string(),
  }),
  v.strictObject({
    kind: v.literal('ceasefire-line'),
    id: v.literal('line-of-control'),
    name: v.string(),
    source: v.string(),
    note: v.string(),
  }),
]);

export const neighboursSchema = featureCollection(
  geometry('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
  neighbourPropertiesSchema,
);

export type NeighbourProperties = v.InferOutput<typeof neighbourPropertiesSchema>;
export type NeighboursFile = v.InferOutput<typeof neighboursSchema>;
