/**
 * Properties of the features the boundaries stage writes to `data/` and hands to later stages. Each is
 * declared once, as the file's contract in src/lib/contracts/, which the app checks after fetching.
 */
import type { RouteSegmentProperties as WrittenRouteSegment } from '../../src/lib/contracts/routes.ts';

import type { DistrictProperties as ShippedDistrictProperties } from '../../src/lib/contracts/districts.ts';
import type { ProvinceProperties as ShippedProvinceProperties } from '../../src/lib/contracts/provinces.ts';
/**
 * A district as the boundaries stage makes it: the label point is added later, on the shipped geometry
 * (geo/labels/), and the first view's colour after that (geo/first-view/).
 */
export type DistrictProperties = Omit<ShippedDistrictProperties, 'firstFill' | 'labelPoint'>;
/** A province as the boundaries stage makes it: the label point is added later (geo/labels/). */
export type ProvinceProperties = Omit<ShippedProvinceProperties, 'labelPoint'>;
export type { PlaceKind, PlaceProperties } from '../../src/lib/contracts/places.ts';
export type { CorridorId } from '../../src/lib/contracts/routes.ts';
export type { FormerFataProperties } from '../../src/lib/contracts/former-fata.ts';
export type { NeighbourProperties } from '../../src/lib/contracts/neighbours.ts';
export type { DurandLineProperties } from '../../src/lib/contracts/durand-line.ts';

/** A route segment before the distances to its waypoints are measured (`waypointKm`). */
export type RouteSegmentProperties = Omit<WrittenRouteSegment, 'waypointKm'>;
