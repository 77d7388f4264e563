/**
 * Figure 1: event -> district by coordinates. The attacks stage's assignment (flatbush over district
 * boxes, then the banded point-in-polygon test) against the naive turf loop over every district, plus
 * the prototypes in flat-pip.ts that show where the time goes. All variants must give the naive loop's
 * answer for every point.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { assignDistricts, assignDistrictsNaive, buildDistrictIndex } from '../geo/attacks/assign.ts';
import type { DistrictCollection, EventTable } from '../geo/attacks/types.ts';
import { buildBoundaries } from '../geo/boundaries/index.ts';
import {
  assignDistrictsFlat,
  assignDistrictsTurfParts,
  assignOncePerCoordinate,
  buildFlatIndex,
  buildTurfPartIndex,
} from './flat-pip.ts';
import { compare, type Figure } from './report.ts';
import { summarize, timeRuns } from './stats.ts';

export interface AssignmentInputs {
  districts: DistrictCollection;
  /** which district geometry was used, for the report */
  resolution: string;
  vertices: number;
  points: [number, number][];
}

function countVertices(districts: FeatureCollection): number {
  let count = 0;
  for (const feature of districts.features) {
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') for (const ring of geometry.coordinates) count += ring.length;
    if (geometry?.type === 'MultiPolygon')
      for (const polygon of geometry.coordinates) for (const ring of polygon) count += ring.length;
  }
  return count;
}

/**
 * Full-resolution districts from the boundaries stage when the raw inputs are there (the geometry the
 * pipeline really assigns against), else the simplified ones the app ships.
 */
export async function loadAssignmentInputs(
  rawDir: string,
  simplified: DistrictCollection,
  events: EventTable,
): Promise<AssignmentInputs> {
  const points = events.columns.lon.map((lon, i): [number, number] => [lon, events.columns.lat[i] as number]);
  let districts = simplified;
  let resolution = 'simplified data/districts.geojson (raw inputs not found)';
  if (existsSync(join(rawDir, 'geo', 'boundaries', 'pak_districts_osm2023.geojson'))) {
    // The stage reports every repair and route on the console; the bench only needs its districts.
    const log = console.log;
    console.log = () => undefined;
    try {
      const boundaries = await buildBoundaries({ raw: rawDir, sources: join(rawDir, 'sources') });
      districts = boundaries.districts;
      resolution = 'full-resolution districts from buildBoundaries (raw inputs)';
    } finally {
      console.log = log;
    }
  }
  return { districts, resolution, vertices: countVertices(districts), points };
}

export const NAIVE_RUNS = 3;
export const INDEXED_RUNS = 9;
const BUILD_RUNS = 5;

type Assign = (points: readonly (readonly [number, number])[]) => (string | null)[];

export function measureAssignment(inputs: AssignmentInputs): { figures: Figure[]; notes: string[] } {
  const { districts, points } = inputs;
  const naive = timeRuns(() => assignDistrictsNaive(districts, points), NAIVE_RUNS, 1);
  const expected = naive.last;
  const naiveTimes = summarize(naive.times);
  const baseline = { label: 'naive turf loop', value: naiveTimes.median, runs: naiveTimes.runs };
  const build = timeRuns(() => buildDistrictIndex(districts), BUILD_RUNS, 1);
  const index = build.last;
  const turfParts = buildTurfPartIndex(districts.features);
  const flat = buildFlatIndex(districts.features);
  const candidates = points.map(([x, y]) => index.tree.search(x, y, x, y));
  const meanCandidates = candidates.reduce((s, c) => s + c.length, 0) / Math.max(points.length, 1);
  // Edges in the point's band of every candidate: an upper bound, as the search stops at the first hit.
  let edgesTested = 0;
  points.forEach(([x, y], p) => {
    for (const i of candidates[p] ?? []) edgesTested += index.shapes[i]?.edgesTested(x, y) ?? 0;
  });
  const meanEdges = edgesTested / Math.max(points.length, 1);
  const bands = index.shapes.reduce((s, shape) => s + shape.stats().bands, 0);
  const distinct = new Set(points.map(([x, y]) => `${x},${y}`)).size;

  const variants: { id: string; label: string; assign: Assign; prototype: boolean }[] = [
    {
      id: 'indexed',
      label: 'assignDistricts (flatbush + banded point-in-polygon)',
      assign: (p) => assignDistricts(index, p),
      prototype: false,
    },
    {
      id: 'parts',
      label: 'prototype: index per polygon part, turf with bbox',
      assign: (p) => assignDistrictsTurfParts(turfParts, p),
      prototype: true,
    },
    {
      id: 'flat',
      label: 'prototype: flat Float64Array rings, every edge',
      assign: (p) => assignDistrictsFlat(flat, p),
      prototype: true,
    },
    {
      id: 'unique',
      label: 'prototype: assignDistricts once per distinct point',
      assign: (p) => assignOncePerCoordinate((u) => assignDistricts(index, u), p),
      prototype: true,
    },
  ];
  const figures = variants.map(({ id, label, assign, prototype }) => {
    const run = timeRuns(() => assign(points), INDEXED_RUNS, 2);
    const mismatches = run.last.filter((district, i) => district !== expected[i]).length;
    const times = summarize(run.times);
    return compare(
      {
        id: `1.assign.${id}`,
        label: `${label}, ${points.length.toLocaleString('en')} events`,
        unit: 'ms',
        value: times.median,
        min: times.min,
        max: times.max,
        runs: times.runs,
        baseline,
        ratioKind: 'speedup',
        note: `${mismatches === 0 ? 'same district as the naive loop for every event' : `${mismatches} events differ from the naive loop`}${prototype ? ' (bench prototype, not in geo/)' : ''}`,
      },
      prototype ? undefined : { text: '≥ 100×', test: (ratio) => (ratio === null ? null : ratio >= 100) },
    );
  });
  const notes = [
    `assignment: ${inputs.resolution}; ${districts.features.length} districts, ${inputs.vertices.toLocaleString('en')} vertices; ${points.length.toLocaleString('en')} event points (${distinct.toLocaleString('en')} distinct), ${meanCandidates.toFixed(2)} bounding-box candidates per point on average; ${bands.toLocaleString('en')} latitude bands over all districts, at most ${meanEdges.toFixed(1)} edges tested per point on average; buildDistrictIndex ${summarize(build.times).median.toFixed(1)} ms (median of ${BUILD_RUNS}); naive ${NAIVE_RUNS} runs, others ${INDEXED_RUNS} runs`,
  ];
  return { figures, notes };
}
