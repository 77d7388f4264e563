/** Contract of `data/incidents.geojson`: notable incidents of 2022 to March 2026, a sample of the deadliest, never a count. */
import * as v from 'valibot';
import { count, featureCollection, geometry, km } from './geojson.ts';

export const LOCATION_PRECISIONS = ['exact', 'town', 'district'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'approx'] as const;

export const incidentPropertiesSchema = v.strictObject({
  id: v.string(),
  /** YYYY-MM-DD */
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  datePrecision: v.picklist(DATE_PRECISIONS),
  year: v.pipe(v.number(), v.integer()),
  place: v.string(),
  /** district id of the point */
  district: v.string(),
  districtAsReported: v.string(),
  /** the point lies in another district than the report names */
  districtDisagrees: v.boolean(),
  province: v.string(),
  locationPrecision: v.picklist(LOCATION_PRECISIONS),
  /** the reported point was moved (snapped or corrected) */
  pointMoved: v.boolean(),
  locationNote: v.nullable(v.string()),
  /** km the point was snapped into Pakistan, null when it lay inside */
  snappedKm: v.nullable(km),
  /** victims killed as reported; null where the report gives no death toll */
  killed: v.nullable(count),
  injured: v.nullable(count),
  perpetrator: v.string(),
  target: v.string(),
  sourceUrl: v.string(),
  sourceOutlet: v.string(),
  via: v.nullable(v.string()),
  /** the row's licence and credit line (facts; GeoNames coordinates; Wikipedia where used) */
  credit: v.string(),
  geocoding: v.string(),
  notes: v.nullable(v.string()),
  /** the input file and row */
  source: v.strictObject({ file: v.string(), row: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
});

export const incidentsSchema = featureCollection(geometry('Point'), incidentPropertiesSchema, {
  /** what the sample is and is not, for anyone opening the file */
  sample: v.string(),
});

export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type IncidentProperties = v.InferOutput<typeof incidentPropertiesSchema>;
export type IncidentsFile = v.InferOutput<typeof incidentsSchema>;
export type IncidentFeature = IncidentsFile['features'][number];
