/**
 * Prototypes that show where the time of point -> district assignment goes, beside the attacks stage's
 * own index (flatbush over district boxes, then the banded test of geo/attacks/point-in-polygon.ts):
 * (a) one index entry per polygon part, each with its own bounding box, still decided by turf;
 * (b) the same parts with their rings copied into flat Float64Arrays and a plain crossing-number test
 *     over every edge (what the bands of the stage's test save);
 * (c) any assignment called once per distinct coordinate.
 * All keep the stage's rule: the first district (in collection order) whose polygon holds the point,
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
