/** Contract of `data/corridor-lines.geojson`: the corridor and route lines inside Pakistan that distances are measured to. */
import * as v from 'valibot';
import { featureCollection, geometry, km } from './geojson.ts';
import { CORRIDOR_IDS } from './routes.ts';

export const corridorLinePropertiesSchema = v.strictObject({
  /** corridor group id or raw route id */
  id: v.string(),
  kind: v.picklist(['corridor', 'route']),
  name: v.string(),
  /** the group this route belongs to, or the group itself */
  corridor: v.picklist(CORRIDOR_IDS),
  /** the raw route ids drawn in this feature */
  routes: v.array(v.string()),
  /** length of the whole corridor or route as drawn in routes.geojson */
  lengthKm: km,
  /** length of the part inside Pakistan, the part exposure is measured to */
  lengthKmInPakistan: km,
  /** of that part, how much is schematic (straight lines between waypoints), not real road geometry */
  schematicKmInPakistan: km,
});

export const corridorLinesSchema = featureCollection(
  geometry('MultiLineString'),
  corridorLinePropertiesSchema,
);

export type CorridorLineKind = v.InferOutput<typeof corridorLinePropertiesSchema>['kind'];
export type CorridorLineProperties = v.InferOutput<typeof corridorLinePropertiesSchema>;
export type CorridorLinesFile = v.InferOutput<typeof corridorLinesSchema>;
