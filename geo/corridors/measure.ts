/**
 * Distances of every event to the Durand Line and to each corridor's lines, the part of the exposure that
 * does not depend on what the user picks. Indexed segment search (flatbush) with haversine distances, so
 * thousands of events against thousands of vertices take well under a second.
 */
import type { Position } from 'geojson';
import { SegmentIndex } from '../boundaries/distance.ts';
import { round } from '../boundaries/geometry.ts';
import type { CorridorRows, ExposureFile } from './types.ts';

/** What this stage needs of an event: where it is and how precisely UCDP knows it. */
export interface EventPoints {
  count: number;
  lon: readonly number[];
  lat: readonly number[];
  wherePrec: readonly number[];
}

export interface MeasureOptions {
  maxKm: number;
  maxWherePrec: number;
  decimals: number;
}

/** Nearest distance from p to any of the lines, or Infinity for no lines (a corridor outside Pakistan). */
export class LinesDistance {
  private readonly index: SegmentIndex | undefined;

  constructor(lines: Position[][]) {
    const usable = lines.filter((line) => line.length >= 2);
    this.index = usable.length === 0 ? undefined : SegmentIndex.fromLines(usable);
  }

  km(p: Position, ceilingKm = Infinity): number {
    return this.index === undefined ? Infinity : this.index.nearestKm(p, ceilingKm);
  }
}

export function measureExposure(
  events: EventPoints,
  durandLine: Position[],
  corridorLines: ReadonlyMap<string, Position[][]>,
  options: MeasureOptions,
): ExposureFile {
  const durand = new LinesDistance([durandLine]);
  const corridors = [...corridorLines].map(([id, lines]) => ({
    id,
    distance: new LinesDistance(lines),
    out: { rowDeltas: [], km: [] } as CorridorRows,
    lastRow: 0,
  }));
  const durandKm: (number | null)[] = [];
  for (let i = 0; i < events.count; i++) {
    if (!(events.wherePrec[i]! <= options.maxWherePrec)) {
      durandKm.push(null);
      continue;
    }
    const p: Position = [events.lon[i]!, events.lat[i]!];
    durandKm.push(round(durand.km(p), options.decimals));
    for (const corridor of corridors) {
      const km = round(corridor.distance.km(p, options.maxKm + 1), options.decimals);
      if (km > options.maxKm) continue;
      corridor.out.rowDeltas.push(i - corridor.lastRow);
      corridor.lastRow = i;
      corridor.out.km.push(km);
    }
  }
  return {
    schema: 1,
    count: events.count,
    maxKm: options.maxKm,
    maxWherePrec: options.maxWherePrec,
    durandKm,
    corridors: Object.fromEntries(corridors.map((c) => [c.id, c.out])),
  };
}

/** Row indices from the stored steps. */
export function decodeRows(rowDeltas: readonly number[]): number[] {
  let row = 0;
  return rowDeltas.map((step) => (row += step));
}

/** Compact JSON: one corridor per line keeps the diff of a rebuild readable. */
export function exposureToJson(exposure: ExposureFile): string {
  const { corridors, durandKm, ...head } = exposure;
  const lines = Object.entries(corridors).map(([id, c]) => `${JSON.stringify(id)}:${JSON.stringify(c)}`);
  return `${JSON.stringify(head).slice(0, -1)},\n"durandKm":${JSON.stringify(durandKm)},\n"corridors":{\n${lines.join(',\n')}\n}}\n`;
}
