/**
 * Reads a user's file into an ImportResult: CSV streamed piece by piece, GeoJSON parsed whole. Runs
 * in the import worker, and in Node for tests and timing, so it touches no DOM and no `self`.
 */
import { ImportAccumulator } from './accumulator.ts';
import {
  ByteDecoder,
  ContentHash,
  NotUtf8Error,
  SNIFF_BYTES,
  sniffEncoding,
  type TextEncodingName,
} from './bytes.ts';
import { CsvRecordStream, NoHeaderError, UnclosedQuoteError } from './csv-stream.ts';
import { COORDINATE_COLUMNS, KNOWN_COLUMNS, addKnownColumns, featureRecord } from './geojson-rows.ts';
import { FeatureScanner } from './geojson-stream.ts';
import type { Placer } from './placement.ts';
import type { Geography, ImportError, ImportFormat, ImportProgress, ImportResult } from './types.ts';

export const PROGRESS_INTERVAL_MS = 100;

export interface RunOptions {
  fileName: string;
  totalBytes: number;
  place: Placer;
  /** the app's district and province order, which the table's indices follow */
  geography: Geography;
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

export type ByteSource = AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
/** Opens the file's bytes from the start; called again when the file must be read a second time. */
export type OpenBytes = () => ByteSource;

function iterate(source: ByteSource): AsyncIterable<Uint8Array> {
  return 'getReader' in source ? readChunks(source) : source;
}

const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

type Attempt = { result: ImportResult } | { notUtf8At: number };

async function readCsvOnce(
  source: ByteSource,
  options: RunOptions,
  forced: { encoding: TextEncodingName; note: string } | null,
): Promise<Attempt> {
  const accumulator = new ImportAccumulator(options.fileName, options.place, options.geography);
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
  const hash = new ContentHash();
  let decoder: ByteDecoder | null = null;
  let note = forced?.note ?? null;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let bytes = 0;
  let refused = false;
  const finish = () =>
    accumulator.finish({
      format: 'csv',
      bytes,
      datasetId: `import:${hash.digest()}`,
      encoding: decoder?.encoding ?? 'utf-8',
      encodingNote: note,
    });
  /** The first bytes decide the encoding: a mark, UTF-16's zero bytes, or signs of a binary file. */
  const start = (): void => {
    const joined = new Uint8Array(headBytes);
    let at = 0;
    for (const piece of head) {
      joined.set(piece, at);
      at += piece.length;
    }
    head = [];
    const sniffed = sniffEncoding(joined);
    if (sniffed.refusal) {
      refused = true;
      accumulator.stop({ row: 0, field: '(file)', message: `${options.fileName}: ${sniffed.refusal}` });
      return;
    }
    const encoding = forced?.encoding ?? sniffed.encoding;
    if (encoding.startsWith('utf-16')) note = `Read as ${ENCODING_LABELS[encoding]}.`;
    decoder = new ByteDecoder(encoding);
    csv.push(decoder.decode(joined));
  };
  try {
    for await (const chunk of iterate(source)) {
      options.signal?.throwIfAborted();
      bytes += chunk.byteLength;
      hash.update(chunk);
      if (refused) continue;
      if (decoder === null) {
        head.push(chunk);
        headBytes += chunk.byteLength;
        if (headBytes >= SNIFF_BYTES) start();
      } else {
        csv.push((decoder as ByteDecoder).decode(chunk));
      }
      if (accumulator.stopped && !refused) break;
      if (progress.maybe(bytes, accumulator.summary.rows)) await yieldToEventLoop();
    }
    if (decoder === null && !refused) start();
    if (!accumulator.stopped && decoder !== null) {
      csv.push((decoder as ByteDecoder).end());
      csv.end();
    }
  } catch (error) {
    if (error instanceof NotUtf8Error) return { notUtf8At: error.offset };
    if (error instanceof UnclosedQuoteError) {
      accumulator.stop({
        row: error.record + 1,
        field: '(row)',
        message: `${options.fileName}: ${error.message}`,
      });
    } else if (error instanceof NoHeaderError) {
      accumulator.stop({ row: 1, field: '(file)', message: `${options.fileName}: ${error.message}` });
    } else throw error;
  }
  progress.final(bytes, accumulator.summary.rows);
  return { result: finish() };
}

/**
 * Reads a CSV: in the encoding its first bytes show, UTF-8 when they show none. A byte that is not
 * UTF-8 means a file saved by an older spreadsheet: it is read again from the start as Windows-1252
 * (which also covers Latin-1's letters), and the result says so and where it was noticed. A source
 * that cannot be opened twice ends with that message instead.
 */
export async function importCsvChunks(
  open: OpenBytes | ByteSource,
  options: RunOptions,
): Promise<ImportResult> {
  const reopen = typeof open === 'function' ? open : null;
  const first = await readCsvOnce(reopen ? reopen() : (open as ByteSource), options, null);
  if ('result' in first) return first.result;
  const where = `byte ${first.notUtf8At.toLocaleString('en')}`;
  if (reopen) {
    const note = `Read as Windows-1252 (Latin-1), as older spreadsheets save CSV: the file is not UTF-8 from ${where} on. Check that accented letters look right.`;
    const second = await readCsvOnce(reopen(), options, { encoding: 'windows-1252', note });
    if ('result' in second) return second.result;
  }
  const accumulator = new ImportAccumulator(options.fileName, options.place, options.geography);
  accumulator.stop({
    row: 0,
    field: '(file)',
    message: `${options.fileName}: ${where} is not UTF-8: save the file as UTF-8 and open it again`,
  });
  return accumulator.finish({ format: 'csv', bytes: options.totalBytes });
}

/** A feature longer than this is no point event: the file is refused rather than held in memory. */
export const MAX_FEATURE_CHARS = 10_000_000;

interface FeatureScan {
  fatal: ImportError | null;
  bytes: number;
}

/**
 * One pass over a GeoJSON file's features, each handed over as parsed JSON (or the parse error) with
 * its 1-based position. `progressShare` says which half of the progress bar the pass fills.
 */
async function scanFeatures(
  source: ByteSource,
  options: RunOptions,
  onFeature: (feature: unknown, row: number) => void,
  pass: { hash: ContentHash | null; progress: ProgressReporter; first: boolean; rows: () => number },
): Promise<FeatureScan> {
  const scanner = new FeatureScanner();
  const decoder = new TextDecoder('utf-8');
  let row = 0;
  let bytes = 0;
  const emit = (text: string) => {
    row++;
    let feature: unknown;
    try {
      feature = JSON.parse(text);
    } catch (error) {
      feature = new SyntaxError((error as Error).message.slice(0, 200));
    }
    onFeature(feature, row);
  };
  const file = (message: string): FeatureScan => ({
    fatal: { row: 0, field: '(file)', message: `${options.fileName}: ${message}` },
    bytes,
  });
  const half = options.totalBytes / 2;
  for await (const chunk of iterate(source)) {
    options.signal?.throwIfAborted();
    bytes += chunk.byteLength;
    pass.hash?.update(chunk);
    scanner.push(decoder.decode(chunk, { stream: true }), emit);
    if (scanner.heldChars > MAX_FEATURE_CHARS) {
      return file(
        `feature ${row + 1} is over ${MAX_FEATURE_CHARS.toLocaleString('en')} characters long: not a point`,
      );
    }
    const shown = Math.round(pass.first ? bytes / 2 : half + bytes / 2);
    if (pass.progress.maybe(shown, pass.rows())) await yieldToEventLoop();
  }
  scanner.push(decoder.decode(), emit);
  if (scanner.unfinished)
    return file('not valid JSON: the text ends before the collection is closed (cut short?)');
  if (scanner.type !== 'FeatureCollection') {
    return {
      fatal: { row: 0, field: 'type', message: `${options.fileName}: expected a GeoJSON FeatureCollection` },
      bytes,
    };
  }
  if (!scanner.sawFeatures) {
    return {
      fatal: { row: 0, field: 'features', message: `${options.fileName}: expected a "features" array` },
      bytes,
    };
  }
  return { fatal: null, bytes };
}

/**
 * Reads GeoJSON points in two streamed passes: the first learns which known columns the features
 * carry (a column no feature has is then missing, as in a CSV header) and hashes the file, the
 * second checks and places each feature. Neither holds more than one feature's text.
 */
export async function importGeoJsonChunks(open: OpenBytes, options: RunOptions): Promise<ImportResult> {
  const accumulator = new ImportAccumulator(options.fileName, options.place, options.geography);
  const progress = new ProgressReporter(options, options.now ?? (() => performance.now()));
  const hash = new ContentHash();
  const present = new Set<string>(COORDINATE_COLUMNS);
  const first = await scanFeatures(
    open(),
    options,
    (feature) => {
      if (!(feature instanceof SyntaxError)) addKnownColumns(feature, present);
    },
    { hash, progress, first: true, rows: () => 0 },
  );
  const finish = () =>
    accumulator.finish({ format: 'geojson', bytes: first.bytes, datasetId: `import:${hash.digest()}` });
  if (first.fatal) {
    accumulator.stop(first.fatal);
    return finish();
  }
  const header = KNOWN_COLUMNS.filter((column) => present.has(column));
  if (accumulator.header(header, ['ucdp'])) {
    const second = await scanFeatures(
      open(),
      options,
      (feature, row) => {
        if (feature instanceof SyntaxError) {
          accumulator.record(
            header.map(() => ''),
            row,
            { field: '(feature)', message: `not valid JSON (${feature.message})` },
          );
          return;
        }
        const record = featureRecord(feature, header, row);
        accumulator.record(record.cells, record.row, record.problem);
      },
      { hash: null, progress, first: false, rows: () => accumulator.summary.rows },
    );
    if (second.fatal) accumulator.stop(second.fatal);
  }
  progress.final(first.bytes, accumulator.summary.rows);
  return finish();
}

/** GeoJSON already in memory as text (tests, small files): the same streamed reading. */
export function importGeoJsonText(text: string, options: RunOptions): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text);
  return importGeoJsonChunks(async function* () {
    yield bytes;
  }, options);
}

/** The whole import of one file: format by name or first characters, then the matching reader. */
export async function importBlob(file: Blob, options: RunOptions): Promise<ImportResult> {
  const head = await file.slice(0, 256).text();
  if (detectFormat(options.fileName, head) === 'geojson') {
    return importGeoJsonChunks(() => file.stream(), options);
  }
  return importCsvChunks(() => file.stream(), options);
}
