/**
 * Exact-enough geodesic distances from points and polygons to a line of thousands of vertices,
 * using a flatbush index of its segments so 90k district vertices stay fast.
 */
import Flatbush from 'flatbush';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { haversineKm, ringsOf } from './geometry.ts';

type Segment = [Position, Position];

/** Haversine km per degree of latitude, with a margin for great circles bulging poleward. */
const KM_PER_DEGREE_BOUND = 111.19 * 0.95;

/** Distance from p to segment ab: foot of the perpendicular found in a local projection, measured by haversine. */
export function pointToSegmentKm(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const scale = Math.cos((py * Math.PI) / 180);
  const dx = (bx - ax) * scale;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * scale * dx + (py - ay) * dy) / lengthSquared));
  return haversineKm(p, [ax + t * (bx - ax), ay + t * (by - ay)]);
}

/**
 * Segments indexed in a plane where longitude is scaled by cos(refLat), so that planar distance times
 * KM_PER_DEGREE_BOUND is a lower bound of the true distance for any latitude up to refLat.
 */
export class SegmentIndex {
  private readonly index: Flatbush;
  private readonly scaleX: number;
  private readonly refLat: number;

  constructor(
    private readonly segments: Segment[],
    /** queries from further north than this fall back to a full scan */
    refLat = 41,
  ) {
    if (segments.length === 0) throw new Error('SegmentIndex needs at least one segment');
    this.refLat = Math.max(refLat, ...segments.flatMap(([a, b]) => [Math.abs(a[1]!), Math.abs(b[1]!)]));
    this.scaleX = Math.cos((Math.min(this.refLat, 85) * Math.PI) / 180);
    this.index = new Flatbush(segments.length);
    for (const [a, b] of segments) {
      const [ax, bx] = [a[0]! * this.scaleX, b[0]! * this.scaleX];
      this.index.add(Math.min(ax, bx), Math.min(a[1]!, b[1]!), Math.max(ax, bx), Math.max(a[1]!, b[1]!));
    }
    this.index.finish();
  }

  static fromLines(lines: Position[][]): SegmentIndex {
    const segments: Segment[] = [];
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) segments.push([line[i - 1]!, line[i]!]);
    }
    return new SegmentIndex(segments);
  }

  /** Lower bound of the km between p and anything in the box of indexed item i (or a plain box). */
  lowerBoundKm(x: number, y: number, box: [number, number, number, number]): number {
    const sx = x * this.scaleX;
    const dx = Math.max(box[0] * this.scaleX - sx, 0, sx - box[2] * this.scaleX);
    const dy = Math.max(box[1] - y, 0, y - box[3]);
    return Math.hypot(dx, dy) * KM_PER_DEGREE_BOUND;
  }

  /**
   * Distance in km from p to the nearest segment. With a `ceilingKm`, the exact search is skipped when
   * nothing can be nearer than the ceiling, and a value >= ceilingKm is returned instead.
   */
  nearestKm(p: Position, ceilingKm = Infinity): number {
    const [x, y] = p as [number, number];
    if (Math.abs(y) > this.refLat) {
      return Math.min(...this.segments.map(([a, b]) => pointToSegmentKm(p, a, b)));
    }
    const sx = x * this.scaleX;
    const nearest = this.index.neighbors(sx, y, 4);
    let best = Infinity;
    for (const i of nearest) best = Math.min(best, pointToSegmentKm(p, ...this.segments[i]!));
    const [a, b] = this.segments[nearest[0]!]!;
    const lowerBound = this.lowerBoundKm(x, y, [
      Math.min(a[0]!, b[0]!),
      Math.min(a[1]!, b[1]!),
      Math.max(a[0]!, b[0]!),
      Math.max(a[1]!, b[1]!),
    ]);
    const radiusKm = Math.min(best, ceilingKm);
    if (lowerBound >= radiusKm) return best;
    // any segment nearer than the radius lies within radius / KM_PER_DEGREE_BOUND in the scaled plane
    for (const i of this.index.neighbors(sx, y, Infinity, radiusKm / KM_PER_DEGREE_BOUND)) {
      best = Math.min(best, pointToSegmentKm(p, ...this.segments[i]!));
    }
    return best;
  }
}

/** Distance from a polygon to a line: 0 if they touch or the line enters it; else the smallest vertex-to-segment distance either way. */
export function polygonToLineKm(
  polygon: Polygon | MultiPolygon,
  line: Position[],
  lineIndex: SegmentIndex,
): number {
  const rings = ringsOf(polygon);
  let best = Infinity;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring as [number, number][]) {
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  for (const ring of rings) {
    for (const vertex of ring) {
      best = Math.min(best, lineIndex.nearestKm(vertex, best));
      if (best === 0) return 0;
    }
  }
  const polygonIndex = SegmentIndex.fromLines(rings);
  for (const vertex of line) {
    const [x, y] = vertex as [number, number];
    const inBox = x >= minX && x <= maxX && y >= minY && y <= maxY;
    if (inBox && booleanPointInPolygon(vertex, polygon)) return 0;
    if (polygonIndex.lowerBoundKm(x, y, [minX, minY, maxX, maxY]) > best) continue;
    best = Math.min(best, polygonIndex.nearestKm(vertex, best));
  }
  return best;
}
