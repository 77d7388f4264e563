/**
 * Figure 4: corridor exposure for a new distance, with src/lib/corridors/exposure.ts, at the real
 * events and at the synthetic ones. Corridors need data/exposure.json (the corridor stage's distances);
 * ports and crossings need only the event store. Whatever is missing is reported as "not available",
 * never replaced by something else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distance } from '@turf/turf';
import type { EventTable } from '../geo/attacks/types.ts';
import type { ExposureFile } from '../geo/corridors/types.ts';
import {
  aggregate,
  buildEventStore,
  emptyTotals,
  type EventFilter,
  type EventStore,
} from '../src/lib/data/events.ts';
import { filterChanges, storeFilter } from './filters.ts';
import { compare, type Figure } from './report.ts';
import { summarize, timeRuns } from './stats.ts';

type ExposureModule = typeof import('../src/lib/corridors/exposure.ts');

export const EXPOSURE_MODULE = join('src', 'lib', 'corridors', 'exposure.ts');
export const EXPOSURE_FILE = join('data', 'exposure.json');
/** The distances a user steps through; each step recomputes every corridor or point. */
export const DISTANCES_KM = [10, 25, 50, 75, 100];
const RUNS = 9;

export interface ExposureScale {
  name: string;
  table: EventTable;
  /** for synthetic tables, the real row behind each row: its distances are the real row's */
  sourceRow?: Int32Array;
}

export interface CorridorPoint {
  id: string;
  lon: number;
  lat: number;
}

function unavailable(id: string, label: string, reason: string): Figure {
  return { id, label, unit: 'ms', value: null, runs: 0, note: `not available: ${reason}` };
}

/** The exposure file for a resampled table: every synthetic row inherits its real row's distances. */
export function resampleExposure(file: ExposureFile, sourceRow: Int32Array): ExposureFile {
  const corridors: ExposureFile['corridors'] = {};
  for (const [id, entry] of Object.entries(file.corridors)) {
    const kmOfRow = new Map<number, number>();
    let row = 0;
    entry.rowDeltas.forEach((step, j) => {
      row += step;
      kmOfRow.set(row, entry.km[j] as number);
    });
    const rowDeltas: number[] = [];
    const km: number[] = [];
    let previous = 0;
    sourceRow.forEach((source, i) => {
      const d = kmOfRow.get(source);
      if (d === undefined) return;
      rowDeltas.push(i - previous);
      km.push(d);
      previous = i;
    });
    corridors[id] = { rowDeltas, km };
  }
  return {
    ...file,
    count: sourceRow.length,
    durandKm: Array.from(sourceRow, (source) => file.durandKm[source] ?? null),
    corridors,
  };
}

function perStep(times: number[]) {
  return summarize(times.map((t) => t / DISTANCES_KM.length));
}

function measureScale(
  module: ExposureModule,
  scale: ExposureScale,
  geography: { districtIds: string[]; provinceIds: string[] },
  points: CorridorPoint[],
  exposure: ExposureFile | null,
): Figure[] {
  const store: EventStore = buildEventStore(scale.table, geography.districtIds, geography.provinceIds);
  const [first] = filterChanges(scale.table.categories);
  if (!first) throw new Error('no filter to measure with');
  const filter: EventFilter = storeFilter(first, scale.table.categories, scale.table.actors);
  const events = `${scale.table.count.toLocaleString('en')} events`;
  let checksum = 0;

  const near = timeRuns(
    () => {
      for (const km of DISTANCES_KM)
        for (const p of points) checksum += module.eventsNearPoint(store, filter, p, km).totalEvents;
    },
    RUNS,
    1,
  );
  // What the module's box pre-check saves: the same count with turf's distance for every event.
  const naiveNear = timeRuns(
    () => {
      for (const km of DISTANCES_KM)
        for (const p of points) {
          for (let i = 0; i < store.count; i++) {
            const y = store.year[i] as number;
            if (
              y < filter.from ||
              y > filter.to ||
              ((1 << (store.category[i] as number)) & filter.categoryMask) === 0
            )
              continue;
            if ((store.wherePrec[i] as number) > 3) continue;
            if (distance([p.lon, p.lat], [store.lon[i] as number, store.lat[i] as number]) <= km)
              checksum += 1;
          }
        }
    },
    3,
    1,
  );
  const nearTimes = perStep(near.times);
  const naiveTimes = perStep(naiveNear.times);
  const figures: Figure[] = [
    compare({
      id: `4.points.${scale.name}`,
      label: `exposure of ${points.length} ports and crossings for a new distance, ${events}`,
      unit: 'ms',
      value: nearTimes.median,
      min: nearTimes.min,
      max: nearTimes.max,
      runs: nearTimes.runs,
      baseline: { label: 'turf distance per event', value: naiveTimes.median, runs: naiveTimes.runs },
      ratioKind: 'speedup',
      note: `eventsNearPoint for every port and crossing, per distance step (${DISTANCES_KM.join(', ')} km)`,
    }),
  ];

  const corridorLabel = `exposure of every corridor for a new distance, ${events}`;
  if (exposure === null) {
    figures.push(
      unavailable(`4.corridors.${scale.name}`, corridorLabel, `${EXPOSURE_FILE} is not built yet`),
    );
  } else {
    const file = scale.sourceRow ? resampleExposure(exposure, scale.sourceRow) : exposure;
    const index = module.buildExposureIndex(file, store.count);
    const ids = [...index.corridors.keys()];
    const corridors = timeRuns(
      () => {
        for (const km of DISTANCES_KM)
          for (const id of ids)
            checksum += module.corridorExposure(store, index, id, filter, { km }).totalEvents;
      },
      RUNS,
      1,
    );
    const totals = emptyTotals(store);
    const reference = timeRuns(() => aggregate(store, filter, totals), RUNS, 1);
    const times = perStep(corridors.times);
    const referenceTimes = summarize(reference.times);
    figures.push(
      compare({
        id: `4.corridors.${scale.name}`,
        label: corridorLabel,
        unit: 'ms',
        value: times.median,
        min: times.min,
        max: times.max,
        runs: times.runs,
        baseline: {
          label: 'one choropleth aggregate, for scale',
          value: referenceTimes.median,
          runs: referenceTimes.runs,
        },
        ratioKind: 'relative',
        note: `corridorExposure for ${ids.length} corridors and routes per distance step`,
      }),
    );
  }
  if (!Number.isFinite(checksum)) throw new Error('exposure produced no numbers');
  return figures;
}

export async function measureExposure(
  repoRoot: string,
  scales: ExposureScale[],
  geography: { districtIds: string[]; provinceIds: string[] },
  points: CorridorPoint[],
): Promise<Figure[]> {
  const label = 'corridor exposure for a new distance';
  const path = join(repoRoot, EXPOSURE_MODULE);
  if (!existsSync(path)) return [unavailable('4.exposure', label, `${EXPOSURE_MODULE} does not exist yet`)];
  let module: ExposureModule;
  try {
    module = (await import(pathToFileURL(path).href)) as ExposureModule;
  } catch (error) {
    return [
      unavailable('4.exposure', label, `${EXPOSURE_MODULE} failed to load (${(error as Error).message})`),
    ];
  }
  const exposurePath = join(repoRoot, EXPOSURE_FILE);
  const exposure = existsSync(exposurePath)
    ? (JSON.parse(readFileSync(exposurePath, 'utf8')) as ExposureFile)
    : null;
  const figures: Figure[] = [];
  for (const scale of scales) {
    try {
      figures.push(...measureScale(module, scale, geography, points, exposure));
    } catch (error) {
      figures.push(
        unavailable(`4.exposure.${scale.name}`, `${label}, ${scale.name}`, (error as Error).message),
      );
    }
  }
  return figures;
}
