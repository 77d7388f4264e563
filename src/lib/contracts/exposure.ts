/** Contract of `data/exposure.json`: every event's distance to the Durand Line and to each corridor. */
import * as v from 'valibot';
import { count, km } from './geojson.ts';

/** Events within `maxKm` of one corridor group or route, in ascending row order of `data/events.json`. */
export const corridorRowsSchema = v.pipe(
  v.strictObject({
    /** row indices into the columns of data/events.json, stored as the first row then the step to each next row (half the gzip size) */
    rowDeltas: v.array(count),
    /** km from the event to the corridor's lines inside Pakistan, to 0.1 km; same order as the rows */
    km: v.array(km),
  }),
  v.check((rows) => rows.rowDeltas.length === rows.km.length, 'expected rowDeltas and km of equal length'),
);

export const exposureSchema = v.pipe(
  v.strictObject({
    schema: v.literal(1),
    /** number of events in data/events.json, so a stale file is caught */
    count,
    /** corridors list only events within this many km */
    maxKm: km,
    /** events with a UCDP where_prec above this have no usable location: null in durandKm, absent from corridors */
    maxWherePrec: count,
    /** one per event, km to the full-resolution Durand Line to 0.1 km; null where the location is not usable */
    durandKm: v.array(v.nullable(km)),
    /** keyed by corridor group id (cpec, afghan-transit, chabahar, iran-link) and by raw route id */
    corridors: v.record(v.string(), corridorRowsSchema),
  }),
  v.check((file) => file.durandKm.length === file.count, 'expected one durandKm value per event'),
);

export type CorridorRows = v.InferOutput<typeof corridorRowsSchema>;
export type ExposureFile = v.InferOutput<typeof exposureSchema>;
