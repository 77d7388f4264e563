/**
 * Runs the attacks stage alone and writes its files to data/ (the full pipeline is `npm run data`):
 * `tsx geo/attacks/run.ts [--raw <dir>] [--sources <dir>] [--raw-districts]`. Uses the boundaries stage
 * when it exists (unless --raw-districts), else the districts straight from the raw file.
 * Prints sizes, counts and the index-vs-naive timing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PipelineError, type RawDirs } from '../pipeline.ts';
import { writeDataFiles } from '../write.ts';
import { assignDistricts, assignDistrictsNaive, buildDistrictIndex } from './assign.ts';
import { buildAttacks } from './index.ts';
import { loadRawBoundaries } from './raw-districts.ts';
import type { AttacksBoundaries } from './types.ts';

const GEO_DIR = resolve(import.meta.dirname, '..');
const DATA_DIR = resolve(GEO_DIR, '..', 'data');

async function loadBoundaries(dirs: RawDirs, forceRaw: boolean): Promise<AttacksBoundaries> {
  const stage = join(GEO_DIR, 'boundaries', 'index.ts');
  if (!forceRaw && existsSync(stage)) {
    const module = (await import(pathToFileURL(stage).href)) as {
      buildBoundaries: (dirs: RawDirs) => Promise<AttacksBoundaries>;
    };
    console.log('districts: from the boundaries stage');
    return module.buildBoundaries(dirs);
  }
  console.log(`districts: raw OSM file (${forceRaw ? '--raw-districts' : 'boundaries stage not present'})`);
  return loadRawBoundaries(dirs);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { raw: { type: 'string' }, sources: { type: 'string' }, 'raw-districts': { type: 'boolean' } },
  });
  const raw = resolve(values.raw ?? join(GEO_DIR, 'raw'));
  const dirs: RawDirs = { raw, sources: resolve(values.sources ?? join(raw, 'sources')) };
  const boundaries = await loadBoundaries(dirs, values['raw-districts'] ?? false);
  const result = await buildAttacks(dirs, boundaries);
  await writeDataFiles(DATA_DIR, result.output.files);
  for (const [name, content] of Object.entries(result.output.files)) {
    const kib = (n: number) => (n / 1024).toFixed(1);
    console.log(
      `wrote data/${name}: ${kib(Buffer.byteLength(content))} KiB, gzip ${kib(gzipSync(content, { level: 9 }).length)} KiB`,
    );
  }

  const { events } = result;
  const tally = (column: number[], labels: { id: string }[]) =>
    Object.fromEntries(labels.map((l, i) => [l.id, column.filter((c) => c === i).length]));
  console.log('events', events.count);
  console.log('by category', tally(events.columns.category, events.categories));
  console.log('by actor', tally(events.columns.actor, events.actors));
  const militant = events.categories.findIndex((c) => c.id === 'militant');
  console.log(
    'militant by actor',
    tally(
      events.columns.actor.filter((_, i) => events.columns.category[i] === militant),
      events.actors,
    ),
  );

  const index = buildDistrictIndex(boundaries.districts);
  const points = events.columns.lon.map((lon, i) => [lon, events.columns.lat[i] ?? NaN] as const);
  const indexed: number[] = [];
  const naive: number[] = [];
  for (let run = 0; run < 5; run++) {
    let start = performance.now();
    const a = assignDistricts(index, points);
    indexed.push(performance.now() - start);
    start = performance.now();
    const b = assignDistrictsNaive(boundaries.districts, points);
    naive.push(performance.now() - start);
    if (a.some((d, i) => d !== b[i])) throw new Error('indexed and naive assignment disagree');
  }
  console.log(
    `assignment of ${points.length} points to ${boundaries.districts.features.length} districts (median of 5): ` +
      `index ${median(indexed).toFixed(1)} ms, naive ${median(naive).toFixed(1)} ms, ratio ${(median(naive) / median(indexed)).toFixed(1)}x`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof PipelineError ? `pipeline refused its input:\n  ${error.message}` : error);
  process.exit(1);
});
