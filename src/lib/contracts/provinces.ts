/** Contract of `data/provinces.geojson`: Pakistan's provinces and territories, the units of the province map. */
import * as v from 'valibot';
import { count, featureCollection, geometry, km, lonLat } from './geojson.ts';

export const provincePropertiesSchema = v.strictObject({
  /** ISO 3166-2 */
  id: v.pipe(v.string(), v.regex(/^PK-[A-Z]{2}$/)),
  name: v.string(),
  /** PBS 2023 census province total; absent for AJK and GB */
  population2023: v.optional(count),
  /** PBS 2023 published province area; absent for AJK and GB */
  areaKm2Published: v.optional(km),
  areaKm2Geometry: km,
  /** where the map writes its name, [lon, lat]: the pole of inaccessibility of its largest part (geo/labels/) */
  labelPoint: lonLat,
});

export const provincesSchema = featureCollection(
  geometry('Polygon', 'MultiPolygon'),
  provincePropertiesSchema,
);

export type ProvinceProperties = v.InferOutput<typeof provincePropertiesSchema>;
export type ProvincesFile = v.InferOutput<typeof provincesSchema>;
