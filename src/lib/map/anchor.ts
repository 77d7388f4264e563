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
