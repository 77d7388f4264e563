/** Where to put a line's label: the vertex nearest a chosen latitude, so it lands on a quiet stretch. */
import type { Position } from 'geojson';

export function vertexNearLatitude(lines: Position[][], latitude: number): [number, number] | null {
  let best: Position | null = null;
  for (const line of lines) {
    for (const vertex of line) {
      if (!best || Math.abs((vertex[1] as number) - latitude) < Math.abs((best[1] as number) - latitude))
        best = vertex;
    }
  }
  return best ? [best[0] as number, best[1] as number] : null;
}
