/**
 * Contract of `data/multi-site-incidents.json`: coordinated attacks over many places, listed with
 * their province ("PK" for several) and never drawn as a point. Written by geo/attacks/incidents.ts.
 */
import * as v from 'valibot';
import { count as wholeCount } from './geojson.ts';
import { DATE_PRECISIONS } from './incidents.ts';

const count = v.nullable(wholeCount);

export const multiSiteIncidentSchema = v.strictObject({
  id: v.string(),
  date: v.pipe(v.string(), v.isoDate()),
  datePrecision: v.picklist(DATE_PRECISIONS),
  year: v.pipe(v.number(), v.integer()),
  place: v.string(),
  province: v.pipe(v.string(), v.regex(/^PK(-[A-Z]{2})?$/)),
  killed: count,
  injured: count,
  perpetrator: v.string(),
  target: v.string(),
  sourceUrl: v.pipe(v.string(), v.url()),
  sourceOutlet: v.string(),
  via: v.nullable(v.string()),
  credit: v.string(),
  geocoding: v.string(),
  notes: v.nullable(v.string()),
  source: v.strictObject({ file: v.string(), row: v.pipe(v.number(), v.integer()) }),
});

export const multiSiteIncidentsSchema = v.strictObject({
  schema: v.literal(1),
  sample: v.string(),
  incidents: v.array(multiSiteIncidentSchema),
});

export type MultiSiteIncident = v.InferOutput<typeof multiSiteIncidentSchema>;
export type MultiSiteIncidents = v.InferOutput<typeof multiSiteIncidentsSchema>;
