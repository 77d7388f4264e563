/**
 * Prototypes for faster point -> district assignment, measured against the attacks stage's index:
 * (a) one index entry per polygon part, each with its own bounding box, still decided by turf;
 * (b) the same parts with their rings copied into flat Float64Arrays and a plain crossing-number test.
 * Both keep the stage's rule: the first district (in collection order) whose polygon holds the point,
 * boundary included.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { Polygonal } from '../geo/attacks/types.ts';

type Box = [number, number, number, number];

export interface FlatPart {
  box: Box;
  /** x0, y0, x1, y1, ... of each ring, closed (last vertex = first); the first ring is the outer one */
  rings: Float64Array[];
}

interface PartIndex<Part> {
  tree: Flatbush;
  parts: Part[];
  /** feature index of each part */
  owner: Int32Array;
  ids: string[];
}

function ringBox(ring: readonly Position[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = NaN, y = NaN] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

function polygonsOf(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function flattenParts(geometry: Polygonal): FlatPart[] {
  return polygonsOf(geometry)
    .filter((rings) => rings.length > 0 && (rings[0]?.length ?? 0) > 0)
    .map((rings) => ({
      box: ringBox(rings[0] as Position[]),
      rings: rings.map((ring) => Float64Array.from(ring.flatMap(([x = NaN, y = NaN]) => [x, y]))),
    }));
}

/** 1 inside, 0 on an edge, -1 outside (even-odd rule; no robust predicates, so a point a hair off an edge may go either way). */
export function pointInRing(ring: Float64Array, x: number, y: number): -1 | 0 | 1 {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i] as number;
    const yi = ring[i + 1] as number;
    const xj = ring[j] as number;
    const yj = ring[j + 1] as number;
    if (yi > y !== yj > y) {
      const crossX = ((xj - xi) * (y - yi)) / (yj - yi) + xi;
      if (x === crossX) return 0;
      if (x < crossX) inside = !inside;
    } else if (yi === y && yj === y && (x - xi) * (x - xj) <= 0) {
      return 0;
    } else if (xi === x && yi === y) {
      return 0;
    }
  }
  return inside ? 1 : -1;
}

/** Inside the outer ring and not strictly inside a hole; edges count as inside, as turf's default does. */
export function pointInPart(part: FlatPart, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = part.box;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  const [outer, ...holes] = part.rings;
  if (!outer || pointInRing(outer, x, y) < 0) return false;
  for (const hole of holes) if (pointInRing(hole, x, y) > 0) return false;
  return true;
}

function buildPartIndex<Part>(
  features: readonly Feature<Polygonal, { id: string }>[],
  split: (geometry: Polygonal) => { box: Box; part: Part }[],
): PartIndex<Part> {
  const parts: Part[] = [];
  const boxes: Box[] = [];
  const owner: number[] = [];
  features.forEach((feature, i) => {
    for (const { box, part } of split(feature.geometry)) {
      parts.push(part);
      boxes.push(box);
      owner.push(i);
    }
  });
  const tree = new Flatbush(Math.max(boxes.length, 1));
  for (const [minX, minY, maxX, maxY] of boxes) tree.add(minX, minY, maxX, maxY);
  if (boxes.length === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return { tree, parts, owner: Int32Array.from(owner), ids: features.map((f) => f.properties.id) };
}

function assignWith<Part>(
  index: PartIndex<Part>,
  points: readonly (readonly [number, number])[],
  contains: (part: Part, x: number, y: number) => boolean,
): (string | null)[] {
  return points.map(([x, y]) => {
    const candidates = index.tree.search(x, y, x, y);
    // Lowest feature index first, so overlapping districts resolve as the stage's own index does.
    candidates.sort((a, b) => (index.owner[a] as number) - (index.owner[b] as number) || a - b);
    for (const c of candidates) {
      const part = index.parts[c];
      if (part !== undefined && contains(part, x, y)) return index.ids[index.owner[c] as number] ?? null;
    }
    return null;
  });
}

export type FlatIndex = PartIndex<FlatPart>;

export function buildFlatIndex(features: readonly Feature<Polygonal, { id: string }>[]): FlatIndex {
  return buildPartIndex(features, (geometry) =>
    flattenParts(geometry).map((part) => ({ box: part.box, part })),
  );
}

export function assignDistrictsFlat(
  index: FlatIndex,
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  return assignWith(index, points, pointInPart);
}

/** Each part as its own turf Polygon carrying a `bbox`, which turf checks before walking the rings. */
export type TurfPartIndex = PartIndex<Polygon>;

export function buildTurfPartIndex(features: readonly Feature<Polygonal, { id: string }>[]): TurfPartIndex {
  return buildPartIndex(features, (geometry) =>
    polygonsOf(geometry)
      .filter((rings) => rings.length > 0 && (rings[0]?.length ?? 0) > 0)
      .map((rings) => {
        const box = ringBox(rings[0] as Position[]);
        return { box, part: { type: 'Polygon', coordinates: rings, bbox: box } };
      }),
  );
}

export function assignDistrictsTurfParts(
  index: TurfPartIndex,
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  return assignWith(index, points, (part, x, y) => booleanPointInPolygon([x, y], part));
}

/**
 * A part whose edges are sorted into horizontal bands: a point only meets the edges of its own band,
 * so the test costs a few edges instead of every vertex of a detailed district.
 */
export interface BandedPart {
  box: Box;
  /** x1, y1, x2, y2 per edge, every ring's edges together (even-odd over all rings = outer minus holes) */
  edges: Float64Array;
  bandHeight: number;
  /** edges of band b are bandEdges[bandStart[b] .. bandStart[b + 1]) */
  bandStart: Int32Array;
  bandEdges: Int32Array;
}

/** About this many edges per band when edges are evenly spread. */
const EDGES_PER_BAND = 4;

export function bandPart(part: FlatPart): BandedPart {
  const coords: number[] = [];
  for (const ring of part.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      coords.push(ring[i] as number, ring[i + 1] as number, ring[i + 2] as number, ring[i + 3] as number);
    }
  }
  const edges = Float64Array.from(coords);
  const edgeCount = edges.length / 4;
  const [, minY, , maxY] = part.box;
  const bands = Math.max(1, Math.ceil(edgeCount / EDGES_PER_BAND));
  const bandHeight = maxY > minY ? (maxY - minY) / bands : 1;
  const bandOf = (y: number) => Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  const counts = new Int32Array(bands + 1);
  const range = (e: number): [number, number] => {
    const y1 = edges[e * 4 + 1] as number;
    const y2 = edges[e * 4 + 3] as number;
    return [bandOf(Math.min(y1, y2)), bandOf(Math.max(y1, y2))];
  };
  for (let e = 0; e < edgeCount; e++) {
    const [from, to] = range(e);
    for (let b = from; b <= to; b++) counts[b + 1] = (counts[b + 1] as number) + 1;
  }
  const bandStart = new Int32Array(bands + 1);
  for (let b = 0; b < bands; b++) bandStart[b + 1] = (bandStart[b] as number) + (counts[b + 1] as number);
  const fill = bandStart.slice(0, bands);
  const bandEdges = new Int32Array(bandStart[bands] as number);
  for (let e = 0; e < edgeCount; e++) {
    const [from, to] = range(e);
    for (let b = from; b <= to; b++) {
      bandEdges[fill[b] as number] = e;
      fill[b] = (fill[b] as number) + 1;
    }
  }
  return { box: part.box, edges, bandHeight, bandStart, bandEdges };
}

/** Same answer as pointInPart (edges inside), looking only at the edges of the point's band. */
export function pointInBandedPart(part: BandedPart, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = part.box;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  const bands = part.bandStart.length - 1;
  const band = Math.min(bands - 1, Math.max(0, Math.floor((y - minY) / part.bandHeight)));
  const { edges, bandEdges } = part;
  let inside = false;
  for (let k = part.bandStart[band] as number, end = part.bandStart[band + 1] as number; k < end; k++) {
    const e = (bandEdges[k] as number) * 4;
    const xi = edges[e] as number;
    const yi = edges[e + 1] as number;
    const xj = edges[e + 2] as number;
    const yj = edges[e + 3] as number;
    if (yi > y !== yj > y) {
      const crossX = ((xj - xi) * (y - yi)) / (yj - yi) + xi;
      if (x === crossX) return true;
      if (x < crossX) inside = !inside;
    } else if (yi === y && yj === y && (x - xi) * (x - xj) <= 0) {
      return true;
    } else if ((xi === x && yi === y) || (xj === x && yj === y)) {
      return true;
    }
  }
  return inside;
}

export type BandedIndex = PartIndex<BandedPart>;

export function buildBandedIndex(features: readonly Feature<Polygonal, { id: string }>[]): BandedIndex {
  return buildPartIndex(features, (geometry) =>
    flattenParts(geometry).map((part) => ({ box: part.box, part: bandPart(part) })),
  );
}

export function assignDistrictsBanded(
  index: BandedIndex,
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  return assignWith(index, points, pointInBandedPart);
}

/** Looks each distinct coordinate up once: UCDP places many events on the same town point. */
export function assignOncePerCoordinate(
  assign: (points: readonly (readonly [number, number])[]) => (string | null)[],
  points: readonly (readonly [number, number])[],
): (string | null)[] {
  const slot = new Map<string, number>();
  const unique: (readonly [number, number])[] = [];
  const slots = points.map(([x, y]) => {
    const key = `${x},${y}`;
    let s = slot.get(key);
    if (s === undefined) {
      s = unique.length;
      slot.set(key, s);
      unique.push([x, y]);
    }
    return s;
  });
  const answers = assign(unique);
  return slots.map((s) => answers[s] ?? null);
}
