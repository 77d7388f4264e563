/** Contract of `data/places.geojson`: ports, border crossings, dry ports, capitals and towns. */
import * as v from 'valibot';
import { featureCollection, geometry, km } from './geojson.ts';

export const PLACE_KINDS = ['seaport', 'border-crossing', 'dry-port', 'city', 'capital', 'town'] as const;

export const placePropertiesSchema = v.strictObject({
  /** the raw point id, as it is */
  id: v.string(),
  name: v.string(),
  /** the name without the raw table's parenthetical notes, for map labels */
  shortName: v.string(),
  kind: v.picklist(PLACE_KINDS),
  /** ISO 3166-1 alpha-2 as in the raw table; "PK/AF" for a crossing between two countries */
  country: v.string(),
  /** province id (ISO 3166-2) or country (ISO3) whose seat this is */
  capitalOf: v.optional(v.string()),
  source: v.string(),
  /** the position is estimated, not surveyed */
  approximate: v.boolean(),
  durandKm: km,
  /** worth a label at the first view */
  label: v.boolean(),
});

export const placesSchema = featureCollection(geometry('Point'), placePropertiesSchema);

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlaceProperties = v.InferOutput<typeof placePropertiesSchema>;
export type PlacesFile = v.InferOutput<typeof placesSchema>;
