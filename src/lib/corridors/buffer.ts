/**
 * The area within a distance of a corridor's lines (data/corridor-lines.geojson), by turf `buffer`.
 * Pure, so the web worker and the tests share it; a long corridor takes long enough to freeze frames.
 */
import { buffer, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CorridorLinesFile } from '../contracts/corridor-lines';

export type CorridorLines = CorridorLinesFile;

export interface BufferProperties {
  /** corridor group or route id */
  id: string;
  km: number;
}

export type BufferArea = FeatureCollection<Polygon | MultiPolygon, BufferProperties>;

/** Vertices per quarter circle of the buffer's round ends: below 0.5 % of the distance off the true circle. */
const STEPS = 16;
/**
 * The lines are simplified to 2 % of the distance before buffering: the CPEC group's 2,600 vertices take
 * seconds to buffer, and a 2 % edge is invisible at the zoom that shows the whole buffer. Counts never come
 * from this polygon but from the stored distances.
 */
const SIMPLIFY_SHARE = 0.02;
const KM_PER_DEGREE = 111.32;

/** The buffer of one corridor's lines; an empty collection when it has no line inside Pakistan. */
export function bufferCorridor(lines: CorridorLines, corridorId: string, km: number): BufferArea {
  if (!(km > 0 && Number.isFinite(km)))
    throw new RangeError(`buffer distance must be a positive number of km, got ${km}`);
  const feature = lines.features.find((f) => f.properties.id === corridorId);
  if (feature === undefined) throw new RangeError(`no corridor lines for "${corridorId}"`);
  const parts = feature.geometry.coordinates.filter((line) => line.length >= 2);
  if (parts.length === 0) return { type: 'FeatureCollection', features: [] };
  const simplified = simplify(
    { type: 'MultiLineString', coordinates: parts },
    { tolerance: (km * SIMPLIFY_SHARE) / KM_PER_DEGREE, highQuality: false },
  );
  const buffered = buffer(simplified, km, { units: 'kilometers', steps: STEPS });
  if (buffered === undefined) return { type: 'FeatureCollection', features: [] };
  const area: Feature<Polygon | MultiPolygon, BufferProperties> = {
    type: 'Feature',
    properties: { id: corridorId, km },
    geometry: buffered.geometry,
  };
  return { type: 'FeatureCollection', features: [area] };
}

/** Messages to the buffer worker. */
export type BufferRequest =
  { type: 'lines'; lines: CorridorLines } | { type: 'buffer'; id: number; corridorId: string; km: number };

/** Messages from the buffer worker. */
export type BufferResponse =
  | { type: 'buffer'; id: number; ok: true; area: BufferArea }
  | { type: 'buffer'; id: number; ok: false; error: string };

/** The worker's side of the protocol, kept here so it can be tested without a worker. */
export function createBufferHandler(): (request: BufferRequest) => BufferResponse | undefined {
  let lines: CorridorLines | undefined;
  return (request) => {
    if (request.type === 'lines') {
      lines = request.lines;
      return undefined;
    }
    try {
      if (lines === undefined) throw new Error('corridor lines not received yet');
      return {
        type: 'buffer',
        id: request.id,
        ok: true,
        area: bufferCorridor(lines, request.corridorId, request.km),
      };
    } catch (error) {
      return { type: 'buffer', id: request.id, ok: false, error: (error as Error).message };
    }
  };
}
