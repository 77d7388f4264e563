/**
 * Where an area's name goes: the point inside its largest part farthest from every edge (the pole of
 * inaccessibility), so a name sits well inside a concave district, never on a neighbour or the sea.
 * One point per area, computed once, at build time (see index.ts): a symbol layer on the polygons
 * themselves would label each tile's piece of a polygon separately, and the search costs the browser
 * main-thread time and script at start.
 */
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * How finely to search, as a share of the area's smaller side: a province's label may sit a few
 * kilometres off its ideal point, which nobody sees, and the search is ten times faster than at a
 * fixed kilometre.
 */
const PRECISION_SHARE = 1 / 40;

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as number[];
    const b = ring[i] as number[];
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return Math.abs(sum) / 2;
}

function partArea(part: Position[][]): number {
  return part.reduce((area, ring, i) => area + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** Enough vertices to keep a ring's shape for a label, few enough that the search is quick. */
const MAX_RING_VERTICES = 96;

function thin(ring: Position[]): Position[] {
  if (ring.length <= MAX_RING_VERTICES) return ring;
  const step = ring.length / MAX_RING_VERTICES;
  const kept: Position[] = [];
  for (let i = 0; i < ring.length; i += step) kept.push(ring[Math.floor(i)] as Position);
  kept.push(ring[0] as Position);
  return kept;
}

export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Position[][] | undefined;
  let largestArea = -1;
  for (const part of parts) {
    const area = partArea(part);
    if (area > largestArea) {
      largest = part;
      largestArea = area;
    }
  }
  if (!largest?.[0]?.length) throw new Error('labelPoint: a polygon without an outer ring');
  // A degree of longitude is shorter than one of latitude away from the equator: search in a plane
  // where both are the same length, so "farthest from the edges" means it on the ground too.
  const latitude =
    (largest[0].reduce((sum, p) => sum + (p[1] as number), 0) / largest[0].length) * (Math.PI / 180);
  const squeeze = Math.cos(latitude) || 1;
  const planar = largest.map((ring) => thin(ring).map((p) => [(p[0] as number) * squeeze, p[1] as number]));
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [px, py] of planar[0] as [number, number][]) {
    minX = Math.min(minX, px);
    minY = Math.min(minY, py);
    maxX = Math.max(maxX, px);
    maxY = Math.max(maxY, py);
  }
  const [x, y] = polylabel(planar, Math.min(maxX - minX, maxY - minY) * PRECISION_SHARE || 1e-6);
  return [x / squeeze, y];
}
