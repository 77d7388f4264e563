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
import { geoJsonToRecords } from './geojson-rows.ts';
import type { Placer } from './placement.ts';
import type { Geography, ImportFormat, ImportProgress, ImportResult } from './types.ts';

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

/** How many features are checked between progress reports and yields. */
const FEATURES_PER_STEP = 2000;

export async function importGeoJsonText(
  text: string,
  options: RunOptions,
  datasetId = '',
): Promise<ImportResult> {
  const accumulator = new ImportAccumulator(options.fileName, options.place, options.geography);
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
    return accumulator.finish({ format: 'geojson', bytes, datasetId });
  }
  const read = geoJsonToRecords(json, options.fileName);
  if (read.fatal) {
    accumulator.stop(read.fatal);
    return accumulator.finish({ format: 'geojson', bytes, datasetId });
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
  return accumulator.finish({ format: 'geojson', bytes, datasetId });
}

/** The whole import of one file: format by name or first characters, then the matching reader. */
export async function importBlob(file: Blob, options: RunOptions): Promise<ImportResult> {
  const head = await file.slice(0, 256).text();
  if (detectFormat(options.fileName, head) === 'geojson') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const hash = new ContentHash();
    hash.update(bytes);
    const text = new TextDecoder().decode(bytes);
    options.onProgress({ bytes: 0, totalBytes: options.totalBytes, rows: 0 });
    return importGeoJsonText(text, options, `import:${hash.digest()}`);
  }
  return importCsvChunks(() => file.stream(), options);
}
