/**
 * Route segments between consecutive waypoints. A segment follows real road geometry where a real line
 * passes within `bypassKm` of both its waypoints, and is a straight (schematic) line elsewhere. Highways
 * often bypass the towns that name them (the N-10 passes Pasni 8.6 km inland), so a real line may miss a
 * waypoint by more than `snapKm`; each segment records how far the route passes from every waypoint.
 *
 * Real road contract: any number of GeoJSON FeatureCollections (files `roads_real*.geojson` in
 * `routes/real/`), each feature a LineString or MultiLineString with `kind: "real"`, a `source` string,
 * and optionally `routes` (an array of raw route ids, or a comma-separated string) restricting which
 * routes may follow it. Adding a file of that shape adds real geometry without code changes.
 */
import { length, lineSlice, lineString, nearestPointOnLine, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { PipelineError } from '../pipeline.ts';
import { round, roundGeometry, haversineKm } from './geometry.ts';
import type { CorridorId, RouteSegmentProperties } from './types.ts';
import { asFeatureCollection, requireGeometry } from './validate.ts';

export const CORRIDOR_ROUTES: Readonly<Record<CorridorId, readonly string[]>> = {
  cpec: ['kkh', 'cpec_west', 'cpec_central_m8', 'n10'],
  'afghan-transit': ['n5', 'n25', 'af_torkham_kabul', 'ghulam_khan'],
  chabahar: ['chabahar_route606', 'af_ring_south'],
  'iran-link': ['n40'],
};

export interface WaypointRoute {
  id: string;
  name: string;
  /** empty where the route has no road number */
  ref: string;
  waypoints: string[];
}

export interface RealRoad {
  key: string;
  line: Feature<LineString>;
  source: string;
  /** raw route ids this line may serve; undefined = any route */
  routes?: string[];
  file: string;
}

/** A segment as written to routes.geojson: `waypointKm[k]` is how far the route passes from `waypoints[k]`. */
export interface RouteSegmentWithWaypointKm extends RouteSegmentProperties {
  waypointKm: number[];
}

export interface RouteSummary {
  route: string;
  segments: number;
  realSegments: number;
  lengthKm: number;
  realKm: number;
}

/** A real slice much longer than the straight line is a loop or a different road, not this segment. */
const MAX_DETOUR_RATIO = 3;

/** How far a real road may pass a waypoint and still be followed; about the widest town bypass in the data. */
export const BYPASS_KM = 10;

/** A bypassing line must run between waypoints at least twice as far apart as it misses them by, in sum. */
const MAX_BYPASS_SHARE = 0.5;

export function corridorOf(route: string, file: string): CorridorId {
  for (const [corridor, routes] of Object.entries(CORRIDOR_ROUTES) as [CorridorId, readonly string[]][]) {
    if (routes.includes(route)) return corridor;
  }
  throw new PipelineError(file, `route "${route}" belongs to no corridor group`, {
    feature: route,
    field: 'id',
  });
}

export function parseWaypointRoutes(json: unknown, file: string): WaypointRoute[] {
  return asFeatureCollection(json, file).features.map((feature, index) => {
    const label = String(feature.properties?.id ?? `#${index}`);
    const field = (name: string, allowEmpty = false): string => {
      const value = feature.properties?.[name] ?? (allowEmpty ? '' : undefined);
      if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
        throw new PipelineError(file, 'missing string', { feature: label, field: name });
      }
      return value.trim();
    };
    const waypoints = field('waypoints')
      .split('>')
      .map((id) => id.trim());
    if (waypoints.length < 2 || waypoints.some((id) => id === '')) {
      throw new PipelineError(file, 'needs at least two waypoint ids separated by ">"', {
        feature: label,
        field: 'waypoints',
      });
    }
    return { id: field('id'), name: field('name'), ref: field('ref', true), waypoints };
  });
}

export function parseRealRoads(json: unknown, file: string): RealRoad[] {
  return asFeatureCollection(json, file).features.flatMap((feature, index) => {
    const key = String(feature.properties?.key ?? feature.properties?.id ?? `#${index}`);
    if (feature.properties?.kind !== 'real') {
      throw new PipelineError(
        file,
        `only real road geometry belongs here, got kind "${String(feature.properties?.kind)}"`,
        {
          feature: key,
          field: 'kind',
        },
      );
    }
    const source = feature.properties?.source;
    if (typeof source !== 'string' || source.trim() === '') {
      throw new PipelineError(file, 'missing string', { feature: key, field: 'source' });
    }
    const tagged = feature.properties?.routes as unknown;
    let routes: string[] | undefined;
    if (typeof tagged === 'string') routes = tagged.split(',').map((id) => id.trim());
    else if (Array.isArray(tagged) && tagged.every((id) => typeof id === 'string'))
      routes = tagged as string[];
    else if (tagged !== undefined && tagged !== null) {
      throw new PipelineError(file, 'expected route ids (array or comma-separated string)', {
        feature: key,
        field: 'routes',
      });
    }
    const geometry = requireGeometry(feature, ['LineString', 'MultiLineString'] as const, file, key);
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    return parts.map((coordinates, part) => {
      if (coordinates.length < 2)
        throw new PipelineError(file, 'line with fewer than 2 points', { feature: key, field: 'geometry' });
      const road: RealRoad = {
        key: parts.length > 1 ? `${key}#${part}` : key,
        line: lineString(coordinates),
        source: source.trim(),
        file,
      };
      if (routes !== undefined) road.routes = routes;
      return road;
    });
  });
}

export interface RealMatch {
  road: RealRoad;
  coordinates: Position[];
  /** km from the segment's first waypoint to the line */
  fromKm: number;
  /** km from the segment's last waypoint to the line */
  toKm: number;
}

/**
 * The real line that passes closest to both ends (each within bypassKm), sliced between its nearest points,
 * oriented from -> to. A line missing a waypoint by more than snapKm is taken only when the waypoints are far
 * apart compared with the miss: otherwise a road ending near a short segment would stand in for it.
 */
export function matchRealRoad(
  from: Position,
  to: Position,
  route: string,
  roads: RealRoad[],
  tolerance: { snapKm: number; bypassKm: number },
): RealMatch | undefined {
  let best: RealMatch | undefined;
  const maxKm = tolerance.bypassKm;
  const straightKm = haversineKm(from, to);
  for (const road of roads) {
    if (road.routes !== undefined && !road.routes.includes(route)) continue;
    const fromKm = nearestPointOnLine(road.line, from).properties.dist;
    const toKm = nearestPointOnLine(road.line, to).properties.dist;
    if (fromKm > maxKm || toKm > maxKm || (best !== undefined && fromKm + toKm >= best.fromKm + best.toKm))
      continue;
    const bypasses = fromKm > tolerance.snapKm || toKm > tolerance.snapKm;
    if (bypasses && fromKm + toKm > MAX_BYPASS_SHARE * straightKm) continue;
    const sliced = lineSlice(from, to, road.line).geometry.coordinates;
    const first = sliced[0]!;
    const last = sliced[sliced.length - 1]!;
    const coordinates = haversineKm(first, from) <= haversineKm(last, from) ? sliced : [...sliced].reverse();
    const sliceKm = length(lineString(coordinates.length > 1 ? coordinates : [first, first]));
    if (sliceKm > MAX_DETOUR_RATIO * straightKm + 2 * maxKm) continue;
    best = { road, coordinates, fromKm, toKm };
  }
  return best;
}

export interface BuildRoutesOptions {
  /** a straight segment passes within this of its waypoints, and joins a real slice ending this close without a detour */
  snapKm: number;
  /** a real line is followed when it passes within this of both waypoints; default BYPASS_KM */
  bypassKm?: number;
  /** turf simplify tolerance in degrees for real slices */
  simplifyTolerance: number;
  decimals: number;
  /** how a segment's source is described when it is a straight line */
  schematicSource: string;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** A straight segment between waypoints, starting and ending where its real neighbours do; it goes through a waypoint its neighbour bypasses. */
function schematicCoordinates(
  from: Position,
  to: Position,
  previousEnd: Position | undefined,
  nextStart: Position | undefined,
  snapKm: number,
): Position[] {
  const coordinates: Position[] = [];
  if (previousEnd !== undefined) coordinates.push(previousEnd);
  if (previousEnd === undefined || haversineKm(previousEnd, from) > snapKm) coordinates.push(from);
  if (nextStart === undefined || haversineKm(nextStart, to) > snapKm) coordinates.push(to);
  if (nextStart !== undefined) coordinates.push(nextStart);
  return coordinates;
}

function distanceToLineKm(position: Position, coordinates: Position[]): number {
  const line = lineString(coordinates.length > 1 ? coordinates : [coordinates[0]!, coordinates[0]!]);
  return nearestPointOnLine(line, position).properties.dist;
}

export function buildRouteSegments(
  routes: WaypointRoute[],
  waypoints: ReadonlyMap<string, Position>,
  roads: RealRoad[],
  options: BuildRoutesOptions,
  files: { routes: string },
): { segments: FeatureCollection<LineString, RouteSegmentWithWaypointKm>; summaries: RouteSummary[] } {
  const bypassKm = options.bypassKm ?? BYPASS_KM;
  const features: Feature<LineString, RouteSegmentWithWaypointKm>[] = [];
  const summaries: RouteSummary[] = [];
  for (const route of routes) {
    const corridor = corridorOf(route.id, files.routes);
    const points = route.waypoints.map((id) => {
      const position = waypoints.get(id);
      if (position === undefined) {
        throw new PipelineError(files.routes, `route goes through unknown waypoint "${id}"`, {
          feature: route.id,
          field: 'waypoints',
        });
      }
      return position;
    });
    const matches = points
      .slice(1)
      .map((to, i) => matchRealRoad(points[i]!, to, route.id, roads, { snapKm: options.snapKm, bypassKm }));
    // simplify and round each real slice once, so neighbours join on exactly the same positions
    const slices = matches.map((match) => {
      if (match === undefined) return undefined;
      const simplified = simplify(lineString(match.coordinates), {
        tolerance: options.simplifyTolerance,
        highQuality: true,
      }).geometry.coordinates;
      return roundGeometry({ type: 'LineString' as const, coordinates: simplified }, options.decimals)
        .coordinates;
    });
    const summary: RouteSummary = {
      route: route.id,
      segments: matches.length,
      realSegments: 0,
      lengthKm: 0,
      realKm: 0,
    };
    const geometries = slices.map((slice, i) => {
      const previous = slices[i - 1];
      const previousEnd = previous?.[previous.length - 1];
      if (slice !== undefined) {
        // two real roads in a row: a short straight join where one ends and the other begins
        const coordinates =
          previousEnd !== undefined && !samePosition(previousEnd, slice[0]!)
            ? [previousEnd, ...slice]
            : slice;
        return { coordinates, realKm: length(lineString(slice.length > 1 ? slice : [slice[0]!, slice[0]!])) };
      }
      const from = roundGeometry({ type: 'Point' as const, coordinates: points[i]! }, options.decimals);
      const to = roundGeometry({ type: 'Point' as const, coordinates: points[i + 1]! }, options.decimals);
      const coordinates = schematicCoordinates(
        from.coordinates,
        to.coordinates,
        previousEnd,
        slices[i + 1]?.[0],
        options.snapKm,
      );
      return { coordinates, realKm: 0 };
    });
    const waypointKm = points.map((position, k) => {
      const adjacent = [geometries[k - 1], geometries[k]].filter((g) => g !== undefined);
      return round(Math.min(...adjacent.map((g) => distanceToLineKm(position, g.coordinates))), 1);
    });
    geometries.forEach(({ coordinates, realKm }, i) => {
      const match = matches[i];
      const geometry: LineString = {
        type: 'LineString',
        coordinates: coordinates.filter((p, j) => j === 0 || !samePosition(p, coordinates[j - 1]!)),
      };
      if (geometry.coordinates.length < 2) geometry.coordinates.push(geometry.coordinates[0]!);
      const lengthKm = length(lineString(geometry.coordinates));
      summary.lengthKm += lengthKm;
      if (match !== undefined) {
        summary.realKm += realKm;
        summary.realSegments += 1;
      }
      features.push({
        type: 'Feature',
        properties: {
          id: `${route.id}-${i + 1}`,
          route: route.id,
          name: route.name,
          ref: route.ref,
          corridor,
          from: route.waypoints[i]!,
          to: route.waypoints[i + 1]!,
          waypoints: route.waypoints,
          waypointKm,
          schematic: match === undefined,
          source: match === undefined ? options.schematicSource : match.road.source,
          lengthKm: round(lengthKm, 1),
        },
        geometry,
      });
    });
    summaries.push(summary);
  }
  return { segments: { type: 'FeatureCollection', features }, summaries };
}
