/**
 * Figure 5a: reading a user's ~50 MB UCDP-format CSV in Node, the code the import worker runs
 * (`importCsvChunks`: stream parse, row checks, classification, district placement), with and without
 * the placement cache, against the stream parse alone. The file is the committed events written back
 * out as GED rows and repeated, ids shifted, until it reaches the target size.
 */
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import Papa from 'papaparse';
import type { DistrictCollection } from '../geo/attacks/types.ts';
import { COLUMNS, HXL_ROW, committedRows, events } from '../src/lib/import/committed-events.ts';
import { CsvRecordStream } from '../src/lib/import/csv-stream.ts';
import { PLACEMENT_CACHE_SIZE, createPlacer, geographyOf } from '../src/lib/import/placement.ts';
import { expandResult } from '../src/lib/import/result-transfer.ts';
import { importCsvChunks } from '../src/lib/import/run.ts';
import type { ImportedEventTable, ImportResult } from '../src/lib/import/types.ts';
import { compare, type Figure } from './report.ts';
import { summarize } from './stats.ts';

export const IMPORT_TARGET_BYTES = 50 * 1024 * 1024;
/** the large file of figure 5c: four times the first */
export const LARGE_IMPORT_TARGET_BYTES = 200 * 1024 * 1024;
export const IMPORT_RUNS = 3;
/**
 * Node's default read-stream piece. A browser's File stream may cut differently (Chromium gives an
 * in-memory Blob in 2 MiB pieces); the parser keeps a record cut at a boundary either way.
 */
const CHUNK_BYTES = 65536;
/** ids of each repetition are shifted by this, so every row of the file keeps a distinct id */
const ID_SHIFT = 1_000_000;
const MIB = 1024 * 1024;

export interface SyntheticCsv {
  path: string;
  bytes: number;
  /** data rows, HXL tag row excluded */
  rows: number;
}

/**
 * Writes the header, GED's HXL tag row, then copies of the committed events (ids shifted by
 * ID_SHIFT per copy) until the file holds at least `targetBytes`; whole copies only.
 */
export async function writeSyntheticCsv(path: string, targetBytes: number): Promise<SyntheticCsv> {
  if (events.count === 0) throw new Error('data/events.json holds no events to repeat');
  const out = createWriteStream(path);
  const all = Array.from({ length: events.count }, (_, i) => i);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(`${Papa.unparse({ fields: COLUMNS, data: [HXL_ROW] }, { newline: '\r\n' })}\r\n`);
  let rows = 0;
  for (let copy = 0; out.bytesWritten + out.writableLength < targetBytes; copy++) {
    await write(`${Papa.unparse(committedRows(all, copy * ID_SHIFT), { newline: '\r\n' })}\r\n`);
    rows += events.count;
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(resolve);
  });
  return { path, bytes: statSync(path).size, rows };
}

/** Rows at which two tables differ in any column (a different row count counts every extra row). */
export function countRowDifferences(a: ImportedEventTable, b: ImportedEventTable): number {
  const rows = Math.max(a.count, b.count);
  let differing = 0;
  const names = Object.keys(a.columns) as (keyof ImportedEventTable['columns'])[];
  for (let row = 0; row < rows; row++) {
    if (row >= a.count || row >= b.count) {
      differing++;
      continue;
    }
    if (names.some((name) => !Object.is(a.columns[name][row], b.columns[name][row]))) differing++;
  }
  return differing;
}

export interface Throughput {
  rowsPerSecond: number;
  mibPerSecond: number;
}

export function throughput(rows: number, bytes: number, ms: number): Throughput {
  const seconds = ms / 1000;
  return { rowsPerSecond: rows / seconds, mibPerSecond: bytes / MIB / seconds };
}

/** The stream parse alone, fed as `importCsvChunks` feeds it here: decoded 64 KiB pieces. */
export async function parseOnly(path: string): Promise<number> {
  let records = 0;
  const csv = new CsvRecordStream(() => records++);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    csv.push(decoder.decode(chunk as Buffer, { stream: true }));
  }
  csv.push(decoder.decode());
  csv.end();
  return records;
}

export async function importFromDisk(
  csv: SyntheticCsv,
  districts: DistrictCollection,
  cacheSize: number,
): Promise<{ result: ImportResult; progressReports: number }> {
  let progressReports = 0;
  const result = await importCsvChunks(() => createReadStream(csv.path, { highWaterMark: CHUNK_BYTES }), {
    fileName: 'synthetic.csv',
    totalBytes: csv.bytes,
    place: createPlacer(districts, cacheSize),
    geography: geographyOf(districts),
    onProgress: () => progressReports++,
  });
  return { result, progressReports };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

function describeRate(rows: number, bytes: number, ms: number): string {
  const rate = throughput(rows, bytes, ms);
  return `${Math.round(rate.rowsPerSecond).toLocaleString('en')} rows/s, ${rate.mibPerSecond.toFixed(1)} MiB/s`;
}

/**
 * Parse alone, cache on, cache off, taken in turn IMPORT_RUNS times so drift hits all three alike.
 * Every import must read every row as valid, and both placements must give the same table.
 */
export async function measureNodeImport(
  csv: SyntheticCsv,
  districts: DistrictCollection,
): Promise<{ figures: Figure[]; notes: string[]; details: Record<string, unknown> }> {
  const parseMs: number[] = [];
  const cachedMs: number[] = [];
  const uncachedMs: number[] = [];
  const progress = { cached: 0, uncached: 0 };
  const problems: string[] = [];
  let summary: ImportResult['summary'] | null = null;
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const parsed = await timed(() => parseOnly(csv.path));
    parseMs.push(parsed.ms);
    if (run === 0 && parsed.value !== csv.rows + 2)
      problems.push(`parse alone found ${parsed.value} records, not header + HXL row + ${csv.rows}`);
    const cached = await timed(() => importFromDisk(csv, districts, PLACEMENT_CACHE_SIZE));
    cachedMs.push(cached.ms);
    const uncached = await timed(() => importFromDisk(csv, districts, 0));
    uncachedMs.push(uncached.ms);
    progress.cached = cached.value.progressReports;
    progress.uncached = uncached.value.progressReports;
    const { result } = cached.value;
    summary = result.summary;
    if (run === 0) {
      if (result.fatal) problems.push(`fatal: ${result.fatal.message}`);
      if (result.summary.valid !== csv.rows)
        problems.push(`${result.summary.valid} of ${csv.rows} rows valid (${result.errorCount} errors)`);
      const differing = countRowDifferences(
        expandResult(result).table,
        expandResult(uncached.value.result).table,
      );
      if (differing > 0) problems.push(`cache on and off differ in ${differing} rows`);
    }
    // One run's tables (~250 k rows each, with their details) are let go before the next.
  }
  const parse = summarize(parseMs);
  const baseline = { label: 'CsvRecordStream parse only', value: parse.median, runs: parse.runs };
  const check =
    problems.length === 0
      ? `all ${csv.rows.toLocaleString('en')} rows valid; cache on and off give the same table`
      : problems.join('; ');
  const figures = [
    { id: '5a.import.cached', cache: 'placement cache on', times: cachedMs, reports: progress.cached },
    { id: '5a.import.uncached', cache: 'no placement cache', times: uncachedMs, reports: progress.uncached },
  ].map(({ id, cache, times, reports }) => {
    const s = summarize(times);
    return compare({
      id,
      label: `import ${(csv.bytes / MIB).toFixed(0)} MiB CSV in Node (parse, check, classify, place), ${cache}`,
      unit: 's',
      value: s.median / 1000,
      min: s.min / 1000,
      max: s.max / 1000,
      runs: s.runs,
      baseline: { ...baseline, value: baseline.value / 1000 },
      ratioKind: 'relative',
      note: `${describeRate(csv.rows, csv.bytes, s.median)}; parse only ${describeRate(csv.rows, csv.bytes, parse.median)}; ${reports} progress reports; ${check}`,
    });
  });
  return {
    figures,
    notes: [
      `import file: ${(csv.bytes / MIB).toFixed(1)} MiB, ${csv.rows.toLocaleString('en')} rows: the ${events.count.toLocaleString('en')} committed events written back out as UCDP GED rows and repeated (ids shifted), HXL tag row included; deleted after the run`,
    ],
    details: {
      import: {
        file: { bytes: csv.bytes, rows: csv.rows },
        parseOnlyMs: parseMs,
        cachedMs,
        uncachedMs,
        summary,
        problems,
      },
    },
  };
}
