/** Contract of `data/districts.geojson`: the 2023-census districts, the units of the district map. */
import * as v from 'valibot';
import { count, featureCollection, geometry, km, lonLat } from './geojson.ts';

export const districtPropertiesSchema = v.strictObject({
  /** slugify(2023-census district name) */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  name: v.string(),
  /** ISO 3166-2 of the current province or territory */
  province: v.pipe(v.string(), v.regex(/^PK-[A-Z]{2}$/)),
  /** one of the seven agencies of FATA before the 31 May 2018 merger */
  formerFata: v.boolean(),
  /** absent (not 0) where the census has no row: AJK and GB */
  population2023: v.optional(count),
  /** PBS published area; absent where the census has no row */
  areaKm2: v.optional(km),
  /** measured on the full-resolution OpenStreetMap polygon */
  areaKm2Geometry: km,
  /** distance from the polygon to the Durand Line; 0 where they touch */
  durandKm: km,
  /** where the map writes its name, [lon, lat]: the pole of inaccessibility of its largest part (geo/labels/) */
  labelPoint: lonLat,
  /** the district's colour in the default view, drawn before the events load (src/lib/choropleth/first-view.ts) */
  firstFill: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/)),
});

export const districtsSchema = featureCollection(
  geometry('Polygon', 'MultiPolygon'),
  districtPropertiesSchema,
);

export type DistrictProperties = v.InferOutput<typeof districtPropertiesSchema>;
export type DistrictsFile = v.InferOutput<typeof districtsSchema>;
