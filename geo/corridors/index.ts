/**
 * Corridor stage: distances of every event to the Durand Line and to each trade corridor inside Pakistan
 * (data/exposure.json), and the corridor lines they were measured to (data/corridor-lines.geojson).
 * Reads nothing raw: everything comes from the boundaries and attacks stages.
 */
import { gzipSync } from 'node:zlib';
import { featureCollectionToJson, PipelineError, type RawDirs, type StageOutput } from '../pipeline.ts';
import type { AttacksResult } from '../attacks/index.ts';
import type { BoundariesResult } from '../boundaries/index.ts';
import { CORRIDOR_ROUTES } from '../boundaries/routes.ts';
import { clipArea } from './clip.ts';
import { buildCorridorLines } from './lines.ts';
import { exposureToJson, measureExposure } from './measure.ts';
import { corridorsSourcesSection } from './sources.ts';
import { borderTally, corridorTally } from './summary.ts';

export type * from './types.ts';

export const EXPOSURE = {
  maxKm: 100,
  /** UCDP where_prec 4 (province), 5 (line or large area) and 6 (country) are not places */
  maxWherePrec: 3,
  decimals: 1,
  /** steps of at most 5 km bend less than 10 m away from a great circle at these latitudes */
  maxStepKm: 5,
  tableKm: 50,
  borderKm: [25, 50, 100],
  years: { from: 2007, to: 2021 },
} as const;

const EVENTS_FILE = 'data/events.json';

export function checkEventPoints(events: AttacksResult['events']): void {
  const { lon, lat, wherePrec } = events.columns;
  for (const [field, column] of Object.entries({ lon, lat, wherePrec })) {
    if (column.length !== events.count)
      throw new PipelineError(EVENTS_FILE, `expected ${events.count} values, got ${column.length}`, {
        field,
      });
  }
  for (let row = 0; row < events.count; row++) {
    if (!Number.isFinite(lon[row]) || Math.abs(lon[row]!) > 180)
      throw new PipelineError(EVENTS_FILE, `longitude ${lon[row]}`, { row, field: 'lon' });
    if (!Number.isFinite(lat[row]) || Math.abs(lat[row]!) > 90)
      throw new PipelineError(EVENTS_FILE, `latitude ${lat[row]}`, { row, field: 'lat' });
    if (!Number.isInteger(wherePrec[row]))
      throw new PipelineError(EVENTS_FILE, `where_prec ${wherePrec[row]}`, { row, field: 'wherePrec' });
  }
}

export async function buildCorridors(
  _dirs: RawDirs,
  boundaries: BoundariesResult,
  attacks: AttacksResult,
): Promise<{ output: StageOutput }> {
  const events = attacks.events;
  checkEventPoints(events);
  const started = performance.now();
  const pakistan = clipArea(boundaries.provinces.features.map((f) => f.geometry));
  const lines = buildCorridorLines(boundaries.routes, pakistan, {
    maxStepKm: EXPOSURE.maxStepKm,
    decimals: 4,
    file: 'data/routes.geojson',
  });
  const exposure = measureExposure(
    { count: events.count, ...events.columns },
    boundaries.durandLine.geometry.coordinates,
    new Map(lines.map((f) => [f.properties.id, f.geometry.coordinates])),
    EXPOSURE,
  );
  const elapsedMs = performance.now() - started;

  const files = {
    'exposure.json': exposureToJson(exposure),
    'corridor-lines.geojson': featureCollectionToJson({ type: 'FeatureCollection', features: lines }),
  };
  const sizes = Object.entries(files).map(([file, content]) => ({
    file,
    bytes: Buffer.byteLength(content),
    gzipBytes: gzipSync(content).length,
  }));
  const filter = { ...EXPOSURE.years, categories: ['militant'] };
  const corridorTotals = Object.keys(CORRIDOR_ROUTES).map((id) => ({
    id,
    line: lines.find((f) => f.properties.id === id)!.properties,
    militant: corridorTally(events, exposure, id, EXPOSURE.tableKm, filter),
    all: corridorTally(events, exposure, id, EXPOSURE.tableKm, EXPOSURE.years),
  }));
  const border = {
    militant: borderTally(events, exposure, EXPOSURE.borderKm, filter),
    all: borderTally(events, exposure, EXPOSURE.borderKm, EXPOSURE.years),
  };
  const sources = corridorsSourcesSection({
    exposure: EXPOSURE,
    lines: lines.map((f) => f.properties),
    corridorTotals,
    border,
    sizes,
    excluded: exposure.durandKm.filter((km) => km === null).length,
    eventCount: events.count,
  });

  for (const size of sizes)
    console.log(
      `corridors: data/${size.file} ${(size.bytes / 1024).toFixed(1)} KiB, ${(size.gzipBytes / 1024).toFixed(1)} KiB gzip`,
    );
  console.log(`corridors: measured ${events.count} events in ${elapsedMs.toFixed(0)} ms`);
  for (const t of corridorTotals)
    console.log(
      `corridors: ${t.id} within ${EXPOSURE.tableKm} km, ${EXPOSURE.years.from}-${EXPOSURE.years.to}: ${t.militant.events} militant events, ${t.militant.deaths} deaths`,
    );
  return { output: { files, sources } };
}
