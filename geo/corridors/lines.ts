/**
 * The lines exposure is measured to: each route's segments from routes.geojson, clipped to Pakistan and
 * densified, and the union of a corridor group's routes. Only the part inside Pakistan counts, because the
 * events are Pakistan's: a road running in Iran or Afghanistan near the border is not where they happened.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { PipelineError } from '../pipeline.ts';
import { round, roundGeometry } from '../boundaries/geometry.ts';
import { CORRIDOR_ROUTES } from '../boundaries/routes.ts';
import type { CorridorId, RouteSegmentProperties } from '../boundaries/types.ts';
import { clipLine, densify, insideArea, joinLines, lineKm, type ClipArea } from './clip.ts';
import type { CorridorLineProperties } from './types.ts';

export const CORRIDOR_NAMES: Readonly<Record<CorridorId, string>> = {
  cpec: 'CPEC (Karakoram Highway, western and central alignments, N-10)',
  'afghan-transit': 'Afghan transit (N-5 via Torkham, N-25 via Chaman, Ghulam Khan)',
  chabahar: 'Chabahar route (Iran and Afghan Route 606, Afghan ring road)',
  'iran-link': 'Iran link (N-40 Quetta–Taftan)',
};

export type CorridorLine = Feature<MultiLineString, CorridorLineProperties>;

export interface CorridorLineOptions {
  /** longest step of the densified lines */
  maxStepKm: number;
  decimals: number;
  /** named in errors */
  file: string;
}

interface RouteLines {
  id: string;
  name: string;
  corridor: CorridorId;
  lines: Position[][];
  lengthKm: number;
  insideKm: number;
  schematicInsideKm: number;
}

function routeLines(
  segments: Feature<LineString, RouteSegmentProperties>[],
  area: ClipArea,
  options: CorridorLineOptions,
): RouteLines {
  const first = segments[0]!.properties;
  const pieces: Position[][] = [];
  let lengthKm = 0;
  let insideKm = 0;
  let schematicInsideKm = 0;
  for (const segment of segments) {
    const coordinates = segment.geometry.coordinates;
    if (coordinates.length < 2) {
      throw new PipelineError(options.file, 'segment with fewer than 2 positions', {
        feature: segment.properties.id,
        field: 'geometry',
      });
    }
    lengthKm += lineKm(coordinates);
    // a straight line is known only at its waypoints: between two foreign towns it may cut a corner of
    // Pakistan (Zahedan–Zabol does) where no road runs
    const foreign =
      !insideArea(area, coordinates[0]!) && !insideArea(area, coordinates[coordinates.length - 1]!);
    if (segment.properties.schematic && foreign) continue;
    for (const piece of clipLine(coordinates, area)) {
      const km = lineKm(piece);
      insideKm += km;
      if (segment.properties.schematic) schematicInsideKm += km;
      pieces.push(piece);
    }
  }
  const lines = joinLines(pieces).map(
    (line) =>
      roundGeometry({ type: 'LineString', coordinates: densify(line, options.maxStepKm) }, options.decimals)
        .coordinates,
  );
  return {
    id: first.route,
    name: first.name,
    corridor: first.corridor,
    lines: lines.filter((line) => line.length >= 2),
    lengthKm,
    insideKm,
    schematicInsideKm,
  };
}

/** One feature per corridor group (in CORRIDOR_ROUTES order), then one per route in the order of routes.geojson. */
export function buildCorridorLines(
  routes: FeatureCollection<LineString, RouteSegmentProperties>,
  area: ClipArea,
  options: CorridorLineOptions,
): CorridorLine[] {
  const byRoute = new Map<string, Feature<LineString, RouteSegmentProperties>[]>();
  for (const segment of routes.features) {
    const list = byRoute.get(segment.properties.route) ?? [];
    list.push(segment);
    byRoute.set(segment.properties.route, list);
  }
  const measured = [...byRoute.values()].map((segments) => routeLines(segments, area, options));
  const feature = (
    kind: CorridorLineProperties['kind'],
    id: string,
    name: string,
    corridor: CorridorId,
    parts: RouteLines[],
  ): CorridorLine => ({
    type: 'Feature',
    properties: {
      id,
      kind,
      name,
      corridor,
      routes: parts.map((r) => r.id),
      lengthKm: round(
        parts.reduce((sum, r) => sum + r.lengthKm, 0),
        1,
      ),
      lengthKmInPakistan: round(
        parts.reduce((sum, r) => sum + r.insideKm, 0),
        1,
      ),
      schematicKmInPakistan: round(
        parts.reduce((sum, r) => sum + r.schematicInsideKm, 0),
        1,
      ),
    },
    geometry: { type: 'MultiLineString', coordinates: parts.flatMap((r) => r.lines) },
  });
  const groups = (Object.entries(CORRIDOR_ROUTES) as [CorridorId, readonly string[]][]).map(
    ([corridor, ids]) => {
      const parts = measured.filter((r) => ids.includes(r.id));
      const missing = ids.filter((id) => !byRoute.has(id));
      if (missing.length > 0) {
        throw new PipelineError(
          options.file,
          `corridor "${corridor}" has no segments for ${missing.join(', ')}`,
          {
            field: 'route',
          },
        );
      }
      return feature('corridor', corridor, CORRIDOR_NAMES[corridor], corridor, parts);
    },
  );
  return [...groups, ...measured.map((r) => feature('route', r.id, r.name, r.corridor, [r]))];
}
