/** Contract of `data/routes.geojson`: the trade corridors' road segments, real geometry or schematic. */
import * as v from 'valibot';
import { featureCollection, geometry, km } from './geojson.ts';

export const CORRIDOR_IDS = ['cpec', 'afghan-transit', 'chabahar', 'iran-link'] as const;

export const routeSegmentPropertiesSchema = v.strictObject({
  /** `<route>-<n>`, n from 1 along the route */
  id: v.string(),
  route: v.string(),
  name: v.string(),
  ref: v.string(),
  corridor: v.picklist(CORRIDOR_IDS),
  from: v.string(),
  to: v.string(),
  waypoints: v.array(v.string()),
  /** how far the drawn line passes from each waypoint, km */
  waypointKm: v.array(km),
  /** true: straight line between waypoints; false: follows real road geometry */
  schematic: v.boolean(),
  source: v.string(),
  lengthKm: km,
});

export const routesSchema = featureCollection(
  geometry('LineString', 'MultiLineString'),
  routeSegmentPropertiesSchema,
);

export type CorridorId = (typeof CORRIDOR_IDS)[number];
export type RouteSegmentProperties = v.InferOutput<typeof routeSegmentPropertiesSchema>;
export type RoutesFile = v.InferOutput<typeof routesSchema>;
