/**
 * Reads a user's file into an ImportResult: CSV streamed piece by piece, GeoJSON parsed whole. Runs
 * in the import worker, and in Node for tests and timing, so it touches no DOM and no `self`.
 */
import { ImportAccumulator } from './accumulator.ts';
import { CsvRecordStream, UnclosedQuoteError } from './csv-stream.ts';
import { geoJsonToRecords } from './geojson-rows.ts';
import type { Placer } from './placement.ts';
import type { ImportFormat, ImportProgress, ImportResult } from './types.ts';

export const PROGRESS_INTERVAL_MS = 100;

export interface RunOptions {
  fileName: string;
  totalBytes: number;
  place: Placer;
  onProgress: (progress: ImportProgress) => void;
  /** checked between pieces of the file; an aborted run rejects with the signal's reason */
  signal?: AbortSignal;
  now?: () => number;
}

/** GeoJSON by extension, else by a first character of `{`; everything else is read as CSV. */
export function detectFormat(fileName: string, head: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'csv';
  return head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'geojson'
    : 'csv';
}

/** Lets pending messages (progress out, cancel in) through: a macrotask, not a microtask. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

class ProgressReporter {
  private last = -Infinity;

  constructor(
    private readonly options: RunOptions,
    private readonly now: () => number,
  ) {}

  /** Reports at most every PROGRESS_INTERVAL_MS; true when it did, so the caller may yield then. */
  maybe(bytes: number, rows: number): boolean {
    const t = this.now();
    if (t - this.last < PROGRESS_INTERVAL_MS) return false;
    this.last = t;
    this.options.onProgress({ bytes, totalBytes: this.options.totalBytes, rows });
    return true;
  }

  final(bytes: number, rows: number): void {
    this.options.onProgress({ bytes, totalBytes: this.options.totalBytes, rows });
  }
}

async function* readChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  // getReader rather than `for await` over the stream: Safari's streams are not async iterable
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function importCsvChunks(
  chunks: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>,
  options: RunOptions,
): Promise<ImportResult> {
  const accumulator = new ImportAccumulator(options.fileName, options.place);
  const progress = new ProgressReporter(options, options.now ?? (() => performance.now()));
  const csv = new CsvRecordStream((cells, record, problem) => {
    if (record === 0) {
      accumulator.header(cells);
      return;
    }
    accumulator.record(
      cells,
      record + 1,
      problem === null ? null : { field: '(row)', message: `CSV syntax: ${problem}` },
    );
  });
  const decoder = new TextDecoder('utf-8');
  const source = 'getReader' in chunks ? readChunks(chunks) : chunks;
  let bytes = 0;
  try {
    for await (const chunk of source) {
      options.signal?.throwIfAborted();
      bytes += chunk.byteLength;
      csv.push(decoder.decode(chunk, { stream: true }));
      if (accumulator.stopped) break;
      if (progress.maybe(bytes, accumulator.summary.rows)) await yieldToEventLoop();
    }
    if (!accumulator.stopped) {
      csv.push(decoder.decode());
      csv.end();
    }
  } catch (error) {
    if (!(error instanceof UnclosedQuoteError)) throw error;
    accumulator.stop({
      row: error.record + 1,
      field: '(row)',
      message: `${options.fileName}: ${error.message}`,
    });
  }
  progress.final(bytes, accumulator.summary.rows);
  return accumulator.finish({ format: 'csv', bytes });
}

/** How many features are checked between progress reports and yields. */
const FEATURES_PER_STEP = 2000;

export async function importGeoJsonText(text: string, options: RunOptions): Promise<ImportResult> {
  const accumulator = new ImportAccumulator(options.fileName, options.place);
  const progress = new ProgressReporter(options, options.now ?? (() => performance.now()));
  const bytes = options.totalBytes;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    accumulator.stop({
      row: 0,
      field: '(file)',
      message: `${options.fileName}: not valid JSON (${(error as Error).message.slice(0, 200)})`,
    });
    return accumulator.finish({ format: 'geojson', bytes });
  }
  const read = geoJsonToRecords(json, options.fileName);
  if (read.fatal) {
    accumulator.stop(read.fatal);
    return accumulator.finish({ format: 'geojson', bytes });
  }
  if (accumulator.header(read.header)) {
    let done = 0;
    for (const record of read.records()) {
      accumulator.record(record.cells, record.row, record.problem);
      if (++done % FEATURES_PER_STEP === 0) {
        options.signal?.throwIfAborted();
        if (progress.maybe(Math.round((bytes * done) / read.featureCount), accumulator.summary.rows)) {
          await yieldToEventLoop();
        }
      }
    }
  }
  progress.final(bytes, accumulator.summary.rows);
  return accumulator.finish({ format: 'geojson', bytes });
}

/** The whole import of one file: format by name or first characters, then the matching reader. */
export async function importBlob(file: Blob, options: RunOptions): Promise<ImportResult> {
  const head = await file.slice(0, 256).text();
  if (detectFormat(options.fileName, head) === 'geojson') {
    const text = await file.text();
    options.onProgress({ bytes: 0, totalBytes: options.totalBytes, rows: 0 });
    return importGeoJsonText(text, options);
  }
  return importCsvChunks(file.stream(), options);
}
