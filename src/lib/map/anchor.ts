/** A point to hang a popup on for a polygon: the centre of the bounding box of its largest part. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export function anchorOf(geometry: Polygon | MultiPolygon): [number, number] {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: [number, number, number, number] | null = null;
  let bestArea = -1;
  for (const part of parts) {
    const ring = part[0] ?? [];
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of ring as [number, number][]) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    const area = (maxX - minX) * (maxY - minY);
    if (area > bestArea) {
      bestArea = area;
      best = [minX, minY, maxX, maxY];
    }
  }
  if (!best) return [0, 0];
  return [(best[0] + best[2]) / 2, (best[1] + best[3]) / 2];
}

/** The bounding box of a polygon, for fitting the view to it. */
export function boundsOf(geometry: Polygon | MultiPolygon): [[number, number], [number, number]] {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const part of parts) {
    for (const [x, y] of (part[0] ?? []) as [number, number][]) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}
