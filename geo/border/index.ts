/**
 * Border stage: the border and corridor events of 2025–26, the five trade crossings' status over time,
 * and PICSS's monthly figures for the same months -> `data/border.json`.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { rawPath, readText, type RawDirs, type StageOutput } from '../pipeline.ts';
import type { BoundariesResult } from '../boundaries/index.ts';
import { buildCrossings, statusReports } from './crossings.ts';
import { parseBorderEvents, type LocateCountry } from './events.ts';
import { parseMonthlyFigures } from './monthly.ts';
import { borderSourcesSection } from './sources.ts';
import { CROSSINGS, STATUS_READINGS } from './tables.ts';
import type { BorderData, BorderEvent } from './types.ts';

export type * from './types.ts';

export const BORDER_FILES = {
  events: 'attacks/border_and_corridor_events_2025_2026.csv',
  monthly: 'attacks/reported_figures_province_2025_2026.csv',
} as const;

/** Pakistan's provinces first, then the neighbouring countries: which side of the line a point is on. */
export function countryLocator(
  pakistan: Feature<Polygon | MultiPolygon>[],
  neighbours: { id: string; name: string; geometry: Polygon | MultiPolygon }[],
): LocateCountry {
  return (point) => {
    if (pakistan.some((f) => booleanPointInPolygon(point, f))) return { id: 'PAK', name: 'Pakistan' };
    const neighbour = neighbours.find((n) => booleanPointInPolygon(point, n.geometry));
    return neighbour ? { id: neighbour.id, name: neighbour.name } : null;
  };
}

function neighbourCountries(boundaries: BoundariesResult) {
  const json = boundaries.output.files['neighbours.geojson'];
  if (json === undefined) return [];
  const fc = JSON.parse(json) as {
    features: { properties: { kind: string; id: string; name: string }; geometry: Polygon | MultiPolygon }[];
  };
  return fc.features
    .filter((f) => f.properties.kind === 'country')
    .map((f) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry }));
}

export function coverageOf(events: readonly BorderEvent[]): { from: string; to: string } {
  const days = events.map((e) => e.day).sort();
  return { from: days[0] ?? '', to: days.at(-1) ?? '' };
}

export function borderToJson(data: BorderData): string {
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
  return `{"schema":1,"coverage":${JSON.stringify(data.coverage)},\n"events":[\n${lines(data.events)}\n],\n"crossings":[\n${lines(data.crossings)}\n],\n"monthly":[\n${lines(data.monthly)}\n]}\n`;
}

export async function buildBorder(
  dirs: RawDirs,
  boundaries: BoundariesResult,
): Promise<{ output: StageOutput; data: BorderData }> {
  const eventsFile = BORDER_FILES.events;
  const monthlyFile = BORDER_FILES.monthly;
  const locate = countryLocator(boundaries.provinces.features, neighbourCountries(boundaries));
  const events = parseBorderEvents(readText(rawPath(dirs, eventsFile)), eventsFile, locate);
  const coverage = coverageOf(events);
  const places = new Map(
    boundaries.places.features.map((f) => [f.properties.id, f.geometry.coordinates as [number, number]]),
  );
  const crossings = buildCrossings(
    CROSSINGS,
    statusReports(events, STATUS_READINGS, eventsFile),
    (id) => places.get(id),
    coverage,
    'data/places.geojson',
  );
  const monthly = parseMonthlyFigures(readText(rawPath(dirs, monthlyFile)), monthlyFile);
  const data: BorderData = { schema: 1, coverage, events, crossings, monthly };
  const json = borderToJson(data);
  return {
    data,
    output: {
      files: { 'border.json': json },
      sources: borderSourcesSection({
        data,
        files: BORDER_FILES,
        readings: STATUS_READINGS,
        bytes: Buffer.byteLength(json),
      }),
    },
  };
}
