/**
 * Shapes of the corridor stage's outputs, shared with the app: `data/exposure.json` (distances of every
 * event to the Durand Line and to each corridor) and `data/corridor-lines.geojson` (the lines measured to).
 */
import type { CorridorId } from '../boundaries/types.ts';

export type { CorridorId } from '../boundaries/types.ts';

/** Events within `maxKm` of one corridor group or route, in ascending row order of `data/events.json`. */
export interface CorridorRows {
  /** row indices into the columns of data/events.json, stored as the first row then the step to each next row (half the gzip size) */
  rowDeltas: number[];
  /** km from the event to the corridor's lines inside Pakistan, to 0.1 km; same order as the rows */
  km: number[];
}

/** The content of `data/exposure.json`. */
export interface ExposureFile {
  schema: 1;
  /** number of events in data/events.json, so a stale file is caught */
  count: number;
  /** corridors list only events within this many km */
  maxKm: number;
  /** events with a UCDP where_prec above this have no usable location: null in durandKm, absent from corridors */
  maxWherePrec: number;
  /** one per event, km to the full-resolution Durand Line to 0.1 km; null where the location is not usable */
  durandKm: (number | null)[];
  /** keyed by corridor group id (cpec, afghan-transit, chabahar, iran-link) and by raw route id */
  corridors: Record<string, CorridorRows>;
}

export type CorridorLineKind = 'corridor' | 'route';

/** Properties of a feature of `data/corridor-lines.geojson`: one per corridor group and one per route. */
export interface CorridorLineProperties {
  /** corridor group id or raw route id */
  id: string;
  kind: CorridorLineKind;
  name: string;
  /** the group this route belongs to, or the group itself */
  corridor: CorridorId;
  /** the raw route ids drawn in this feature */
  routes: string[];
  /** length of the whole corridor or route as drawn in routes.geojson */
  lengthKm: number;
  /** length of the part inside Pakistan, the part exposure is measured to */
  lengthKmInPakistan: number;
  /** of that part, how much is schematic (straight lines between waypoints), not real road geometry */
  schematicKmInPakistan: number;
}
