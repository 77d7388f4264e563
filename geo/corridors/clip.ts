/**
 * Lines clipped to an area (Pakistan as the union of its provinces) and densified, in the plane of lon/lat
 * where GeoJSON draws straight segments. Only the crossings of the area's edges are searched (flatbush),
 * and a point-in-polygon test runs once per stretch between crossings, so 90k boundary vertices stay cheap.
 */
import Flatbush from 'flatbush';
import { bbox as bboxOf, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { haversineKm, ringsOf } from '../boundaries/geometry.ts';

type Box = [number, number, number, number];

export interface ClipArea {
  polygons: { geometry: Polygon | MultiPolygon; box: Box }[];
  edges: [Position, Position][];
  index: Flatbush;
}

export function clipArea(polygons: (Polygon | MultiPolygon)[]): ClipArea {
  const edges: [Position, Position][] = [];
  for (const polygon of polygons) {
    for (const ring of ringsOf(polygon)) {
      for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1]!, ring[i]!]);
    }
  }
  const index = new Flatbush(Math.max(1, edges.length));
  for (const [a, b] of edges) {
    index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  }
  if (edges.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return {
    polygons: polygons.map((geometry) => ({ geometry, box: bboxOf(geometry) as Box })),
    edges,
    index,
  };
}

export function insideArea(area: ClipArea, p: Position): boolean {
  const [x, y] = p as [number, number];
  return area.polygons.some(
    ({ geometry, box }) =>
      x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && booleanPointInPolygon(p, geometry),
  );
}

/** Parameters along ab (0..1) where it meets an edge of the area, sorted. */
function crossings(area: ClipArea, a: Position, b: Position): number[] {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const rx = bx - ax;
  const ry = by - ay;
  const found: number[] = [];
  const candidates = area.index.search(
    Math.min(ax, bx),
    Math.min(ay, by),
    Math.max(ax, bx),
    Math.max(ay, by),
  );
  for (const i of candidates) {
    const [c, d] = area.edges[i]!;
    const [cx, cy] = c as [number, number];
    const sx = d[0]! - cx;
    const sy = d[1]! - cy;
    const denominator = rx * sy - ry * sx;
    // parallel edges touch the line at most along a stretch whose ends are caught by the edges next to them
    if (denominator === 0) continue;
    const t = ((cx - ax) * sy - (cy - ay) * sx) / denominator;
    const u = ((cx - ax) * ry - (cy - ay) * rx) / denominator;
    if (t >= 0 && t <= 1 && u >= 0 && u <= 1) found.push(t);
  }
  return found.sort((p, q) => p - q);
}

function lerp(a: Position, b: Position, t: number): Position {
  return [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
}

/** The parts of a line inside the area, each a line of at least two positions. */
export function clipLine(line: Position[], area: ClipArea): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] | undefined;
  let inside = false;
  let mustTest = true;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const found = crossings(area, a, b);
    const breaks = [0, ...found, 1];
    for (let k = 1; k < breaks.length; k++) {
      const [t0, t1] = [breaks[k - 1]!, breaks[k]!];
      if (t1 - t0 < 1e-12) continue;
      // the side changes only at a crossing, so it is tested again only after one
      if (mustTest || k > 1) inside = insideArea(area, lerp(a, b, (t0 + t1) / 2));
      mustTest = false;
      if (inside) {
        current ??= [t0 === 0 ? a : lerp(a, b, t0)];
        current.push(t1 === 1 ? b : lerp(a, b, t1));
      } else if (current !== undefined) {
        pieces.push(current);
        current = undefined;
      }
    }
    mustTest = found.length > 0 && found[found.length - 1] === 1;
  }
  if (current !== undefined) pieces.push(current);
  return pieces.filter((piece) => piece.length >= 2);
}

/** Extra vertices so no step is longer than maxStepKm: short steps make straight-in-lon/lat, great-circle and buffer distances agree. */
export function densify(line: Position[], maxStepKm: number): Position[] {
  const out: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const steps = Math.ceil(haversineKm(a, b) / maxStepKm);
    for (let s = 1; s < steps; s++) out.push(lerp(a, b, s / steps));
    out.push(b);
  }
  return out;
}

export function lineKm(line: Position[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) km += haversineKm(line[i - 1]!, line[i]!);
  return km;
}

/** Joins lines whose end is the next one's start, so a route's clipped segments become few continuous lines. */
export function joinLines(lines: Position[][]): Position[][] {
  const joined: Position[][] = [];
  for (const line of lines) {
    const last = joined[joined.length - 1];
    const end = last?.[last.length - 1];
    if (last !== undefined && end !== undefined && end[0] === line[0]![0] && end[1] === line[0]![1]) {
      last.push(...line.slice(1));
    } else {
      joined.push([...line]);
    }
  }
  return joined;
}
