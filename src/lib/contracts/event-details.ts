/** Contract of `data/event-details.json`: UCDP's source fields per event, keyed by UCDP id; fetched when a panel needs them. */
import * as v from 'valibot';
import { count, km } from './geojson.ts';

export const eventDetailSchema = v.strictObject({
  sideA: v.string(),
  sideB: v.string(),
  dyad: v.string(),
  typeOfViolence: v.pipe(v.number(), v.integer()),
  headline: v.string(),
  office: v.string(),
  sourceDate: v.string(),
  article: v.string(),
  where: v.string(),
  adm1: v.string(),
  adm2: v.string(),
  dateEnd: v.string(),
  deathsCivilians: count,
  /** UCDP writes -1 when unknown */
  numberOfSources: v.pipe(v.number(), v.integer(), v.minValue(-1)),
  /** km to the district the point was snapped to, when it lay just outside every district */
  snappedKm: v.optional(km),
});

export const eventDetailsSchema = v.record(v.pipe(v.string(), v.regex(/^\d+$/)), eventDetailSchema);

export type EventDetail = v.InferOutput<typeof eventDetailSchema>;
export type EventDetailsFile = v.InferOutput<typeof eventDetailsSchema>;
