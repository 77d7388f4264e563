/**
 * Route segments between consecutive waypoints. A segment follows real road geometry where a real line
 * passes within `snapKm` of both its waypoints, and is a straight (schematic) line elsewhere.
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

export interface RouteSummary {
  route: string;
  segments: number;
  realSegments: number;
  lengthKm: number;
  realKm: number;
}

/** A real slice much longer than the straight line is a loop or a different road, not this segment. */
const MAX_DETOUR_RATIO = 3;

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

interface RealMatch {
  road: RealRoad;
  coordinates: Position[];
}

/** The real line that passes closest to both ends (each within snapKm), sliced between its nearest points, oriented from -> to. */
export function matchRealRoad(
  from: Position,
  to: Position,
  route: string,
  roads: RealRoad[],
  snapKm: number,
): RealMatch | undefined {
  let best: (RealMatch & { snap: number }) | undefined;
  const straightKm = haversineKm(from, to);
  for (const road of roads) {
    if (road.routes !== undefined && !road.routes.includes(route)) continue;
    const start = nearestPointOnLine(road.line, from).properties.dist;
    const end = nearestPointOnLine(road.line, to).properties.dist;
    if (start > snapKm || end > snapKm || (best !== undefined && start + end >= best.snap)) continue;
    const sliced = lineSlice(from, to, road.line).geometry.coordinates;
    const first = sliced[0]!;
    const last = sliced[sliced.length - 1]!;
    const coordinates = haversineKm(first, from) <= haversineKm(last, from) ? sliced : [...sliced].reverse();
    const sliceKm = length(lineString(coordinates.length > 1 ? coordinates : [first, first]));
    if (sliceKm > MAX_DETOUR_RATIO * straightKm + 2 * snapKm) continue;
    best = { road, coordinates, snap: start + end };
  }
  return best === undefined ? undefined : { road: best.road, coordinates: best.coordinates };
}

export interface BuildRoutesOptions {
  snapKm: number;
  /** turf simplify tolerance in degrees for real slices */
  simplifyTolerance: number;
  decimals: number;
  /** how a segment's source is described when it is a straight line */
  schematicSource: string;
}

export function buildRouteSegments(
  routes: WaypointRoute[],
  waypoints: ReadonlyMap<string, Position>,
  roads: RealRoad[],
  options: BuildRoutesOptions,
  files: { routes: string },
): { segments: FeatureCollection<LineString, RouteSegmentProperties>; summaries: RouteSummary[] } {
  const features: Feature<LineString, RouteSegmentProperties>[] = [];
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
      .map((to, i) => matchRealRoad(points[i]!, to, route.id, roads, options.snapKm));
    const summary: RouteSummary = {
      route: route.id,
      segments: matches.length,
      realSegments: 0,
      lengthKm: 0,
      realKm: 0,
    };
    matches.forEach((match, i) => {
      let coordinates: Position[];
      if (match !== undefined) {
        const simplified = simplify(lineString(match.coordinates), {
          tolerance: options.simplifyTolerance,
          highQuality: true,
        });
        coordinates = simplified.geometry.coordinates;
      } else {
        // join the neighbouring real slices so the route draws as one continuous line
        const previous = matches[i - 1]?.coordinates;
        const next = matches[i + 1]?.coordinates;
        coordinates = [previous?.[previous.length - 1] ?? points[i]!, next?.[0] ?? points[i + 1]!];
      }
      const geometry = roundGeometry({ type: 'LineString' as const, coordinates }, options.decimals);
      if (geometry.coordinates.length < 2) geometry.coordinates.push(geometry.coordinates[0]!);
      const lengthKm = length(lineString(coordinates));
      summary.lengthKm += lengthKm;
      if (match !== undefined) {
        summary.realKm += lengthKm;
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
